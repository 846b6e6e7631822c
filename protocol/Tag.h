// A label for sorting and reporting. The name is the identity; colour and category are
// how the tag editor shows and groups it.
#pragma once

#include "protocol/DecodeError.h"

#include <QJsonObject>

#include <expected>

namespace switchboard::protocol {

struct Tag {
    QString name;     // "Technical problem"
    QString colour;   // "#d9534f"
    QString category; // "Issue type", "Sales", "Content"

    QJsonObject toJson() const;
    static std::expected<Tag, DecodeError> fromJson(const QJsonObject& json,
                                                    const QString& path = {});
    bool operator==(const Tag&) const = default;
};

} // namespace switchboard::protocol
