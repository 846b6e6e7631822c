// A customer's purchase history, consistent with their segment: new customers have bought
// once or not yet, loyal ones roughly monthly over the last four months, at-risk ones not for
// six months. The lifetime value shown on the profile is the sum of the orders the shop has been
// paid for and kept (paid, shipped, delivered), so the two never disagree.
#pragma once

#include "demodata/CustomerDraft.h"
#include "demodata/ProductCatalogue.h"
#include "demodata/Random.h"
#include "protocol/Order.h"

#include <QList>

namespace switchboard::demodata {

class OrderHistoryFactory {
public:
    OrderHistoryFactory(const ProductCatalogue& catalogue, qint64 referenceMs);

    // Oldest first, numbered from `nextOrderNumber` on, which is advanced past them.
    QList<protocol::Order> make(const CustomerDraft& draft, qint64& nextOrderNumber,
                                Random& random) const;

    static bool countsTowardsLifetimeValue(protocol::OrderStatus status);
    static qint64 lifetimeValue(const QList<protocol::Order>& orders);

private:
    QList<protocol::OrderItem> basket(DemoLanguage language, Random& random) const;
    protocol::OrderStatus statusAt(qint64 placedMs, Random& random) const;

    const ProductCatalogue& catalogue_;
    QList<qsizetype> mainProducts_;
    QList<qsizetype> accessories_;
    qint64 referenceMs_;
};

} // namespace switchboard::demodata
