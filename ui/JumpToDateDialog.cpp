#include "ui/JumpToDateDialog.h"

#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace switchboard::ui {

JumpToDateDialog::JumpToDateDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Jump to date"));
    calendar_ = new QCalendarWidget(this);
    calendar_->setAccessibleName(tr("Date to jump to"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(calendar_);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(calendar_, &QCalendarWidget::activated, this, &QDialog::accept);
}

QDate JumpToDateDialog::date() const
{
    return calendar_->selectedDate();
}

} // namespace switchboard::ui
