// One purchase in a customer's history, as the profile's purchase list shows it.
#pragma once

#include "protocol/DecodeError.h"
#include "protocol/Enums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <expected>

namespace switchboard::protocol {

struct OrderItem {
    QString sku;
    QString name;
    qint64 quantity = 1;
    qint64 unitPriceMinor = 0;

    QJsonObject toJson() const;
    static std::expected<OrderItem, DecodeError> fromJson(const QJsonObject& json,
                                                          const QString& path = {});
    bool operator==(const OrderItem&) const = default;
};

struct Order {
    QString id;
    QString customerId;
    QDateTime placedAt;
    QList<OrderItem> items;
    qint64 amountMinor = 0;
    QString currency;
    OrderStatus status = OrderStatus::Placed;

    QJsonObject toJson() const;
    static std::expected<Order, DecodeError> fromJson(const QJsonObject& json,
                                                      const QString& path = {});
    bool operator==(const Order&) const = default;
};

} // namespace switchboard::protocol
