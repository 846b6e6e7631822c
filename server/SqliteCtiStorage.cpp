#include "server/SqliteCtiStorage.h"

#include "protocol/WireTime.h"

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

} // namespace

QJsonObject CtiCallRecord::toJson() const
{
    QJsonObject json { { "callId"_L1, callId }, { "direction"_L1, direction }, { "from"_L1, from },
        { "fromE164"_L1, fromE164 }, { "to"_L1, to }, { "queue"_L1, queue },
        { "agentId"_L1, agentId }, { "customerIds"_L1, QJsonArray::fromStringList(customerIds) },
        { "answeredBy"_L1, answeredBy }, { "answeringNumber"_L1, answeringNumber },
        { "cause"_L1, cause }, { "disposition"_L1, disposition },
        { "conversationId"_L1, conversationId } };
    insertTime(json, "offeredAt"_L1, offeredAt);
    insertTime(json, "answeredAt"_L1, answeredAt);
    insertTime(json, "endedAt"_L1, endedAt);
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
    for (const QJsonValue& id : json.value("customerIds"_L1).toArray())
        r.customerIds.append(id.toString());
    r.answeredBy = json.value("answeredBy"_L1).toString();
    r.answeringNumber = json.value("answeringNumber"_L1).toString();
    r.cause = json.value("cause"_L1).toString();
    r.disposition = json.value("disposition"_L1).toString();
    r.conversationId = json.value("conversationId"_L1).toString();
    r.offeredAt = timeOf(json, "offeredAt"_L1);
    r.answeredAt = timeOf(json, "answeredAt"_L1);
    r.endedAt = timeOf(json, "endedAt"_L1);
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
    return CtiCallRecord::fromJson(QJsonDocument::fromJson((*text)->toUtf8()).object());
}

StoreResult<> SqliteCtiStorage::saveCall(const CtiCallRecord& record)
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
    return (*stmt)->run();
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
