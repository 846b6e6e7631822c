#include "protocol/Tag.h"

#include "protocol/JsonObjectWriter.h"
#include "protocol/JsonReader.h"
#include "protocol/Limits.h"

#include <QRegularExpression>

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

QJsonObject Tag::toJson() const
{
    JsonObjectWriter w;
    w.addString("name"_L1, name);
    w.addString("colour"_L1, colour);
    w.addString("category"_L1, category);
    return w.toObject();
}

std::expected<Tag, DecodeError> Tag::fromJson(const QJsonObject& json, const QString& path)
{
    static const QRegularExpression kColour(u"^#[0-9a-fA-F]{6}$"_s);
    JsonReader r(json, path);
    Tag t;
    t.name = r.string("name"_L1, kMaxTagChars);
    t.colour = r.string("colour"_L1, 7, Need::Optional);
    t.category = r.string("category"_L1, kMaxNameChars, Need::Optional);
    if (r.ok() && t.name.trimmed().isEmpty())
        r.fail(DecodeErrorCode::OutOfRange, "name"_L1, u"a tag needs a name"_s);
    if (r.ok() && !t.colour.isEmpty() && !kColour.match(t.colour).hasMatch())
        r.fail(DecodeErrorCode::OutOfRange, "colour"_L1, u"expected #rrggbb"_s);
    return r.finish(std::move(t));
}

} // namespace switchboard::protocol
