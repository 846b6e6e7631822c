// Builds a QJsonObject by writing its members as compact JSON text and parsing that text once.
//
// Why not QJsonObject::insert(): every string it stores passes through two temporary
// QCborValue containers (QJsonValue(QString), then QCborValue::fromJsonValue()) before it is
// copied in, some seven allocations a field, which made an entity's toJson() cost 5-17 µs.
// Qt's parser appends straight into the object's storage; writing and parsing is 2-4 times
// faster than inserting.
//
// The result is what insert() would have built, down to the text QJsonDocument writes for it:
// strings are escaped as Qt's writer escapes them (and U+FEFF too, which a parse would drop at
// the start of a string), numbers spelt as Qt spells the double, and a string map whose keys
// Qt would order differently after a parse is inserted instead. Only numbers beyond 2^53, which
// the protocol never carries, may come out spelt differently: "1e+16" as "10000000000000000".
// Member order is the caller's; the parse sorts keys as QJsonObject always does.
//
// A writer builds one object and may not be reused; keys must be unique.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>
#include <utility>

namespace switchboard::protocol {

class JsonObjectWriter {
public:
    JsonObjectWriter();

    void addString(QLatin1StringView key, QStringView value);
    // Written as the double QJsonValue would hold, as the protocol's numbers always were.
    void addNumber(QLatin1StringView key, qint64 value);
    // Nothing when absent, so optional values round-trip as absent.
    void addOptionalNumber(QLatin1StringView key, const std::optional<qint64>& value);
    // The wire form of the instant; nothing when `time` is invalid.
    void addTime(QLatin1StringView key, const QDateTime& time);
    void addStrings(QLatin1StringView key, const QStringList& values);
    // Top level only, as it may be inserted after the parse (see above).
    void addStringMap(QLatin1StringView key, const QMap<QString, QString>& map);

    // A nested object whose members `write(writer)` adds.
    template <typename Write> void addObject(QLatin1StringView key, Write write)
    {
        beginMember(key);
        beginObject();
        write(*this);
        endObject();
    }

    // An array of objects; `write(writer, item)` adds the members of each.
    template <typename T, typename Write>
    void addObjects(QLatin1StringView key, const QList<T>& items, Write write)
    {
        beginMember(key);
        text_ += '[';
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i > 0)
                text_ += ',';
            beginObject();
            write(*this, items.at(i));
            endObject();
        }
        text_ += ']';
    }

    // An object that already exists is inserted after the parse rather than written out,
    // because writing and re-parsing it would cost more than the insert. Top level only.
    void addJsonObject(QLatin1StringView key, const QJsonObject& object);

    QJsonObject toObject();

private:
    void beginMember(QLatin1StringView key);
    void beginObject();
    void endObject();

    QByteArray text_;
    bool firstMember_ = true;
    int depth_ = 0;
    QList<std::pair<QLatin1StringView, QJsonObject>> objects_;
};

} // namespace switchboard::protocol
