// The account tables of SqliteServerStorage: users, teams and login tokens (stored as the
// SHA-256 of the token, never the token itself). Works inside the caller's transaction.
#pragma once

#include "server/ServerStorage.h"
#include "store/Database.h"

namespace switchboard::server {

class SqliteAccounts {
public:
    explicit SqliteAccounts(store::Database& db);

    StoreResult<> addUser(const UserRecord& user);
    StoreResult<> addTeam(const QString& name);
    StoreResult<std::optional<UserRecord>> user(const QString& username);
    StoreResult<std::optional<UserRecord>> userByAgent(const QString& agentId);
    StoreResult<QList<UserRecord>> users();
    StoreResult<QStringList> teams();
    StoreResult<> saveToken(const QByteArray& tokenHash, const TokenRecord& token);
    StoreResult<std::optional<TokenRecord>> token(const QByteArray& tokenHash);

private:
    StoreResult<QList<UserRecord>> readUsers(store::Statement& statement);

    store::Database& db_;
};

} // namespace switchboard::server
