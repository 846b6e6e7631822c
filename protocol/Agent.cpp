#include "protocol/Agent.h"

#include "protocol/JsonReader.h"
#include "protocol/Limits.h"

#include <QJsonArray>

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

QJsonObject Agent::toJson() const
{
    return {{"id"_L1, id},
            {"name"_L1, name},
            {"role"_L1, wireName(role)},
            {"teams"_L1, QJsonArray::fromStringList(teams)},
            {"presence"_L1, wireName(presence)},
            {"skills"_L1, QJsonArray::fromStringList(skills)},
            {"languages"_L1, QJsonArray::fromStringList(languages)}};
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
