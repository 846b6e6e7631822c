// The cached customers, with their phones (as typed and as E.164, the latter indexed for
// call pop) and emails in tables of their own. Reads and writes protocol::Customer.
//
// Writes only its own tables: the search index is kept in step by the caller inside the
// same transaction (Store does), so this class can also serve migrations that run before
// the index exists.
#pragma once

#include "protocol/Customer.h"
#include "store/StoreError.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace switchboard::store {

class Database;

class CustomerRepository {
public:
    explicit CustomerRepository(Database& db);

    // Inserts or replaces the customer under its id, phones and emails included.
    StoreResult<> upsert(const protocol::Customer& customer);
    StoreResult<std::optional<protocol::Customer>> find(const QString& id);
    StoreResult<bool> exists(const QString& id);
    // Every customer with a phone whose E.164 form is `e164`, for call pop. A number can be
    // shared (a family, an office switchboard), so all of them are returned, most recently
    // contacted first.
    StoreResult<QList<protocol::Customer>> findByPhone(const QString& e164);
    // Removes the customer with its phones and emails; false when there was none.
    StoreResult<bool> remove(const QString& id);
    // Gives `fromId`'s phones and emails to `toId`, after the ones it has (a merge).
    StoreResult<> moveContactPoints(const QString& fromId, const QString& toId);
    StoreResult<qint64> count();
    // Visits every customer in id order; stops at the first error `visit` returns.
    StoreResult<> forEach(const std::function<StoreResult<>(const protocol::Customer&)>& visit);

private:
    StoreResult<QList<protocol::Customer>> findByIds(const QStringList& ids);
    StoreResult<QStringList> idsFor(const char* sql, const QString& key);
    // `replace`: the customer was cached before, so its old rows go first.
    StoreResult<> writePhones(const protocol::Customer& customer, bool replace);
    StoreResult<> writeEmails(const protocol::Customer& customer, bool replace);
    StoreResult<> readContactPoints(protocol::Customer& customer);

    Database& db_;
};

} // namespace switchboard::store
