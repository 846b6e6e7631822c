// The status bar: the agent's presence (a selector), the sync state ("Online",
// "Reconnecting…", "Offline — 3 changes waiting"), a notice when the server refused a
// change, with its reason, or the local cache could not be read, until the agent dismisses
// it, and the count of missed calls ("2 missed calls"; hidden at none), which opens the
// call list.
#pragma once

#include "protocol/Enums.h"
#include "ui/SyncState.h"

#include <QStatusBar>

class QComboBox;
class QLabel;
class QToolButton;

namespace switchboard::ui {

class WorkspaceStatusBar : public QStatusBar {
    Q_OBJECT
public:
    explicit WorkspaceStatusBar(QWidget* parent = nullptr);

    void setPresence(protocol::Presence presence);
    void setSyncState(SyncState state, int pendingCount);
    void showRejectNotice(const QString& text);
    // The local cache could not be read; shown where refused changes are.
    void showLoadError(const QString& text);
    QString syncText() const;
    QString rejectNotice() const; // empty when none is shown
    void setMissedCalls(int count);
    QString missedCallsText() const; // empty when hidden

Q_SIGNALS:
    void presenceChangeRequested(protocol::Presence presence);
    void callListRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showNotice(const QString& text);

    SyncState state_ = SyncState::Offline;
    int pending_ = 0;
    QComboBox* presence_ = nullptr;
    QLabel* sync_ = nullptr;
    QLabel* notice_ = nullptr;
    QToolButton* dismiss_ = nullptr;
    QToolButton* missedCalls_ = nullptr;
};

} // namespace switchboard::ui
