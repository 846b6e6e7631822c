#include "ui/SnoozeMenu.h"

namespace switchboard::ui {

namespace {
constexpr int kSecondsPerHour = 3600;
const QTime kMorning(9, 0);
} // namespace

SnoozeMenu::SnoozeMenu(QWidget* parent)
    : QMenu(tr("Snooze"), parent)
{
    setAccessibleName(tr("Snooze until"));
    connect(this, &QMenu::aboutToShow, this, &SnoozeMenu::rebuild);
    rebuild();
}

void SnoozeMenu::rebuild()
{
    clear();
    const QDateTime now = QDateTime::currentDateTime();
    const QDate today = now.date();
    const auto add = [this](const QString& text, const QDateTime& until) {
        addAction(text, this, [this, until] { Q_EMIT snoozeRequested(until.toUTC()); });
    };
    add(tr("For one hour"), now.addSecs(kSecondsPerHour));
    add(tr("Until tomorrow, 9:00"), QDateTime(today.addDays(1), kMorning));
    add(tr("Until Monday, 9:00"), QDateTime(today.addDays(8 - today.dayOfWeek()), kMorning));
}

} // namespace switchboard::ui
