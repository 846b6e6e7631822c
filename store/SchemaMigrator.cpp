#include "store/SchemaMigrator.h"

#include "store/CustomerRepository.h"
#include "store/Database.h"
#include "store/MessageRepository.h"
#include "store/SearchIndex.h"
#include "store/Transaction.h"

namespace switchboard::store {

using namespace Qt::StringLiterals;

namespace {

// Messages, orders, conversations and feedback name their customer and conversation
// without foreign keys: the cache holds what the server sent, in the order it sent it,
// and a message may arrive for a conversation this desktop was never sent. Only the
// rows that belong to one parent and live and die with it (phones, emails, a
// conversation's tags) are tied to it with ON DELETE CASCADE.
constexpr const char* kCoreTables = R"sql(
CREATE TABLE customers (
    id TEXT PRIMARY KEY NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    company TEXT NOT NULL,
    language TEXT NOT NULL,
    segment TEXT NOT NULL,
    lifetime_value_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    social_handles TEXT,        -- JSON array, NULL when none
    preferences TEXT,           -- JSON object, NULL when none
    notes TEXT NOT NULL,
    tags TEXT,                  -- JSON array, NULL when none
    last_contact_at INTEGER,    -- UTC ms since the epoch, here and in every *_at column
    created_at INTEGER,
    updated_at INTEGER,
    revision INTEGER NOT NULL
);

CREATE TABLE customer_phones (
    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    number TEXT NOT NULL,       -- as typed, or as the PBX sent it
    e164 TEXT,                  -- NULL when it could not be normalised
    label TEXT NOT NULL,
    PRIMARY KEY (customer_id, position)
) WITHOUT ROWID;
-- Call pop: the caller's E.164 number to the customers who have it.
CREATE INDEX customer_phones_e164 ON customer_phones(e164) WHERE e164 IS NOT NULL;

-- No index on email: a customer is found by email through the search index, and a
-- B-tree over addresses in random order would slow a full sync more than it ever saves.
CREATE TABLE customer_emails (
    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    email TEXT NOT NULL,
    PRIMARY KEY (customer_id, position)
) WITHOUT ROWID;

CREATE TABLE orders (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL,
    placed_at INTEGER NOT NULL,
    amount_minor INTEGER NOT NULL,
    currency TEXT NOT NULL,
    status TEXT NOT NULL,
    items TEXT                  -- JSON array of order lines
);
CREATE INDEX orders_customer ON orders(customer_id, placed_at);

CREATE TABLE conversations (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    subject TEXT NOT NULL,
    status TEXT NOT NULL,
    priority TEXT NOT NULL,
    queue_id TEXT,              -- NULL: in no queue
    assignee_id TEXT,           -- NULL: unassigned
    created_at INTEGER,
    updated_at INTEGER,
    first_response_at INTEGER,
    resolved_at INTEGER,
    sla_due_at INTEGER,
    snoozed_until INTEGER,
    revision INTEGER NOT NULL
);
-- The inbox views: by status, by assignee (mine, unassigned), by queue, and everything
-- by last update; each newest first.
CREATE INDEX conversations_status ON conversations(status, updated_at);
CREATE INDEX conversations_assignee ON conversations(assignee_id, updated_at);
CREATE INDEX conversations_queue ON conversations(queue_id, updated_at);
CREATE INDEX conversations_updated ON conversations(updated_at);
CREATE INDEX conversations_customer ON conversations(customer_id, updated_at);

CREATE TABLE conversation_tags (
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (conversation_id, tag)
) WITHOUT ROWID;
CREATE INDEX conversation_tags_tag ON conversation_tags(tag);

CREATE TABLE messages (
    id TEXT PRIMARY KEY NOT NULL,
    conversation_id TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    direction TEXT NOT NULL,
    author_id TEXT,
    author_name TEXT NOT NULL,
    channel TEXT NOT NULL,
    body TEXT NOT NULL,
    sent_at INTEGER NOT NULL,
    call_duration_seconds INTEGER,  -- NULL unless the message is a phone call
    call_disposition TEXT,
    call_recording_ref TEXT
);
-- A customer's timeline across all conversations, paged by (sent_at, id).
CREATE INDEX messages_timeline ON messages(customer_id, sent_at, id);
CREATE INDEX messages_conversation ON messages(conversation_id, sent_at, id);

CREATE TABLE feedback (
    id TEXT PRIMARY KEY NOT NULL,
    customer_id TEXT NOT NULL,
    conversation_id TEXT,
    csat INTEGER,
    nps INTEGER,
    ces INTEGER,
    comment TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX feedback_customer ON feedback(customer_id, created_at);
CREATE INDEX feedback_conversation ON feedback(conversation_id)
    WHERE conversation_id IS NOT NULL;

CREATE TABLE tags (
    name TEXT PRIMARY KEY NOT NULL,
    colour TEXT NOT NULL,
    category TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE agents (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    teams TEXT,                 -- JSON arrays, NULL when empty
    presence TEXT NOT NULL,
    skills TEXT,
    languages TEXT
);

CREATE TABLE queues (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    team TEXT NOT NULL,
    sla_minutes INTEGER NOT NULL
);

CREATE TABLE sync_cursors (
    space TEXT PRIMARY KEY NOT NULL,
    seq INTEGER NOT NULL        -- the last event applied
) WITHOUT ROWID;

-- Commands made here and not yet answered. AUTOINCREMENT: a seq is never reused, so the
-- order commands were made in survives deletes from the middle.
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    command_id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    payload TEXT NOT NULL,      -- JSON object, sent as stored
    base_revision INTEGER,
    entity_kind TEXT,           -- what the optimistic effect touched; NULL: nothing
    entity_id TEXT,
    before_image TEXT,          -- JSON object: the touched fields before the effect
    enqueued_at INTEGER NOT NULL
);
CREATE INDEX outbox_entity ON outbox(entity_kind, entity_id, seq);
)sql";

} // namespace

SchemaMigrator::SchemaMigrator(Database& db)
    : db_(db)
{
}

StoreResult<> SchemaMigrator::migrate(qint64 target)
{
    Q_ASSERT(target <= kLatestVersion);
    for (;;) {
        auto transaction = Transaction::begin(db_);
        if (!transaction)
            return std::unexpected(transaction.error());
        // Read under the write lock: another process may have migrated the file since.
        auto version = db_.userVersion();
        if (!version)
            return std::unexpected(version.error());
        if (*version > kLatestVersion)
            return std::unexpected(StoreError::of(
                StoreErrorKind::SchemaTooNew,
                u"%1 was written by a newer version of Switchboard (schema %2; this version "
                "reads up to %3). Update Switchboard, or remove the file to sync it anew."_s
                    .arg(db_.path(), QString::number(*version),
                         QString::number(kLatestVersion))));
        if (*version >= target)
            return {};
        const qint64 next = *version + 1;
        if (auto done = runStep(next); !done)
            return std::unexpected(StoreError{
                done.error().code,
                u"schema migration to version %1 failed: %2"_s.arg(QString::number(next),
                                                                   done.error().message),
                done.error().kind});
        if (auto done = db_.setUserVersion(next); !done)
            return done;
        if (auto done = transaction->commit(); !done)
            return done;
    }
}

StoreResult<> SchemaMigrator::runStep(qint64 version)
{
    switch (version) {
    case 1: return createCoreTables();
    case 2: return createSearchIndex();
    case 3: return rebuildSearchFts();
    default: break;
    }
    return std::unexpected(StoreError::of(StoreErrorKind::SchemaTooNew,
                                          u"no migration to version %1"_s.arg(version)));
}

StoreResult<> SchemaMigrator::createCoreTables()
{
    return db_.exec(kCoreTables);
}

StoreResult<> SchemaMigrator::createSearchIndex()
{
    for (const QString& statement : SearchIndex::schemaStatements()) {
        if (auto done = db_.exec(statement.toUtf8().constData()); !done)
            return done;
    }
    // Files from version 1 already hold customers and messages: index them now, in this
    // step's transaction, so search finds old data from the first query on.
    SearchIndex index(db_);
    CustomerRepository customers(db_);
    if (auto done = customers.forEach(
            [&](const protocol::Customer& customer) { return index.indexCustomer(customer); });
        !done)
        return done;
    MessageRepository messages(db_);
    if (auto done = messages.forEach([&](const protocol::Message& message,
                                         const QString& subject) {
            return index.indexMessage(message, subject);
        });
        !done)
        return done;
    return index.flush();
}

StoreResult<> SchemaMigrator::rebuildSearchFts()
{
    // The FTS tables gain prefix indexes. Their contents are derived from the index's own
    // rows, so they are made anew from those, in this step's transaction: no entity is read
    // or folded again, and what was staged but not flushed is in the rows already.
    for (const QString& statement : SearchIndex::rebuildStatements()) {
        if (auto done = db_.exec(statement.toUtf8().constData()); !done)
            return done;
    }
    return {};
}

} // namespace switchboard::store
