#include "server/LoginThrottle.h"

namespace switchboard::server {

using namespace Qt::StringLiterals;

std::optional<qint64> LoginThrottle::waitFor(const QString& key, const QDateTime& now)
{
    auto it = failures_.find(key);
    if (it == failures_.end())
        return std::nullopt;
    QList<QDateTime>& times = *it;
    const QDateTime since = now.addSecs(-kWindow.count());
    while (!times.isEmpty() && times.first() <= since)
        times.removeFirst();
    if (times.size() < kMaxFailures)
        return std::nullopt;
    // Allowed again once enough of the failures have left the window.
    const QDateTime until = times.at(times.size() - kMaxFailures).addSecs(kWindow.count());
    return std::max<qint64>(1, (now.msecsTo(until) + 999) / 1000);
}

std::optional<qint64> LoginThrottle::retryAfter(
    const QString& username, const QString& address, const QDateTime& now)
{
    prune(now);
    const auto byUser = waitFor(u"user:"_s + username, now);
    const auto byAddress = waitFor(u"addr:"_s + address, now);
    if (byUser && byAddress)
        return std::max(*byUser, *byAddress);
    return byUser ? byUser : byAddress;
}

void LoginThrottle::recordFailure(
    const QString& username, const QString& address, const QDateTime& now)
{
    failures_[u"user:"_s + username].append(now);
    failures_[u"addr:"_s + address].append(now);
}

void LoginThrottle::prune(const QDateTime& now)
{
    // Forget names and addresses whose failures are all out of the window, so guessing
    // random names cannot grow the table without bound.
    if (lastPrune_.isValid() && lastPrune_.secsTo(now) < kWindow.count())
        return;
    lastPrune_ = now;
    const QDateTime since = now.addSecs(-kWindow.count());
    for (auto it = failures_.begin(); it != failures_.end();) {
        if (it->isEmpty() || it->last() <= since)
            it = failures_.erase(it);
        else
            ++it;
    }
}

} // namespace switchboard::server
