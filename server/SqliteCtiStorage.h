// CtiStorage on the server's SQLite file: the settings, cti_blocked_numbers, cti_pbx_users,
// cti_calls and cti_ringing tables (SqliteSchema.cpp), and lookups in the phone index. Each
// write is one statement, or one transaction (a call and its ringing row), so each is
// atomic on its own.
#pragma once

#include "server/CtiStorage.h"
#include "server/SqlitePhoneIndex.h"
#include "store/Database.h"

namespace switchboard::server {

class SqliteCtiStorage final : public CtiStorage {
public:
    SqliteCtiStorage(store::Database& db, SqlitePhoneIndex& phones);

    StoreResult<std::optional<QString>> setting(QLatin1StringView key) override;
    StoreResult<> saveSetting(QLatin1StringView key, const QString& value) override;
    StoreResult<bool> isBlocked(const QString& e164) override;
    StoreResult<bool> setBlocked(const QString& e164, bool blocked) override;
    StoreResult<QStringList> blockedNumbers() override;
    StoreResult<> mapPbxUser(const QString& pbxUser, const QString& agentId) override;
    StoreResult<std::optional<QString>> agentOfPbxUser(const QString& pbxUser) override;
    StoreResult<QHash<QString, QString>> pbxUserMap() override;
    StoreResult<std::optional<CtiCallRecord>> call(const QString& callId) override;
    StoreResult<> saveCall(const CtiCallRecord& record) override;
    StoreResult<QList<CtiCallRecord>> ringingCalls(
        const QString& agentId, const QDateTime& since) override;
    StoreResult<QHash<QString, qint64>> dispositionCounts() override;
    StoreResult<QStringList> customersWithPhone(const QString& space, const QString& e164) override;

private:
    // The first text column of the one row `statement` (bound) returns, if any.
    StoreResult<std::optional<QString>> oneText(store::Statement& statement);
    StoreResult<> run(const char* sql, const QStringList& values);
    StoreResult<> writeCall(const CtiCallRecord& record);

    store::Database& db_;
    SqlitePhoneIndex& phones_;
};

} // namespace switchboard::server
