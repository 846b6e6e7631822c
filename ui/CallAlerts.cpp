#include "ui/CallAlerts.h"

#include "models/CallPop.h"
#include "ui/CallPopWindow.h"
#include "ui/ChannelIcons.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace switchboard::ui {

using models::CallPop;

CallAlerts::CallAlerts(models::CallPop& pop, CallPopWindow& window, QObject* parent)
    : QObject(parent)
    , pop_(pop)
    , window_(window)
{
    ringSound_ = new QAction(tr("&Ring sound"), this);
    ringSound_->setObjectName(u"ringSoundAction"_s);
    ringSound_->setCheckable(true);
    ringSound_->setChecked(QSettings().value(QLatin1StringView(kRingSoundKey), false).toBool());
    ringSound_->setToolTip(tr("Beep every two seconds while a call rings"));
    connect(ringSound_, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QLatin1StringView(kRingSoundKey), on);
        onStateChanged();
    });

    ring_ = new QTimer(this);
    ring_->setInterval(kRingInterval);
    connect(ring_, &QTimer::timeout, this, [] { QApplication::beep(); });

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        tray_ = new QSystemTrayIcon(ChannelIcons::of(protocol::Channel::Phone), this);
        tray_->setToolTip(tr("Switchboard"));
        connect(tray_, &QSystemTrayIcon::messageClicked, &window_, &CallPopWindow::bringUp);
        connect(tray_, &QSystemTrayIcon::activated, &window_, &CallPopWindow::bringUp);
    }
    connect(&pop_, &CallPop::ringing, this, &CallAlerts::onRinging);
    connect(&pop_, &CallPop::stateChanged, this, &CallAlerts::onStateChanged);
}

bool CallAlerts::isRinging() const
{
    return ring_->isActive();
}

void CallAlerts::onRinging()
{
    const models::CallerChoice& live = pop_.live();
    QString name;
    if (const models::CallerCard* card = live.chosenCard())
        name = card->summary.name;
    else if (live.cards().size() > 1)
        name = tr("%1 customers with this number").arg(live.cards().size());
    else if (live.call().withheld)
        name = tr("withheld number");
    else
        name = live.call().from.isEmpty() ? live.call().e164 : live.call().from;
    lastNotice_ = live.call().direction == u"out" ? tr("Outgoing call — %1").arg(name)
                                                  : tr("Incoming call — %1").arg(name);
    if (tray_) {
        tray_->show();
        tray_->showMessage(lastNotice_, tr("Click to see the caller."),
            ChannelIcons::of(protocol::Channel::Phone));
    }
    onStateChanged();
    if (ring_->isActive())
        QApplication::beep(); // the first ring at once, not two seconds late
}

void CallAlerts::onStateChanged()
{
    const bool ringing = pop_.state() == CallPop::State::Ringing;
    if (ringing && ringSound_->isChecked())
        ring_->start();
    else
        ring_->stop();
    // The tray icon is there for the call only.
    if (tray_ && pop_.state() == CallPop::State::Idle)
        tray_->hide();
}

} // namespace switchboard::ui
