// The cached orders, for the purchase list on a customer's profile. Order lines are kept
// as JSON with the order: they are always shown with it and never queried on their own.
#pragma once

#include "protocol/Order.h"
#include "store/StoreError.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace switchboard::store {

class Database;

class OrderRepository {
public:
    explicit OrderRepository(Database& db);

    StoreResult<> upsert(const protocol::Order& order);
    StoreResult<std::optional<protocol::Order>> find(const QString& id);
    // The customer's orders, most recent first.
    StoreResult<QList<protocol::Order>> forCustomer(const QString& customerId);
    // Gives all of `fromCustomerId`'s orders to `toCustomerId`; returns their ids.
    StoreResult<QStringList> moveToCustomer(const QString& fromCustomerId,
                                            const QString& toCustomerId);

private:
    Database& db_;
};

} // namespace switchboard::store
