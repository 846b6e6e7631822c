#include "protocol/Order.h"

#include "protocol/JsonReader.h"
#include "protocol/Limits.h"

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMaxQuantity = 1'000'000;
}

QJsonObject OrderItem::toJson() const
{
    return {{"sku"_L1, sku},
            {"name"_L1, name},
            {"quantity"_L1, static_cast<double>(quantity)},
            {"unitPriceMinor"_L1, static_cast<double>(unitPriceMinor)}};
}

std::expected<OrderItem, DecodeError> OrderItem::fromJson(const QJsonObject& json,
                                                          const QString& path)
{
    JsonReader r(json, path);
    OrderItem item;
    item.sku = r.string("sku"_L1, kMaxIdChars, Need::Optional);
    item.name = r.string("name"_L1, kMaxShortTextChars);
    item.quantity = r.integer("quantity"_L1, 1, kMaxQuantity);
    item.unitPriceMinor = r.integer("unitPriceMinor"_L1, 0, kMaxMoneyMinor);
    return r.finish(std::move(item));
}

QJsonObject Order::toJson() const
{
    QJsonObject o{{"id"_L1, id},
                  {"customerId"_L1, customerId},
                  {"items"_L1, toJsonArray(items)},
                  {"amountMinor"_L1, static_cast<double>(amountMinor)},
                  {"currency"_L1, currency},
                  {"status"_L1, wireName(status)}};
    putTime(o, "placedAt"_L1, placedAt);
    return o;
}

std::expected<Order, DecodeError> Order::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader r(json, path);
    Order o;
    o.id = r.id("id"_L1);
    o.customerId = r.id("customerId"_L1);
    o.placedAt = r.timestamp("placedAt"_L1);
    o.items = r.objects<OrderItem>("items"_L1, kMaxOrderItems);
    o.amountMinor = r.integer("amountMinor"_L1, 0, kMaxMoneyMinor);
    o.currency = r.string("currency"_L1, kMaxCurrencyChars);
    o.status = r.enumeration("status"_L1, OrderStatus::Placed, Need::Required);
    return r.finish(std::move(o));
}

} // namespace switchboard::protocol
