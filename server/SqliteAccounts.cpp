#include "server/SqliteAccounts.h"

#include "protocol/WireTime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace switchboard::server {

using store::Statement;

namespace {

constexpr const char* kUserColumns = "SELECT username, agent_id, name, role, teams, password_hash"
                                     " FROM users";

QString teamsText(const QStringList& teams)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(teams)).toJson(QJsonDocument::Compact));
}

QStringList teamsFrom(const QByteArray& text)
{
    QStringList out;
    for (const QJsonValue& value : QJsonDocument::fromJson(text).array())
        out.append(value.toString());
    return out;
}

} // namespace

SqliteAccounts::SqliteAccounts(store::Database& db)
    : db_(db)
{
}

StoreResult<> SqliteAccounts::addUser(const UserRecord& user)
{
    auto insert = db_.cached("INSERT INTO users (username, agent_id, name, role, teams,"
                             " password_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insert)
        return std::unexpected(insert.error());
    (*insert)->bindAll(user.username, user.agentId, user.name, protocol::wireName(user.role),
        teamsText(user.teams), user.passwordHash);
    return (*insert)->run();
}

StoreResult<> SqliteAccounts::addTeam(const QString& name)
{
    auto insert = db_.cached("INSERT INTO teams (name) VALUES (?1) ON CONFLICT (name) DO NOTHING");
    if (!insert)
        return std::unexpected(insert.error());
    (*insert)->bind(1, name);
    return (*insert)->run();
}

StoreResult<QList<UserRecord>> SqliteAccounts::readUsers(Statement& statement)
{
    QList<UserRecord> out;
    auto read = statement.forEachRow([&](const Statement& row) {
        UserRecord user;
        user.username = row.text(0);
        user.agentId = row.text(1);
        user.name = row.text(2);
        user.role = protocol::fromWireName<protocol::AgentRole>(row.textView(3))
                        .value_or(protocol::AgentRole::Agent);
        user.teams = teamsFrom(row.utf8(4));
        user.passwordHash = row.text(5);
        out.append(std::move(user));
    });
    if (!read)
        return std::unexpected(read.error());
    return out;
}

StoreResult<std::optional<UserRecord>> SqliteAccounts::user(const QString& username)
{
    static const QByteArray sql = QByteArray(kUserColumns) + " WHERE username = ?1";
    auto stmt = db_.cached(sql.constData());
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bind(1, username);
    auto found = readUsers(**stmt);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::nullopt;
    return found->first();
}

StoreResult<std::optional<UserRecord>> SqliteAccounts::userByAgent(const QString& agentId)
{
    static const QByteArray sql = QByteArray(kUserColumns) + " WHERE agent_id = ?1";
    auto stmt = db_.cached(sql.constData());
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bind(1, agentId);
    auto found = readUsers(**stmt);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return std::nullopt;
    return found->first();
}

StoreResult<QList<UserRecord>> SqliteAccounts::users()
{
    static const QByteArray sql = QByteArray(kUserColumns) + " ORDER BY username";
    auto stmt = db_.cached(sql.constData());
    if (!stmt)
        return std::unexpected(stmt.error());
    return readUsers(**stmt);
}

StoreResult<QStringList> SqliteAccounts::teams()
{
    auto stmt = db_.cached("SELECT name FROM teams ORDER BY name");
    if (!stmt)
        return std::unexpected(stmt.error());
    QStringList out;
    auto read = (*stmt)->forEachRow([&](const Statement& row) { out.append(row.text(0)); });
    if (!read)
        return std::unexpected(read.error());
    return out;
}

StoreResult<> SqliteAccounts::saveToken(const QByteArray& tokenHash, const TokenRecord& token)
{
    auto insert
        = db_.cached("INSERT INTO tokens (token_hash, username, expires_at) VALUES (?1, ?2, ?3)");
    if (!insert)
        return std::unexpected(insert.error());
    (*insert)->bindAll(QString::fromLatin1(tokenHash.toHex()), token.username,
        protocol::toWireTime(token.expiresAt));
    return (*insert)->run();
}

StoreResult<std::optional<TokenRecord>> SqliteAccounts::token(const QByteArray& tokenHash)
{
    auto stmt = db_.cached("SELECT username, expires_at FROM tokens WHERE token_hash = ?1");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bind(1, QString::fromLatin1(tokenHash.toHex()));
    auto row = (*stmt)->step();
    if (!row)
        return std::unexpected(row.error());
    std::optional<TokenRecord> out;
    if (*row)
        out = TokenRecord { (*stmt)->text(0), protocol::fromWireTime((*stmt)->text(1)) };
    (*stmt)->reset();
    return out;
}

} // namespace switchboard::server
