#include "demodata/OrderHistoryFactory.h"

#include "demodata/DemoTime.h"
#include "demodata/EntityIds.h"

#include <algorithm>

namespace switchboard::demodata {

using protocol::OrderStatus;
using protocol::Segment;

namespace {

struct HistoryShape {
    qint64 minOrders;
    qint64 maxOrders;
    qint64 newestAgoDays; // no order more recent than this
    qint64 oldestAgoDays; // and none older than this (capped by the join date)
};

HistoryShape shapeOf(Segment segment) {
    switch (segment) {
    case Segment::New:
        return {0, 1, 0, 90};
    case Segment::Occasional:
        return {1, 3, 0, 1500};
    case Segment::Loyal:
        return {3, 6, 0, 120}; // about monthly, the last four months
    case Segment::AtRisk:
        return {1, 4, 180, 2000};
    }
    return {0, 1, 0, 90};
}

} // namespace

OrderHistoryFactory::OrderHistoryFactory(const ProductCatalogue& catalogue, qint64 referenceMs)
    : catalogue_(catalogue)
    , referenceMs_(referenceMs) {
    for (qsizetype i = 0; i < catalogue_.products().size(); ++i)
        (catalogue_.products()[i].accessory ? accessories_ : mainProducts_).append(i);
}

bool OrderHistoryFactory::countsTowardsLifetimeValue(OrderStatus status) {
    return status == OrderStatus::Paid || status == OrderStatus::Shipped ||
           status == OrderStatus::Delivered;
}

qint64 OrderHistoryFactory::lifetimeValue(const QList<protocol::Order>& orders) {
    qint64 total = 0;
    for (const protocol::Order& order : orders) {
        if (countsTowardsLifetimeValue(order.status))
            total += order.amountMinor;
    }
    return total;
}

QList<protocol::Order> OrderHistoryFactory::make(const CustomerDraft& draft,
                                                 qint64& nextOrderNumber, Random& random) const {
    const HistoryShape shape = shapeOf(draft.customer.segment);
    const qint64 count = random.between(shape.minOrders, shape.maxOrders);
    const qint64 earliest = std::max(draft.createdMs, referenceMs_ - shape.oldestAgoDays * kDayMs);
    const qint64 latest = std::max(earliest, referenceMs_ - shape.newestAgoDays * kDayMs);

    QList<qint64> times;
    times.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        const qint64 t = earliest + random.below(latest - earliest + 1);
        times.append(t - t % kSecondMs);
    }
    std::sort(times.begin(), times.end());

    QList<protocol::Order> orders;
    orders.reserve(count);
    for (qint64 placedMs : times) {
        protocol::Order order;
        order.id = EntityIds::order(nextOrderNumber++);
        order.customerId = draft.customer.id;
        order.placedAt = toDateTime(placedMs);
        order.items = basket(draft.language, random);
        for (const protocol::OrderItem& item : order.items)
            order.amountMinor += item.quantity * item.unitPriceMinor;
        order.currency = draft.customer.currency;
        order.status = statusAt(placedMs, random);
        orders.append(std::move(order));
    }
    return orders;
}

QList<protocol::OrderItem> OrderHistoryFactory::basket(DemoLanguage language,
                                                       Random& random) const {
    QList<protocol::OrderItem> items;
    const auto add = [&](qsizetype productIndex, qint64 quantity) {
        const Product& p = catalogue_.products()[productIndex];
        items.append({p.sku, p.name(language), quantity, p.price(language)});
    };
    const qsizetype main = mainProducts_[random.below(mainProducts_.size())];
    add(main, random.percent(5) ? 2 : 1);
    if (random.percent(40))
        add(accessories_[random.below(accessories_.size())], random.between(1, 2));
    if (random.percent(12)) {
        const qsizetype second = mainProducts_[random.below(mainProducts_.size())];
        if (second != main)
            add(second, 1);
    }
    return items;
}

OrderStatus OrderHistoryFactory::statusAt(qint64 placedMs, Random& random) const {
    const qint64 age = referenceMs_ - placedMs;
    if (age < 2 * kDayMs)
        return random.percent(30) ? OrderStatus::Placed : OrderStatus::Paid;
    if (age < 6 * kDayMs)
        return random.percent(40) ? OrderStatus::Paid : OrderStatus::Shipped;
    if (age < 12 * kDayMs)
        return random.percent(50) ? OrderStatus::Shipped : OrderStatus::Delivered;
    const qint64 roll = random.below(100);
    return roll < 6    ? OrderStatus::Cancelled
           : roll < 12 ? OrderStatus::Returned
                       : OrderStatus::Delivered;
}

} // namespace switchboard::demodata
