#include "server/SqliteCtiStorage.h"

#include "protocol/WireTime.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace switchboard::server {

using namespace Qt::StringLiterals;
using store::Statement;

namespace {

void insertTime(QJsonObject& json, QLatin1StringView key, const QDateTime& time)
{
    if (time.isValid())
        json.insert(key, protocol::toWireTime(time));
}

QDateTime timeOf(const QJsonObject& json, QLatin1StringView key)
{
    const QString text = json.value(key).toString();
    return text.isEmpty() ? QDateTime() : protocol::fromWireTime(text);
}

QStringList stringsOf(const QJsonObject& json, QLatin1StringView key)
{
    QStringList out;
    for (const QJsonValue& value : json.value(key).toArray())
        out.append(value.toString());
    return out;
}

CtiCallRecord recordOf(const QByteArray& json)
{
    return CtiCallRecord::fromJson(QJsonDocument::fromJson(json).object());
}

} // namespace

bool CtiCallRecord::isRinging() const
{
    return !agentId.isEmpty() && !answeredAt.isValid() && !endedAt.isValid();
}

QDateTime CtiCallRecord::ringingSince() const
{
    return offeredToAgentAt.isValid() ? offeredToAgentAt : offeredAt;
}

QJsonObject CtiCallRecord::toJson() const
{
    QJsonObject json { { "callId"_L1, callId }, { "direction"_L1, direction }, { "from"_L1, from },
        { "fromE164"_L1, fromE164 }, { "to"_L1, to }, { "queue"_L1, queue },
        { "agentId"_L1, agentId }, { "customerIds"_L1, QJsonArray::fromStringList(customerIds) },
        { "answeredBy"_L1, answeredBy }, { "answeringNumber"_L1, answeringNumber },
        { "cause"_L1, cause }, { "disposition"_L1, disposition },
        { "conversationId"_L1, conversationId } };
    if (!declinedBy.isEmpty())
        json.insert("declinedBy"_L1, QJsonArray::fromStringList(declinedBy));
    if (!wrapUpCode.isEmpty()) {
        json.insert("wrapUpCode"_L1, wrapUpCode);
        json.insert("wrappedUpBy"_L1, wrappedUpBy);
    }
    insertTime(json, "offeredAt"_L1, offeredAt);
    insertTime(json, "offeredToAgentAt"_L1, offeredToAgentAt);
    insertTime(json, "answeredAt"_L1, answeredAt);
    insertTime(json, "endedAt"_L1, endedAt);
    insertTime(json, "wrappedUpAt"_L1, wrappedUpAt);
    return json;
}

CtiCallRecord CtiCallRecord::fromJson(const QJsonObject& json)
{
    CtiCallRecord r;
    r.callId = json.value("callId"_L1).toString();
    r.direction = json.value("direction"_L1).toString();
    r.from = json.value("from"_L1).toString();
    r.fromE164 = json.value("fromE164"_L1).toString();
    r.to = json.value("to"_L1).toString();
    r.queue = json.value("queue"_L1).toString();
    r.agentId = json.value("agentId"_L1).toString();
    r.customerIds = stringsOf(json, "customerIds"_L1);
    r.declinedBy = stringsOf(json, "declinedBy"_L1);
    r.answeredBy = json.value("answeredBy"_L1).toString();
    r.answeringNumber = json.value("answeringNumber"_L1).toString();
    r.cause = json.value("cause"_L1).toString();
    r.disposition = json.value("disposition"_L1).toString();
    r.conversationId = json.value("conversationId"_L1).toString();
    r.wrapUpCode = json.value("wrapUpCode"_L1).toString();
    r.wrappedUpBy = json.value("wrappedUpBy"_L1).toString();
    r.offeredAt = timeOf(json, "offeredAt"_L1);
    r.offeredToAgentAt = timeOf(json, "offeredToAgentAt"_L1);
    r.answeredAt = timeOf(json, "answeredAt"_L1);
    r.endedAt = timeOf(json, "endedAt"_L1);
    r.wrappedUpAt = timeOf(json, "wrappedUpAt"_L1);
    return r;
}

SqliteCtiStorage::SqliteCtiStorage(store::Database& db, SqlitePhoneIndex& phones)
    : db_(db)
    , phones_(phones)
{
}

StoreResult<std::optional<QString>> SqliteCtiStorage::oneText(Statement& statement)
{
    auto row = statement.step();
    if (!row) {
        statement.reset();
        return std::unexpected(row.error());
    }
    std::optional<QString> out;
    if (*row)
        out = statement.text(0);
    statement.reset();
    return out;
}

StoreResult<> SqliteCtiStorage::run(const char* sql, const QStringList& values)
{
    auto stmt = db_.cached(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    for (qsizetype i = 0; i < values.size(); ++i)
        (*stmt)->bind(int(i + 1), values.at(i));
    return (*stmt)->run();
}

StoreResult<std::optional<QString>> SqliteCtiStorage::setting(QLatin1StringView key)
{
    auto stmt = db_.cached("SELECT value FROM settings WHERE key = ?1");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bind(1, QString(key));
    return oneText(**stmt);
}

StoreResult<> SqliteCtiStorage::saveSetting(QLatin1StringView key, const QString& value)
{
    return run("INSERT INTO settings (key, value) VALUES (?1, ?2)"
               " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        { QString(key), value });
}

StoreResult<bool> SqliteCtiStorage::isBlocked(const QString& e164)
{
    auto stmt = db_.cached("SELECT e164 FROM cti_blocked_numbers WHERE e164 = ?1");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bind(1, e164);
    auto found = oneText(**stmt);
    if (!found)
        return std::unexpected(found.error());
    return found->has_value();
}

StoreResult<bool> SqliteCtiStorage::setBlocked(const QString& e164, bool blocked)
{
    auto done = blocked ? run("INSERT INTO cti_blocked_numbers (e164, blocked_at) VALUES (?1, ?2)"
                              " ON CONFLICT (e164) DO NOTHING",
                    { e164, protocol::toWireTime(QDateTime::currentDateTimeUtc()) })
                        : run("DELETE FROM cti_blocked_numbers WHERE e164 = ?1", { e164 });
    if (!done)
        return std::unexpected(done.error());
    return db_.changes() > 0;
}

StoreResult<QStringList> SqliteCtiStorage::blockedNumbers()
{
    auto stmt = db_.cached("SELECT e164 FROM cti_blocked_numbers ORDER BY e164");
    if (!stmt)
        return std::unexpected(stmt.error());
    QStringList out;
    auto read = (*stmt)->forEachRow([&](const Statement& row) { out.append(row.text(0)); });
    if (!read)
        return std::unexpected(read.error());
    return out;
}

StoreResult<> SqliteCtiStorage::mapPbxUser(const QString& pbxUser, const QString& agentId)
{
    return run("INSERT INTO cti_pbx_users (pbx_user, agent_id) VALUES (?1, ?2)"
               " ON CONFLICT (pbx_user) DO UPDATE SET agent_id = excluded.agent_id",
        { pbxUser, agentId });
}

StoreResult<std::optional<QString>> SqliteCtiStorage::agentOfPbxUser(const QString& pbxUser)
{
    auto stmt = db_.cached("SELECT agent_id FROM cti_pbx_users WHERE pbx_user = ?1");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bind(1, pbxUser);
    return oneText(**stmt);
}

StoreResult<QHash<QString, QString>> SqliteCtiStorage::pbxUserMap()
{
    auto stmt = db_.cached("SELECT pbx_user, agent_id FROM cti_pbx_users");
    if (!stmt)
        return std::unexpected(stmt.error());
    QHash<QString, QString> out;
    auto read
        = (*stmt)->forEachRow([&](const Statement& row) { out.insert(row.text(0), row.text(1)); });
    if (!read)
        return std::unexpected(read.error());
    return out;
}

StoreResult<std::optional<CtiCallRecord>> SqliteCtiStorage::call(const QString& callId)
{
    auto stmt = db_.cached("SELECT payload FROM cti_calls WHERE call_id = ?1");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bind(1, callId);
    auto text = oneText(**stmt);
    if (!text)
        return std::unexpected(text.error());
    if (!*text)
        return std::optional<CtiCallRecord>();
    return recordOf((*text)->toUtf8());
}

StoreResult<> SqliteCtiStorage::saveCall(const CtiCallRecord& record)
{
    if (db_.inTransaction())
        return writeCall(record); // part of the caller's batch
    auto tx = store::Transaction::begin(db_);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto done = writeCall(record); !done)
        return done;
    return tx->commit();
}

StoreResult<> SqliteCtiStorage::writeCall(const CtiCallRecord& record)
{
    auto stmt
        = db_.cached("INSERT INTO cti_calls (call_id, disposition, payload) VALUES (?1, ?2, ?3)"
                     " ON CONFLICT (call_id) DO UPDATE SET disposition = excluded.disposition,"
                     " payload = excluded.payload");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bind(1, record.callId);
    (*stmt)->bindOptional(2, record.disposition);
    (*stmt)->bindUtf8(3, QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact));
    if (auto done = (*stmt)->run(); !done)
        return done;
    if (!record.isRinging())
        return run("DELETE FROM cti_ringing WHERE call_id = ?1", { record.callId });
    return run("INSERT INTO cti_ringing (call_id, agent_id, offered_at) VALUES (?1, ?2, ?3)"
               " ON CONFLICT (call_id) DO UPDATE SET agent_id = excluded.agent_id,"
               " offered_at = excluded.offered_at",
        { record.callId, record.agentId, protocol::toWireTime(record.ringingSince()) });
}

StoreResult<QList<CtiCallRecord>> SqliteCtiStorage::ringingCalls(
    const QString& agentId, const QDateTime& since)
{
    auto stmt = db_.cached("SELECT c.payload FROM cti_ringing r JOIN cti_calls c"
                           " ON c.call_id = r.call_id"
                           " WHERE r.agent_id = ?1 AND r.offered_at >= ?2 ORDER BY r.offered_at");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bindAll(agentId, protocol::toWireTime(since));
    QList<CtiCallRecord> out;
    auto read = (*stmt)->forEachRow(
        [&](const Statement& row) { out.append(recordOf(row.utf8(0))); });
    if (!read)
        return std::unexpected(read.error());
    return out;
}

StoreResult<QHash<QString, qint64>> SqliteCtiStorage::dispositionCounts()
{
    auto stmt = db_.cached("SELECT disposition, COUNT(*) FROM cti_calls"
                           " WHERE disposition IS NOT NULL GROUP BY disposition");
    if (!stmt)
        return std::unexpected(stmt.error());
    QHash<QString, qint64> out;
    auto read
        = (*stmt)->forEachRow([&](const Statement& row) { out.insert(row.text(0), row.int64(1)); });
    if (!read)
        return std::unexpected(read.error());
    return out;
}

StoreResult<QStringList> SqliteCtiStorage::customersWithPhone(
    const QString& space, const QString& e164)
{
    return phones_.customers(space, e164);
}

} // namespace switchboard::server
