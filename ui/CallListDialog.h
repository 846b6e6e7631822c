// The calls offered to this agent in this session, newest first (models::CallLog): when,
// who, which way, how it ended and how long it lasted; missed and abandoned calls in the
// danger colour, each with "Log a callback…", which asks for a wrap-up of that call (Enter
// or a double-click on the row does the same). Opened from the status bar's missed-call
// count and the Calls menu.
#pragma once

#include <QDialog>

class QTableWidget;

namespace switchboard::models {
class CallLog;
}

namespace switchboard::ui {

class CallListDialog : public QDialog {
    Q_OBJECT
public:
    explicit CallListDialog(models::CallLog& log, QWidget* parent = nullptr);

Q_SIGNALS:
    // The agent wants to log a callback for this missed or abandoned call.
    void callbackRequested(const QString& callId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void requestCallback(int row);

    models::CallLog& log_;
    QTableWidget* table_ = nullptr;
};

} // namespace switchboard::ui
