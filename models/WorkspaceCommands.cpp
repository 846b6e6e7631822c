#include "models/WorkspaceCommands.h"

#include "protocol/Limits.h"
#include "protocol/WireTime.h"

using namespace Qt::StringLiterals;

namespace switchboard::models {

namespace CommandType = protocol::CommandType;

namespace {

bool isValidId(const QString& id)
{
    return !id.isEmpty() && id.size() <= protocol::kMaxIdChars;
}

} // namespace

WorkspaceCommands::WorkspaceCommands(QObject* parent)
    : QObject(parent)
{
}

void WorkspaceCommands::setCurrentAgent(const QString& agentId)
{
    agentId_ = agentId;
}

QUuid WorkspaceCommands::addTag(const QString& conversationId, const QString& tag)
{
    const QString name = tag.trimmed();
    if (!isValidId(conversationId) || name.isEmpty() || name.size() > protocol::kMaxTagChars)
        return {};
    return emitCommand(
        CommandType::AddTag, { { u"conversationId"_s, conversationId }, { u"tag"_s, name } });
}

QUuid WorkspaceCommands::removeTag(const QString& conversationId, const QString& tag)
{
    if (!isValidId(conversationId) || tag.isEmpty())
        return {};
    return emitCommand(
        CommandType::RemoveTag, { { u"conversationId"_s, conversationId }, { u"tag"_s, tag } });
}

QUuid WorkspaceCommands::assignTo(const QString& conversationId, const QString& agentId)
{
    if (!isValidId(conversationId) || !isValidId(agentId))
        return {};
    return emitCommand(CommandType::Assign,
        { { u"conversationId"_s, conversationId }, { u"agentId"_s, agentId } });
}

QUuid WorkspaceCommands::assignToMe(const QString& conversationId)
{
    return assignTo(conversationId, agentId_);
}

QUuid WorkspaceCommands::assignToQueue(const QString& conversationId, const QString& queueId)
{
    if (!isValidId(conversationId) || !isValidId(queueId))
        return {};
    return emitCommand(CommandType::Assign,
        { { u"conversationId"_s, conversationId }, { u"queueId"_s, queueId } });
}

QUuid WorkspaceCommands::unassign(const QString& conversationId)
{
    if (!isValidId(conversationId))
        return {};
    return emitCommand(CommandType::Unassign, { { u"conversationId"_s, conversationId } });
}

QUuid WorkspaceCommands::setStatus(
    const QString& conversationId, protocol::ConversationStatus status)
{
    if (!isValidId(conversationId) || status == protocol::ConversationStatus::Snoozed)
        return {};
    return emitCommand(CommandType::SetStatus,
        { { u"conversationId"_s, conversationId }, { u"status"_s, protocol::wireName(status) } });
}

QUuid WorkspaceCommands::setPriority(const QString& conversationId, protocol::Priority priority)
{
    if (!isValidId(conversationId))
        return {};
    return emitCommand(CommandType::SetPriority,
        { { u"conversationId"_s, conversationId },
            { u"priority"_s, protocol::wireName(priority) } });
}

QUuid WorkspaceCommands::snooze(const QString& conversationId, const QDateTime& until)
{
    if (!isValidId(conversationId) || !until.isValid())
        return {};
    return emitCommand(CommandType::Snooze,
        { { u"conversationId"_s, conversationId }, { u"until"_s, protocol::toWireTime(until) } });
}

QUuid WorkspaceCommands::reply(
    const QString& conversationId, protocol::Channel channel, const QString& body)
{
    if (!isValidId(conversationId) || !isValidBody(body))
        return {};
    return emitCommand(CommandType::SendMessage,
        { { u"conversationId"_s, conversationId }, { u"messageId"_s, newMessageId() },
            { u"channel"_s, protocol::wireName(channel) }, { u"body"_s, body } });
}

QUuid WorkspaceCommands::addNote(const QString& conversationId, const QString& body)
{
    if (!isValidId(conversationId) || !isValidBody(body))
        return {};
    return emitCommand(CommandType::AddNote,
        { { u"conversationId"_s, conversationId }, { u"messageId"_s, newMessageId() },
            { u"body"_s, body } });
}

QUuid WorkspaceCommands::updateCustomer(
    const QString& customerId, const QJsonObject& fields, qint64 baseRevision)
{
    if (!isValidId(customerId) || fields.isEmpty())
        return {};
    return emitCommand(CommandType::UpdateCustomer,
        { { u"customerId"_s, customerId }, { u"fields"_s, fields } }, baseRevision);
}

QUuid WorkspaceCommands::setPresence(protocol::Presence presence)
{
    return emitCommand(
        CommandType::SetPresence, { { u"presence"_s, protocol::wireName(presence) } });
}

QUuid WorkspaceCommands::signalViewing(const QString& conversationId)
{
    if (!isValidId(conversationId))
        return {};
    return emitCommand(CommandType::SignalViewing, { { u"conversationId"_s, conversationId } });
}

QUuid WorkspaceCommands::signalTyping(const QString& conversationId)
{
    if (!isValidId(conversationId))
        return {};
    return emitCommand(CommandType::SignalTyping, { { u"conversationId"_s, conversationId } });
}

QUuid WorkspaceCommands::emitCommand(
    QLatin1StringView type, QJsonObject payload, std::optional<qint64> baseRevision)
{
    const protocol::Command command
        = protocol::Command::make(type, std::move(payload), baseRevision);
    Q_EMIT commandReady(command);
    return command.id;
}

QString WorkspaceCommands::newMessageId()
{
    // "msg-c-": made by a client, so it can never clash with a server-made id.
    return u"msg-c-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool WorkspaceCommands::isValidBody(const QString& body)
{
    return !body.trimmed().isEmpty() && body.size() <= protocol::kMaxBodyChars;
}

} // namespace switchboard::models
