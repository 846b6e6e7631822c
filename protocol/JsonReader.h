// Reads the fields of one JSON object into typed values, checking type, range and length
// as it goes. The first problem is remembered with the field's dotted path, and every
// later read returns its fallback, so a decoder is a straight list of reads followed by
// one `finish()` — no error check after each field.
#pragma once

#include "protocol/DecodeError.h"
#include "protocol/Enums.h"
#include "protocol/WireTime.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QUuid>

#include <expected>
#include <optional>

namespace switchboard::protocol {

enum class Need { Required, Optional };

class JsonReader {
public:
    explicit JsonReader(const QJsonObject& object, QString path = {});

    QString string(QLatin1StringView key, qsizetype maxChars, Need need = Need::Required);
    // A non-empty identifier of at most kMaxIdChars.
    QString id(QLatin1StringView key, Need need = Need::Required);
    // A UUID in its braceless text form; a null QUuid when absent and optional.
    QUuid uuid(QLatin1StringView key, Need need = Need::Required);
    qint64 integer(QLatin1StringView key, qint64 min, qint64 max, Need need = Need::Required);
    std::optional<qint64> optionalInteger(QLatin1StringView key, qint64 min, qint64 max);
    bool boolean(QLatin1StringView key, Need need = Need::Optional);
    // An ISO 8601 UTC instant; invalid QDateTime when absent and optional.
    QDateTime timestamp(QLatin1StringView key, Need need = Need::Required);
    QStringList strings(QLatin1StringView key, qsizetype maxItems, qsizetype maxChars);
    QMap<QString, QString> stringMap(QLatin1StringView key, qsizetype maxEntries,
                                     qsizetype maxChars);
    QJsonObject object(QLatin1StringView key, Need need = Need::Required);

    template <typename E> E enumeration(QLatin1StringView key, E fallback, Need need)
    {
        const QString name = string(key, 32, need);
        if (name.isEmpty())
            return fallback;
        if (auto value = fromWireName<E>(name))
            return *value;
        fail(DecodeErrorCode::UnknownValue, key, QStringLiteral("unknown value \"%1\"").arg(name));
        return fallback;
    }

    // Decodes an array of objects with T::fromJson(object, path).
    template <typename T> QList<T> objects(QLatin1StringView key, qsizetype maxItems)
    {
        QList<T> out;
        const QJsonArray items = array(key, maxItems);
        for (qsizetype i = 0; i < items.size() && ok(); ++i) {
            const QString itemPath = pathOf(key) + u'.' + QString::number(i);
            if (!items.at(i).isObject()) {
                failAt(DecodeErrorCode::WrongType, itemPath, QStringLiteral("expected an object"));
                break;
            }
            auto item = T::fromJson(items.at(i).toObject(), itemPath);
            if (!item) {
                error_ = item.error();
                break;
            }
            out.append(std::move(*item));
        }
        return out;
    }

    bool ok() const { return !error_.has_value(); }
    const std::optional<DecodeError>& error() const { return error_; }

    void fail(DecodeErrorCode code, QLatin1StringView key, QString message);

    template <typename T> std::expected<T, DecodeError> finish(T&& value) const
    {
        if (error_)
            return std::unexpected(*error_);
        return std::forward<T>(value);
    }

private:
    QJsonValue value(QLatin1StringView key, QJsonValue::Type type, Need need);
    QJsonArray array(QLatin1StringView key, qsizetype maxItems);
    QString pathOf(QLatin1StringView key) const;
    void failAt(DecodeErrorCode code, QString path, QString message);

    const QJsonObject& object_;
    QString path_;
    std::optional<DecodeError> error_;
};

QJsonObject stringMapToJson(const QMap<QString, QString>& map);

template <typename T> QJsonArray toJsonArray(const QList<T>& items)
{
    QJsonArray out;
    for (const T& item : items)
        out.append(item.toJson());
    return out;
}

} // namespace switchboard::protocol
