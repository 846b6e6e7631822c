// Everything the server keeps, behind one interface so that a PostgreSQL implementation
// can sit beside the SQLite one: per space, the append-only event log with its gap-free seq,
// the latest snapshot of every entity (what commands are checked against and what a resync
// sends), per-field revisions of customers (for conflicts) and the answer to every command
// id (for idempotency); and the accounts: users, teams and login tokens.
//
// Beside them it keeps indexes derived from the snapshots, so that nothing on a hot path
// reads JSON in bulk: each customer's phones (caller identification), each customer's
// latest messages, feedback and unresolved conversations (the call pop's profile), and the
// snoozed conversations by the time they wake.
//
// Every write is one WriteBatch committed in one transaction: either all of it is durable
// when commit() returns, or none of it is there. Implementations are not thread-safe: one
// instance per thread.
#pragma once

#include "protocol/Enums.h"
#include "protocol/Event.h"
#include "server/CtiStorage.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <optional>

namespace switchboard::server {

using store::StoreResult;

// An event before it has a seq. The entity row it touches follows from its type (see
// EntityKind.h): an upsert or added event replaces the entity's snapshot, tag.deleted
// removes the tag, customer.merged removes the merged customer.
struct PendingEvent {
    QString type;
    QString entity;
    QJsonObject payload;
    QDateTime at;
};

// A new snapshot of an entity that is not an event of its own (a conversation that moved to
// the survivor of a merge): the entity keeps its seq, so snapshots stay one per seq.
struct EntityRewrite {
    QString kind;
    QString id;
    QJsonObject payload;
};

// The customer revision at which a field last changed.
struct FieldRevision {
    QString customerId;
    QString field;
    qint64 revision = 0;
};

// The answer to a command, remembered with its id. With no `reject` the command was
// accepted, and the stored answer is an ack with the seq of the batch's last event (0 when
// the batch has no event).
struct CommandRecord {
    QUuid id;
    QString agentId;
    std::optional<QJsonObject> reject; // the reject frame, when refused
};

struct UserRecord {
    QString username;
    QString agentId;
    QString name;
    protocol::AgentRole role = protocol::AgentRole::Agent;
    QStringList teams;
    QString passwordHash; // crypto_pwhash_str output
};

struct TokenRecord {
    QString username;
    QDateTime expiresAt;
};

struct WriteBatch {
    QString space;
    QList<PendingEvent> events;
    QList<EntityRewrite> rewrites;
    QList<FieldRevision> fieldRevisions;
    std::optional<CommandRecord> command;
    QList<UserRecord> newUsers;
    QStringList teams; // created if missing
    std::optional<CtiCallRecord> call; // a call's record, saved with the events it caused
};

struct StoredEntity {
    QString kind;
    QString id;
    QJsonObject payload;
};

// What the call pop reads of a customer, newest first: messages by sentAt, feedback by
// createdAt, conversations that are not resolved by updatedAt.
enum class RecentKind { Message, Feedback, OpenConversation };

// A snoozed conversation whose time has come.
struct DueSnooze {
    QString space;
    QString conversationId;
};

class ServerStorage {
public:
    // Hands each event of a long stream to `append`, in order.
    using EventProducer = std::function<void(const std::function<void(PendingEvent&&)>& append)>;

    virtual ~ServerStorage() = default;

    // Writes the batch in one transaction; returns its events with their seqs.
    virtual StoreResult<QList<protocol::Event>> commit(const WriteBatch& batch) = 0;
    // The same for a stream of events too long to hold (seeding): `batch` and every event
    // `produce` hands over, in one transaction. Returns the number of events appended.
    virtual StoreResult<qint64> commitStream(const WriteBatch& batch, const EventProducer& produce)
        = 0;

    virtual StoreResult<bool> spaceExists(const QString& space) = 0;
    virtual StoreResult<qint64> currentSeq(const QString& space) = 0;
    // Events with afterSeq < seq <= uptoSeq, in order, at most `limit`.
    virtual StoreResult<QList<protocol::Event>> events(
        const QString& space, qint64 afterSeq, qint64 uptoSeq, qsizetype limit)
        = 0;
    // The latest state of entities whose last seq is in (afterSeq, uptoSeq], by seq, at most
    // `limit`, as the events a resync sends.
    virtual StoreResult<QList<protocol::Event>> snapshot(
        const QString& space, qint64 afterSeq, qint64 uptoSeq, qsizetype limit)
        = 0;
    virtual StoreResult<std::optional<QJsonObject>> entity(
        const QString& space, const QString& kind, const QString& id)
        = 0;
    virtual StoreResult<QList<StoredEntity>> entitiesOfKind(
        const QString& space, const QString& kind)
        = 0;
    // Conversations, messages, orders and feedback of a customer.
    virtual StoreResult<QList<StoredEntity>> entitiesOfCustomer(
        const QString& space, const QString& customerId)
        = 0;
    // The customer's latest entities of one kind (payloads), newest first, at most `limit`;
    // one indexed read whatever the customer's history.
    virtual StoreResult<QList<QJsonObject>> recentOfCustomer(const QString& space,
        const QString& customerId, RecentKind kind, qsizetype limit)
        = 0;
    // Snoozed conversations of every space whose snoozedUntil is at or before `now`, the
    // earliest first, at most `limit`.
    virtual StoreResult<QList<DueSnooze>> dueSnoozes(const QDateTime& now, qsizetype limit) = 0;
    virtual StoreResult<QHash<QString, qint64>> fieldRevisions(
        const QString& space, const QString& customerId)
        = 0;
    // The frame a command id was answered with, if it was seen before.
    virtual StoreResult<std::optional<QJsonObject>> commandAnswer(const QUuid& id) = 0;

    virtual StoreResult<std::optional<UserRecord>> user(const QString& username) = 0;
    virtual StoreResult<std::optional<UserRecord>> userByAgent(const QString& agentId) = 0;
    virtual StoreResult<QList<UserRecord>> users() = 0;
    virtual StoreResult<QStringList> teams() = 0;
    virtual StoreResult<> saveToken(const QByteArray& tokenHash, const TokenRecord& token) = 0;
    virtual StoreResult<std::optional<TokenRecord>> token(const QByteArray& tokenHash) = 0;

    // The CTI webhook's tables, and the phone index kept with every customer snapshot.
    virtual CtiStorage& cti() = 0;

    // Reads and writes a row, so a health probe knows the storage really works.
    virtual StoreResult<> probe() = 0;
    // "ok" when the file is sound.
    virtual StoreResult<QString> integrityCheck() = 0;
};

} // namespace switchboard::server
