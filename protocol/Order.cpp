#include "protocol/Order.h"

#include "protocol/JsonObjectWriter.h"
#include "protocol/JsonReader.h"
#include "protocol/Limits.h"

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMaxQuantity = 1'000'000;

void writeItem(JsonObjectWriter& w, const OrderItem& item)
{
    w.addString("sku"_L1, item.sku);
    w.addString("name"_L1, item.name);
    w.addNumber("quantity"_L1, item.quantity);
    w.addNumber("unitPriceMinor"_L1, item.unitPriceMinor);
}

} // namespace

QJsonObject OrderItem::toJson() const
{
    JsonObjectWriter w;
    writeItem(w, *this);
    return w.toObject();
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
    JsonObjectWriter w;
    w.addString("id"_L1, id);
    w.addString("customerId"_L1, customerId);
    w.addObjects("items"_L1, items, writeItem);
    w.addNumber("amountMinor"_L1, amountMinor);
    w.addString("currency"_L1, currency);
    w.addString("status"_L1, wireName(status));
    w.addTime("placedAt"_L1, placedAt);
    return w.toObject();
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
