// The calls offered to this agent in this session, newest first (models::CallLog): when,
// who, which way, how it ended and how long it lasted; missed and abandoned calls in the
// danger colour. Opened from the status bar's missed-call count and the Calls menu.
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

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    models::CallLog& log_;
    QTableWidget* table_ = nullptr;
};

} // namespace switchboard::ui
