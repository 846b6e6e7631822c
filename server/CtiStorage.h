// What the CTI webhook keeps beside the event log: its settings (the token's hash, the
// default region), the admin's block list and PBX-user map, one record per call (so a
// replayed webhook changes nothing and an unknown callId is told apart; declines and the
// wrap-up are kept on it too), the calls still ringing by agent (so a desktop that connects
// mid-ring pops again), and the lookup of customers by E.164 number in the phone index the
// event writer maintains.
//
// Part of ServerStorage (ServerStorage::cti()); the same one-instance-per-thread rule.
#pragma once

#include "store/StoreError.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace switchboard::server {

using store::StoreResult;

// One call as the server has seen it so far.
struct CtiCallRecord {
    QString callId;
    QString direction; // "in" or "out"
    QString from;
    QString fromE164;
    QString to;
    QString queue;
    QString agentId; // offered to now; empty when nobody was free
    QStringList customerIds; // the customers the number matched
    QStringList declinedBy; // agents who declined it (call.decline), in order
    QString answeredBy;
    QString answeringNumber;
    QDateTime offeredAt; // when it first rang
    QDateTime offeredToAgentAt; // when it was offered to agentId (after a decline: later)
    QDateTime answeredAt; // invalid: not answered (yet)
    QDateTime endedAt; // invalid: still going
    QString cause;
    QString disposition;
    QString conversationId; // where it landed on the timeline (hangup, or the wrap-up)
    QString wrapUpCode; // a protocol::WrapUpCode wire name; empty: not wrapped up
    QString wrappedUpBy;
    QDateTime wrappedUpAt;

    // Offered to an agent and neither answered nor ended.
    bool isRinging() const;
    // When it was offered to agentId.
    QDateTime ringingSince() const;

    QJsonObject toJson() const;
    static CtiCallRecord fromJson(const QJsonObject& json);
};

namespace CtiSetting {
inline constexpr QLatin1StringView TokenHash { "cti.token_sha256" };
inline constexpr QLatin1StringView Region { "cti.region" };
} // namespace CtiSetting

class CtiStorage {
public:
    virtual ~CtiStorage() = default;

    virtual StoreResult<std::optional<QString>> setting(QLatin1StringView key) = 0;
    virtual StoreResult<> saveSetting(QLatin1StringView key, const QString& value) = 0;

    virtual StoreResult<bool> isBlocked(const QString& e164) = 0;
    // Adds (blocked) or removes the number; false when nothing changed.
    virtual StoreResult<bool> setBlocked(const QString& e164, bool blocked) = 0;
    virtual StoreResult<QStringList> blockedNumbers() = 0;

    virtual StoreResult<> mapPbxUser(const QString& pbxUser, const QString& agentId) = 0;
    virtual StoreResult<std::optional<QString>> agentOfPbxUser(const QString& pbxUser) = 0;
    virtual StoreResult<QHash<QString, QString>> pbxUserMap() = 0;

    virtual StoreResult<std::optional<CtiCallRecord>> call(const QString& callId) = 0;
    // Inserts or replaces the record of record.callId, and keeps the ringing index in step;
    // inside the caller's transaction when one is open (a WriteBatch's call).
    virtual StoreResult<> saveCall(const CtiCallRecord& record) = 0;
    // The calls ringing at `agentId` that were offered to them at or after `since`, oldest
    // first (one indexed read).
    virtual StoreResult<QList<CtiCallRecord>> ringingCalls(
        const QString& agentId, const QDateTime& since)
        = 0;
    // Ended calls by disposition ("answered", "missed", "abandoned").
    virtual StoreResult<QHash<QString, qint64>> dispositionCounts() = 0;

    // The customers of `space` with a phone whose E.164 form is `e164`, by id.
    virtual StoreResult<QStringList> customersWithPhone(const QString& space, const QString& e164)
        = 0;
};

} // namespace switchboard::server
