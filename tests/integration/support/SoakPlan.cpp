#include "SoakPlan.h"

#include "store/Database.h"
#include "store/Store.h"

#include <sqlite3.h>

namespace switchboard::testing {

using namespace Qt::StringLiterals;
namespace CommandType = protocol::CommandType;

namespace {

constexpr int kAgents = 8;
constexpr int kTagNames = 5; // few enough that no conversation nears its 32-tag limit
constexpr int kKinds = 8;

std::expected<QList<QStringList>, QString> rows(store::Store& store, const char* sql)
{
    sqlite3* db = store.database().handle();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return std::unexpected(QString::fromUtf8(sqlite3_errmsg(db)));
    QList<QStringList> out;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        QStringList row;
        for (int c = 0; c < sqlite3_column_count(statement); ++c)
            row << QString::fromUtf8(
                reinterpret_cast<const char*>(sqlite3_column_text(statement, c)));
        out << row;
    }
    sqlite3_finalize(statement);
    return out;
}

QJsonObject on(const QString& conversationId, QJsonObject fields)
{
    fields.insert("conversationId"_L1, conversationId);
    return fields;
}

} // namespace

std::expected<SoakPlan, QString> SoakPlan::fromStore(store::Store& store, const QString& runId)
{
    auto conversations = rows(store, "SELECT id, channel FROM conversations ORDER BY id LIMIT 24");
    if (!conversations)
        return std::unexpected(conversations.error());
    auto agents = rows(store, "SELECT id FROM agents WHERE id LIKE 'agent-%' ORDER BY id LIMIT 8");
    if (!agents)
        return std::unexpected(agents.error());
    if (conversations->size() < kConversations || agents->size() < kAgents)
        return std::unexpected(u"the cache holds %1 conversations and %2 agents; a soak run "
                               "needs %3 and %4"_s.arg(QString::number(conversations->size()),
                                   QString::number(agents->size()), QString::number(kConversations),
                                   QString::number(kAgents)));
    SoakPlan plan;
    plan.runId_ = runId;
    for (const QStringList& row : std::as_const(*conversations))
        plan.targets_.append({ row.at(0), row.at(1) });
    for (const QStringList& row : std::as_const(*agents))
        plan.agents_.append(row.at(0));
    return plan;
}

QUuid SoakPlan::commandId(const QString& runId, int index)
{
    static const QUuid kNamespace(u"3d1f4a52-8c0e-4b6f-9a7d-2e5c1b0f9a31"_s);
    return QUuid::createUuidV5(kNamespace, runId + u'/' + QString::number(index));
}

QString SoakPlan::messageIdOf(int index) const
{
    const int kind = index % kKinds;
    if (kind != 0 && kind != 3 && kind != 7)
        return {};
    return u"msg-soak-%1-%2"_s.arg(runId_, QString::number(index));
}

protocol::Command SoakPlan::command(int index) const
{
    // Spread over the conversations so that all clients hit the same ones at once.
    const SoakTarget& target = targets_.at((index * 7 + index / kKinds) % targets_.size());
    const QString& conversation = target.conversationId;
    static const QStringList statuses { u"open"_s, u"pending"_s, u"resolved"_s };
    static const QStringList priorities { u"low"_s, u"normal"_s, u"high"_s, u"urgent"_s };
    const QString tag = u"soak-%1"_s.arg(index % kTagNames);
    const QString body = u"soak %1 #%2"_s.arg(runId_, QString::number(index));
    protocol::Command command;
    switch (index % kKinds) {
    case 0:
    case 7:
        command = protocol::Command::make(CommandType::AddNote,
            on(conversation, { { "messageId"_L1, messageIdOf(index) }, { "body"_L1, body } }));
        break;
    case 1:
        command
            = protocol::Command::make(CommandType::AddTag, on(conversation, { { "tag"_L1, tag } }));
        break;
    case 2:
        command = protocol::Command::make(CommandType::SetStatus,
            on(conversation, { { "status"_L1, statuses.at((index / kKinds) % statuses.size()) } }));
        break;
    case 3:
        command = protocol::Command::make(CommandType::SendMessage,
            on(conversation,
                { { "messageId"_L1, messageIdOf(index) }, { "channel"_L1, target.channel },
                    { "body"_L1, body } }));
        break;
    case 4:
        command = protocol::Command::make(
            CommandType::RemoveTag, on(conversation, { { "tag"_L1, tag } }));
        break;
    case 5:
        command = protocol::Command::make(CommandType::SetPriority,
            on(conversation,
                { { "priority"_L1, priorities.at((index / kKinds) % priorities.size()) } }));
        break;
    default:
        command = protocol::Command::make(CommandType::Assign,
            on(conversation, { { "agentId"_L1, agents_.at((index / kKinds) % agents_.size()) } }));
        break;
    }
    command.id = commandId(runId_, index);
    return command;
}

} // namespace switchboard::testing
