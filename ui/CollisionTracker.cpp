#include "ui/CollisionTracker.h"

using namespace Qt::StringLiterals;

namespace switchboard::ui {

namespace {
constexpr int kSignalLifetimeMs = 10000; // the protocol treats older signals as gone
constexpr int kExpiryCheckMs = 1000;
} // namespace

CollisionTracker::CollisionTracker(
    std::function<QString(const QString&)> agentName, QObject* parent)
    : QObject(parent)
    , agentName_(std::move(agentName))
{
    expiry_.setInterval(kExpiryCheckMs);
    connect(&expiry_, &QTimer::timeout, this, &CollisionTracker::update);
}

void CollisionTracker::setConversation(const QString& conversationId)
{
    conversationId_ = conversationId;
    latest_.clear();
    update();
}

void CollisionTracker::add(const protocol::SignalFrame& signal)
{
    if (signal.agentId.isEmpty() || signal.agentId == self_
        || signal.conversationId != conversationId_)
        return;
    if (signal.kind == protocol::SignalKind::Left)
        latest_.remove(signal.agentId);
    else
        latest_.insert(signal.agentId, signal);
    update();
}

void CollisionTracker::update()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList typing, viewing;
    for (auto it = latest_.begin(); it != latest_.end();) {
        if (it->at.isValid() && it->at.msecsTo(now) > kSignalLifetimeMs) {
            it = latest_.erase(it);
            continue;
        }
        QString name = agentName_(it.key());
        if (name.isEmpty())
            name = tr("Another agent");
        (it->kind == protocol::SignalKind::Typing ? typing : viewing).append(name);
        ++it;
    }
    QString text;
    if (typing.size() == 1)
        text = tr("%1 is typing…").arg(typing.first());
    else if (typing.size() > 1)
        text = tr("%1 are typing…").arg(typing.join(u", "_s));
    else if (viewing.size() == 1)
        text = tr("%1 is viewing").arg(viewing.first());
    else if (viewing.size() > 1)
        text = tr("%1 are viewing").arg(viewing.join(u", "_s));
    if (latest_.isEmpty())
        expiry_.stop();
    else if (!expiry_.isActive())
        expiry_.start();
    if (text != text_) {
        text_ = text;
        Q_EMIT textChanged(text_);
    }
}

} // namespace switchboard::ui
