#include "protocol/Queue.h"

#include "protocol/JsonObjectWriter.h"
#include "protocol/JsonReader.h"
#include "protocol/Limits.h"

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMaxSlaMinutes = 90LL * 24 * 60;
}

QJsonObject Queue::toJson() const
{
    JsonObjectWriter w;
    w.addString("id"_L1, id);
    w.addString("name"_L1, name);
    w.addString("team"_L1, team);
    w.addNumber("slaMinutes"_L1, slaMinutes);
    return w.toObject();
}

std::expected<Queue, DecodeError> Queue::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader r(json, path);
    Queue q;
    q.id = r.id("id"_L1);
    q.name = r.string("name"_L1, kMaxNameChars);
    q.team = r.string("team"_L1, kMaxNameChars, Need::Optional);
    q.slaMinutes = r.integer("slaMinutes"_L1, 1, kMaxSlaMinutes, Need::Optional);
    if (!json.contains("slaMinutes"_L1))
        q.slaMinutes = 60;
    return r.finish(std::move(q));
}

} // namespace switchboard::protocol
