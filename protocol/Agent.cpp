#include "protocol/Agent.h"

#include "protocol/JsonObjectWriter.h"
#include "protocol/JsonReader.h"
#include "protocol/Limits.h"

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

QJsonObject Agent::toJson() const
{
    JsonObjectWriter w;
    w.addString("id"_L1, id);
    w.addString("name"_L1, name);
    w.addString("role"_L1, wireName(role));
    w.addStrings("teams"_L1, teams);
    w.addString("presence"_L1, wireName(presence));
    w.addStrings("skills"_L1, skills);
    w.addStrings("languages"_L1, languages);
    return w.toObject();
}

std::expected<Agent, DecodeError> Agent::fromJson(const QJsonObject& json, const QString& path)
{
    JsonReader r(json, path);
    Agent a;
    a.id = r.id("id"_L1);
    a.name = r.string("name"_L1, kMaxNameChars);
    a.role = r.enumeration("role"_L1, AgentRole::Agent, Need::Required);
    a.teams = r.strings("teams"_L1, kMaxListItems, kMaxNameChars);
    a.presence = r.enumeration("presence"_L1, Presence::Offline, Need::Optional);
    a.skills = r.strings("skills"_L1, kMaxListItems, kMaxNameChars);
    a.languages = r.strings("languages"_L1, kMaxListItems, kMaxNameChars);
    return r.finish(std::move(a));
}

} // namespace switchboard::protocol
