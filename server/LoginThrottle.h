// Slows down password guessing: after kMaxFailures failed logins for one user name or from
// one address within kWindow, every further attempt for that name or from that address is
// refused (429, with Retry-After) until the oldest failure leaves the window, whether the
// password is right or not.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace switchboard::server {

class LoginThrottle {
public:
    static constexpr int kMaxFailures = 5;
    static constexpr std::chrono::seconds kWindow { 5 * 60 };

    // Seconds to wait, or nullopt when the attempt may go ahead.
    std::optional<qint64> retryAfter(
        const QString& username, const QString& address, const QDateTime& now);
    void recordFailure(const QString& username, const QString& address, const QDateTime& now);

private:
    std::optional<qint64> waitFor(const QString& key, const QDateTime& now);
    void prune(const QDateTime& now);

    QHash<QString, QList<QDateTime>> failures_; // "user:elif", "addr:10.0.0.7"
    QDateTime lastPrune_;
};

} // namespace switchboard::server
