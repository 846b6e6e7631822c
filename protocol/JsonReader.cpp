#include "protocol/JsonReader.h"

#include "protocol/Limits.h"

namespace switchboard::protocol {

namespace {

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::Bool: return QStringLiteral("true or false");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    default: return QStringLiteral("a value");
    }
}

// JSON numbers are doubles; integers beyond 2^53 cannot be told apart.
constexpr double kMaxExactInteger = 9007199254740992.0;

} // namespace

JsonReader::JsonReader(const QJsonObject& object, QString path)
    : object_(object)
    , path_(std::move(path))
{
}

QString JsonReader::pathOf(QLatin1StringView key) const
{
    return path_.isEmpty() ? QString(key) : path_ + u'.' + key;
}

void JsonReader::failAt(DecodeErrorCode code, QString path, QString message)
{
    if (!error_)
        error_ = DecodeError{code, std::move(path), std::move(message)};
}

void JsonReader::fail(DecodeErrorCode code, QLatin1StringView key, QString message)
{
    failAt(code, pathOf(key), std::move(message));
}

QJsonValue JsonReader::value(QLatin1StringView key, QJsonValue::Type type, Need need)
{
    if (!ok())
        return {};
    const QJsonValue v = object_.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (need == Need::Required)
            fail(DecodeErrorCode::MissingField, key, QStringLiteral("required field is missing"));
        return {};
    }
    if (v.type() != type) {
        fail(DecodeErrorCode::WrongType, key, QStringLiteral("expected ") + typeName(type));
        return {};
    }
    return v;
}

QString JsonReader::string(QLatin1StringView key, qsizetype maxChars, Need need)
{
    const QJsonValue v = value(key, QJsonValue::String, need);
    QString s = v.toString();
    if (s.size() > maxChars) {
        fail(DecodeErrorCode::TooLong, key,
             QStringLiteral("longer than %1 characters").arg(maxChars));
        return {};
    }
    return s;
}

QString JsonReader::id(QLatin1StringView key, Need need)
{
    QString s = string(key, kMaxIdChars, need);
    if (ok() && need == Need::Required && s.isEmpty())
        fail(DecodeErrorCode::OutOfRange, key, QStringLiteral("must not be empty"));
    return s;
}

QUuid JsonReader::uuid(QLatin1StringView key, Need need)
{
    const QString text = string(key, kMaxIdChars, need);
    if (!ok() || text.isEmpty())
        return {};
    const QUuid parsed = QUuid::fromString(text);
    if (parsed.isNull())
        fail(DecodeErrorCode::WrongType, key, QStringLiteral("expected a UUID"));
    return parsed;
}

qint64 JsonReader::integer(QLatin1StringView key, qint64 min, qint64 max, Need need)
{
    const QJsonValue v = value(key, QJsonValue::Double, need);
    if (v.isUndefined())
        return 0;
    const double d = v.toDouble();
    if (d != static_cast<double>(static_cast<qint64>(d)) || d > kMaxExactInteger
        || d < -kMaxExactInteger) {
        fail(DecodeErrorCode::WrongType, key, QStringLiteral("expected a whole number"));
        return 0;
    }
    const auto n = static_cast<qint64>(d);
    if (n < min || n > max) {
        fail(DecodeErrorCode::OutOfRange, key,
             QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        return 0;
    }
    return n;
}

std::optional<qint64> JsonReader::optionalInteger(QLatin1StringView key, qint64 min, qint64 max)
{
    if (!object_.contains(key) || object_.value(key).isNull())
        return std::nullopt;
    const qint64 n = integer(key, min, max, Need::Required);
    return ok() ? std::optional<qint64>(n) : std::nullopt;
}

bool JsonReader::boolean(QLatin1StringView key, Need need)
{
    return value(key, QJsonValue::Bool, need).toBool();
}

QDateTime JsonReader::timestamp(QLatin1StringView key, Need need)
{
    const QString text = string(key, 64, need);
    if (text.isEmpty())
        return {};
    QDateTime time = fromWireTime(text);
    if (!time.isValid())
        fail(DecodeErrorCode::WrongType, key, QStringLiteral("expected an ISO 8601 instant"));
    return time;
}

QJsonArray JsonReader::array(QLatin1StringView key, qsizetype maxItems)
{
    const QJsonArray items = value(key, QJsonValue::Array, Need::Optional).toArray();
    if (items.size() > maxItems) {
        fail(DecodeErrorCode::TooLong, key, QStringLiteral("more than %1 items").arg(maxItems));
        return {};
    }
    return items;
}

QStringList JsonReader::strings(QLatin1StringView key, qsizetype maxItems, qsizetype maxChars)
{
    QStringList out;
    const QJsonArray items = array(key, maxItems);
    for (qsizetype i = 0; i < items.size() && ok(); ++i) {
        const QString itemPath = pathOf(key) + u'.' + QString::number(i);
        if (!items.at(i).isString()) {
            failAt(DecodeErrorCode::WrongType, itemPath, QStringLiteral("expected a string"));
            break;
        }
        QString s = items.at(i).toString();
        if (s.size() > maxChars) {
            failAt(DecodeErrorCode::TooLong, itemPath,
                   QStringLiteral("longer than %1 characters").arg(maxChars));
            break;
        }
        out.append(std::move(s));
    }
    return out;
}

QMap<QString, QString> JsonReader::stringMap(QLatin1StringView key, qsizetype maxEntries,
                                             qsizetype maxChars)
{
    QMap<QString, QString> out;
    const QJsonObject map = object(key, Need::Optional);
    if (map.size() > maxEntries) {
        fail(DecodeErrorCode::TooLong, key, QStringLiteral("more than %1 entries").arg(maxEntries));
        return out;
    }
    for (auto it = map.begin(); it != map.end() && ok(); ++it) {
        const QString entryPath = pathOf(key) + u'.' + it.key();
        if (!it.value().isString()) {
            failAt(DecodeErrorCode::WrongType, entryPath, QStringLiteral("expected a string"));
            break;
        }
        if (it.key().size() > maxChars || it.value().toString().size() > maxChars) {
            failAt(DecodeErrorCode::TooLong, entryPath,
                   QStringLiteral("longer than %1 characters").arg(maxChars));
            break;
        }
        out.insert(it.key(), it.value().toString());
    }
    return out;
}

QJsonObject JsonReader::object(QLatin1StringView key, Need need)
{
    return value(key, QJsonValue::Object, need).toObject();
}

QJsonObject stringMapToJson(const QMap<QString, QString>& map)
{
    QJsonObject out;
    for (auto it = map.begin(); it != map.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace switchboard::protocol
