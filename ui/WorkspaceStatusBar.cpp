#include "ui/WorkspaceStatusBar.h"

#include "ui/DisplayNames.h"
#include "ui/WorkspacePalette.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace switchboard::ui {

using protocol::Presence;

namespace {

QIcon dot(const QColor& colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QPointF(6, 6), 4, 4);
    return QIcon(pixmap);
}

} // namespace

WorkspaceStatusBar::WorkspaceStatusBar(QWidget* parent)
    : QStatusBar(parent)
{
    setSizeGripEnabled(false);
    presence_ = new QComboBox(this);
    presence_->setObjectName(u"presenceSelector"_s);
    presence_->setAccessibleName(tr("Your presence"));
    for (Presence p : { Presence::Available, Presence::Busy, Presence::Away, Presence::Offline })
        presence_->addItem(dot(WorkspacePalette::presence(p)), DisplayNames::presence(p), int(p));
    addWidget(presence_);
    connect(presence_, &QComboBox::activated, this, [this](int row) {
        Q_EMIT presenceChangeRequested(Presence(presence_->itemData(row).toInt()));
    });

    notice_ = new QLabel(this);
    notice_->setObjectName(u"rejectNotice"_s);
    notice_->setAccessibleName(tr("Notice"));
    notice_->setTextFormat(Qt::PlainText);
    dismiss_ = new QToolButton(this);
    dismiss_->setText(tr("Dismiss"));
    dismiss_->setAccessibleName(tr("Dismiss the notice"));
    dismiss_->setAutoRaise(true);
    addWidget(notice_, 1);
    addWidget(dismiss_);
    notice_->hide();
    dismiss_->hide();
    connect(dismiss_, &QToolButton::clicked, this, [this] {
        notice_->clear();
        notice_->hide();
        dismiss_->hide();
    });

    missedCalls_ = new QToolButton(this);
    missedCalls_->setObjectName(u"missedCalls"_s);
    missedCalls_->setAccessibleName(tr("Missed calls"));
    missedCalls_->setToolTip(tr("Show the calls of this session"));
    missedCalls_->setAutoRaise(true);
    missedCalls_->hide();
    addPermanentWidget(missedCalls_);
    connect(missedCalls_, &QToolButton::clicked, this, &WorkspaceStatusBar::callListRequested);

    sync_ = new QLabel(this);
    sync_->setObjectName(u"syncState"_s);
    sync_->setAccessibleName(tr("Connection"));
    addPermanentWidget(sync_);
    setSyncState(SyncState::Offline, 0);
}

void WorkspaceStatusBar::setPresence(Presence presence)
{
    presence_->setCurrentIndex(presence_->findData(int(presence)));
}

void WorkspaceStatusBar::changeEvent(QEvent* event)
{
    QStatusBar::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && sync_)
        setSyncState(state_, pending_); // light and dark themes tint differently
}

void WorkspaceStatusBar::setSyncState(SyncState state, int pendingCount)
{
    state_ = state;
    pending_ = pendingCount;
    QPalette noticePalette = notice_->palette();
    noticePalette.setColor(QPalette::WindowText, WorkspacePalette::danger(palette()));
    notice_->setPalette(noticePalette);
    QPalette missedPalette = missedCalls_->palette();
    missedPalette.setColor(QPalette::ButtonText, WorkspacePalette::danger(palette()));
    missedCalls_->setPalette(missedPalette);
    QString text;
    QColor colour;
    switch (state) {
    case SyncState::Online:
        text = pendingCount == 0 ? tr("Online")
            : pendingCount == 1  ? tr("Online, sending 1 change")
                                 : tr("Online, sending %1 changes").arg(pendingCount);
        colour = WorkspacePalette::presence(Presence::Available);
        break;
    case SyncState::Reconnecting:
        text = tr("Reconnecting…");
        colour = WorkspacePalette::warning(palette());
        break;
    case SyncState::Offline:
        text = pendingCount == 0 ? tr("Offline")
            : pendingCount == 1  ? tr("Offline — 1 change waiting")
                                 : tr("Offline — %1 changes waiting").arg(pendingCount);
        colour = WorkspacePalette::presence(Presence::Offline);
        break;
    }
    sync_->setText(u"● "_s + text);
    QPalette p = sync_->palette();
    p.setColor(QPalette::WindowText, colour);
    sync_->setPalette(p);
}

void WorkspaceStatusBar::showRejectNotice(const QString& text)
{
    showNotice(tr("Not saved: %1").arg(text));
}

void WorkspaceStatusBar::showLoadError(const QString& text)
{
    showNotice(tr("Could not read the local cache: %1").arg(text));
}

void WorkspaceStatusBar::showNotice(const QString& text)
{
    notice_->setText(text);
    notice_->show();
    dismiss_->show();
}

QString WorkspaceStatusBar::syncText() const
{
    return sync_->text();
}

QString WorkspaceStatusBar::rejectNotice() const
{
    return notice_->isVisible() ? notice_->text() : QString();
}

void WorkspaceStatusBar::setMissedCalls(int count)
{
    missedCalls_->setText(count == 1 ? tr("1 missed call") : tr("%1 missed calls").arg(count));
    missedCalls_->setVisible(count > 0);
}

QString WorkspaceStatusBar::missedCallsText() const
{
    return missedCalls_->isVisibleTo(this) ? missedCalls_->text() : QString();
}

} // namespace switchboard::ui
