// The phone index of the server's SQLite file: one row per (space, E.164 number, customer),
// rewritten by SqliteEventWriter in the same transaction as every customer snapshot it
// writes (commands, imports, seeding) and dropped for a merged-away customer, so a call's
// number finds its customers with one indexed read instead of a scan of every profile.
//
// A phone is indexed by its `e164`; one without it is indexed by `number` when that is
// already in international form ("+30 210 ..."). Anything else cannot be matched.
#pragma once

#include "store/Database.h"

#include <QJsonObject>
#include <QStringList>

namespace switchboard::server {

class SqlitePhoneIndex {
public:
    explicit SqlitePhoneIndex(store::Database& db);

    // Replaces the rows of the customer with the phones of `customer` (a Customer's JSON).
    store::StoreResult<> reindex(
        const QString& space, const QString& customerId, const QJsonObject& customer);
    store::StoreResult<> remove(const QString& space, const QString& customerId);
    store::StoreResult<QStringList> customers(const QString& space, const QString& e164);
    // Indexes every stored customer once, for a file written before the index existed.
    store::StoreResult<> backfillOnce();

    // The key a phone (as JSON) is indexed under; empty when it has none.
    static QString keyOf(const QJsonObject& phone);

private:
    store::Database& db_;
};

} // namespace switchboard::server
