// Turns what the agent does in the workspace (tag, assign, change status, reply, note...)
// into protocol::Commands with a client-made id, and hands each out through one signal,
// commandReady, which the application connects to the sync client. It checks only what
// the protocol's limits say (empty or too long text); the server decides what is allowed.
// It never writes to the store or talks to a socket itself.
#pragma once

#include "protocol/Command.h"
#include "protocol/Enums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QUuid>

namespace switchboard::models {

class WorkspaceCommands : public QObject {
    Q_OBJECT
public:
    explicit WorkspaceCommands(QObject* parent = nullptr);

    void setCurrentAgent(const QString& agentId);
    const QString& currentAgent() const { return agentId_; }

    // Each returns the id of the command it made, or a null QUuid when the intent was not
    // valid (and nothing was emitted).
public Q_SLOTS:
    QUuid addTag(const QString& conversationId, const QString& tag);
    QUuid removeTag(const QString& conversationId, const QString& tag);
    QUuid assignTo(const QString& conversationId, const QString& agentId);
    QUuid assignToMe(const QString& conversationId);
    QUuid assignToQueue(const QString& conversationId, const QString& queueId);
    QUuid unassign(const QString& conversationId);
    // Open, Pending or Resolved; snoozing goes through snooze(), which needs a time.
    QUuid setStatus(const QString& conversationId, protocol::ConversationStatus status);
    QUuid setPriority(const QString& conversationId, protocol::Priority priority);
    QUuid snooze(const QString& conversationId, const QDateTime& until);
    QUuid reply(const QString& conversationId, protocol::Channel channel, const QString& body);
    QUuid addNote(const QString& conversationId, const QString& body);
    // `fields` holds only the edited fields; `baseRevision` is the revision they were
    // edited on, for the server's conflict check.
    QUuid updateCustomer(const QString& customerId, const QJsonObject& fields, qint64 baseRevision);
    QUuid setPresence(protocol::Presence presence);
    // Collision hints; not queued and not acknowledged.
    QUuid signalViewing(const QString& conversationId);
    QUuid signalTyping(const QString& conversationId);

Q_SIGNALS:
    void commandReady(const protocol::Command& command);

private:
    QUuid emitCommand(QLatin1StringView type, QJsonObject payload,
        std::optional<qint64> baseRevision = std::nullopt);
    static QString newMessageId();
    static bool isValidBody(const QString& body);

    QString agentId_;
};

} // namespace switchboard::models
