// Asks for the day to jump to in the timeline.
#pragma once

#include <QDate>
#include <QDialog>

class QCalendarWidget;

namespace switchboard::ui {

class JumpToDateDialog : public QDialog {
    Q_OBJECT
public:
    explicit JumpToDateDialog(QWidget* parent = nullptr);

    QDate date() const;

private:
    QCalendarWidget* calendar_ = nullptr;
};

} // namespace switchboard::ui
