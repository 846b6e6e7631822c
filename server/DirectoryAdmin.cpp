#include "server/DirectoryAdmin.h"

#include "protocol/Agent.h"
#include "protocol/Limits.h"
#include "protocol/Queue.h"
#include "protocol/Tag.h"
#include "server/EntityKind.h"
#include "server/PasswordHasher.h"

#include <QDateTime>
#include <QRegularExpression>

namespace switchboard::server {

using namespace Qt::StringLiterals;
namespace EventType = protocol::EventType;

namespace {

std::expected<QString, AdminError> checkedId(
    const CliArguments& args, const QString& option, const QString& fallback = {})
{
    const QString value = args.value(option, fallback);
    static const QRegularExpression idPattern(u"^[A-Za-z0-9][A-Za-z0-9._@-]*$"_s);
    if (value.isEmpty())
        return std::unexpected(AdminError::usage(u"--%1 is required"_s.arg(option)));
    if (value.size() > protocol::kMaxIdChars || !idPattern.match(value).hasMatch())
        return std::unexpected(AdminError::usage(
            u"--%1 \"%2\" must be letters, digits, '.', '_', '@' or '-', at most %3 characters"_s
                .arg(option, value, QString::number(protocol::kMaxIdChars))));
    return value;
}

std::expected<QString, AdminError> checkedName(const CliArguments& args, const QString& option)
{
    const QString value = args.value(option).trimmed();
    if (value.isEmpty())
        return std::unexpected(AdminError::usage(u"--%1 is required"_s.arg(option)));
    if (value.size() > protocol::kMaxNameChars)
        return std::unexpected(AdminError::usage(
            u"--%1 is longer than %2 characters"_s.arg(option).arg(protocol::kMaxNameChars)));
    return value;
}

PendingEvent eventOf(QLatin1StringView type, const QString& entity, const QJsonObject& payload)
{
    return PendingEvent { QString(type), entity, payload, QDateTime::currentDateTimeUtc() };
}

} // namespace

DirectoryAdmin::DirectoryAdmin(ServerStorage& storage)
    : storage_(storage)
{
}

AdminResult DirectoryAdmin::commit(const WriteBatch& batch, const QString& done)
{
    if (auto committed = storage_.commit(batch); !committed)
        return std::unexpected(
            AdminError::refused(u"nothing written: "_s + committed.error().message));
    return done;
}

AdminResult DirectoryAdmin::addUser(
    const CliArguments& args, const QString& password, PasswordCost cost)
{
    auto username = checkedId(args, u"username"_s);
    if (!username)
        return std::unexpected(username.error());
    auto agentId = checkedId(args, u"agent-id"_s, *username);
    auto name = checkedName(args, u"name"_s);
    if (!agentId || !name)
        return std::unexpected(!agentId ? agentId.error() : name.error());
    const auto role = protocol::fromWireName<protocol::AgentRole>(args.value(u"role"_s));
    if (!role)
        return std::unexpected(
            AdminError::usage(u"--role must be agent, lead, trainer or admin, not \"%1\""_s.arg(
                args.value(u"role"_s))));
    QStringList teams;
    for (const QString& team : args.value(u"teams"_s).split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = team.trimmed();
        if (trimmed.size() > protocol::kMaxNameChars)
            return std::unexpected(AdminError::usage(u"a team name is over 200 characters"_s));
        if (!trimmed.isEmpty() && !teams.contains(trimmed))
            teams.append(trimmed);
    }
    if (password.isEmpty() || password.size() > protocol::kMaxPasswordChars)
        return std::unexpected(AdminError::refused(
            u"the password (one line on stdin) must have 1 to 256 characters"_s));
    auto byName = storage_.user(*username);
    auto byAgent = storage_.userByAgent(*agentId);
    if (!byName || !byAgent)
        return std::unexpected(
            AdminError::refused((!byName ? byName.error() : byAgent.error()).message));
    if (*byName)
        return std::unexpected(AdminError::refused(u"user \"%1\" exists already"_s.arg(*username)));
    if (*byAgent)
        return std::unexpected(AdminError::refused(
            u"agent id \"%1\" belongs to user \"%2\""_s.arg(*agentId, (*byAgent)->username)));
    auto hash = PasswordHasher(cost).hash(password);
    if (!hash)
        return std::unexpected(AdminError::refused(hash.error()));

    // A desktop-visible agent: keep what an earlier snapshot knew (skills, presence).
    protocol::Agent agent;
    auto stored
        = storage_.entity(QString(protocol::kLiveSpace), QString(EntityKind::Agent), *agentId);
    if (stored && *stored) {
        if (auto decoded = protocol::Agent::fromJson(**stored))
            agent = *decoded;
    }
    agent.id = *agentId;
    agent.name = *name;
    agent.role = *role;
    agent.teams = teams;
    WriteBatch batch;
    batch.space = QString(protocol::kLiveSpace);
    batch.teams = teams;
    batch.newUsers.append(UserRecord { *username, *agentId, *name, *role, teams, *hash });
    batch.events.append(eventOf(EventType::AgentUpserted, agent.id, agent.toJson()));
    return commit(batch,
        u"added user %1 (agent %2, %3)\n"_s.arg(*username, *agentId, protocol::wireName(*role)));
}

AdminResult DirectoryAdmin::listUsers()
{
    auto users = storage_.users();
    if (!users)
        return std::unexpected(AdminError::refused(users.error().message));
    QString out;
    for (const UserRecord& user : *users)
        out += u"%1\t%2\t%3\t%4\t%5\n"_s.arg(user.username, user.agentId,
            protocol::wireName(user.role), user.teams.join(u','), user.name);
    return out;
}

AdminResult DirectoryAdmin::addTeam(const CliArguments& args)
{
    auto name = checkedName(args, u"name"_s);
    if (!name)
        return std::unexpected(name.error());
    auto teams = storage_.teams();
    if (!teams)
        return std::unexpected(AdminError::refused(teams.error().message));
    if (teams->contains(*name))
        return std::unexpected(AdminError::refused(u"team \"%1\" exists already"_s.arg(*name)));
    WriteBatch batch;
    batch.space = QString(protocol::kLiveSpace);
    batch.teams.append(*name);
    return commit(batch, u"added team %1\n"_s.arg(*name));
}

AdminResult DirectoryAdmin::listTeams()
{
    auto teams = storage_.teams();
    if (!teams)
        return std::unexpected(AdminError::refused(teams.error().message));
    return teams->isEmpty() ? QString() : teams->join(u'\n') + u'\n';
}

AdminResult DirectoryAdmin::addQueue(const CliArguments& args)
{
    auto id = checkedId(args, u"id"_s);
    auto name = checkedName(args, u"name"_s);
    if (!id || !name)
        return std::unexpected(!id ? id.error() : name.error());
    auto sla = args.integer(u"sla-minutes"_s, 60, 1, 60 * 24 * 365);
    if (!sla)
        return std::unexpected(AdminError::usage(sla.error()));
    const protocol::Queue queue { *id, *name, args.value(u"team"_s).trimmed(), *sla };
    WriteBatch batch;
    batch.space = QString(protocol::kLiveSpace);
    if (!queue.team.isEmpty())
        batch.teams.append(queue.team);
    batch.events.append(eventOf(EventType::QueueUpserted, queue.id, queue.toJson()));
    return commit(batch, u"saved queue %1\n"_s.arg(queue.id));
}

AdminResult DirectoryAdmin::listQueues()
{
    auto queues
        = storage_.entitiesOfKind(QString(protocol::kLiveSpace), QString(EntityKind::Queue));
    if (!queues)
        return std::unexpected(AdminError::refused(queues.error().message));
    QString out;
    for (const StoredEntity& entity : *queues) {
        auto queue = protocol::Queue::fromJson(entity.payload);
        if (queue)
            out += u"%1\t%2\t%3\n"_s.arg(queue->id, queue->name, queue->team);
    }
    return out;
}

AdminResult DirectoryAdmin::addTag(const CliArguments& args)
{
    const QString name = args.value(u"name"_s).trimmed();
    if (name.isEmpty() || name.size() > protocol::kMaxTagChars)
        return std::unexpected(AdminError::usage(u"--name must have 1 to 64 characters"_s));
    static const QRegularExpression colourPattern(u"^#[0-9a-fA-F]{6}$"_s);
    const QString colour = args.value(u"colour"_s);
    if (!colourPattern.match(colour).hasMatch())
        return std::unexpected(
            AdminError::usage(u"--colour must look like #d9534f, not \"%1\""_s.arg(colour)));
    auto category = checkedName(args, u"category"_s);
    if (!category)
        return std::unexpected(category.error());
    const protocol::Tag tag { name, colour.toLower(), *category };
    WriteBatch batch;
    batch.space = QString(protocol::kLiveSpace);
    batch.events.append(eventOf(EventType::TagUpserted, tag.name, tag.toJson()));
    return commit(batch, u"saved tag %1\n"_s.arg(tag.name));
}

AdminResult DirectoryAdmin::listTags()
{
    auto tags = storage_.entitiesOfKind(QString(protocol::kLiveSpace), QString(EntityKind::Tag));
    if (!tags)
        return std::unexpected(AdminError::refused(tags.error().message));
    QString out;
    for (const StoredEntity& entity : *tags) {
        auto tag = protocol::Tag::fromJson(entity.payload);
        if (tag)
            out += u"%1\t%2\t%3\n"_s.arg(tag->name, tag->colour, tag->category);
    }
    return out;
}

} // namespace switchboard::server
