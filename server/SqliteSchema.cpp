#include "server/SqliteSchema.h"

#include "protocol/Event.h"
#include "protocol/WireTime.h"
#include "store/Transaction.h"

#include <QDateTime>

namespace switchboard::server {

namespace {

// spaces.current_seq is the last seq handed out; it moves in the transaction that appends,
// so seqs stay gap-free. entities holds the latest snapshot of each entity and the seq of
// the event that wrote it; customer_id lets a merge find what belongs to a customer without
// reading JSON in SQL, in seq order straight from entities_by_customer_seq (with the older
// index on (space, customer_id) alone, SQLite chose to walk the whole space by seq rather
// than sort a customer's rows: seconds per customer at a million customers). customer_phones is the phone index (SqlitePhoneIndex),
// customer_recent the customers' latest messages, feedback and unresolved conversations
// (SqliteRecentIndex), conversation_snoozes the snoozed conversations by wake time
// (SqliteSnoozeIndex); the cti_ tables and settings belong to the CTI webhook (CtiStorage),
// cti_ringing holding the calls ringing now, by agent.
constexpr const char* kSchema = R"(
CREATE TABLE IF NOT EXISTS spaces (
    name TEXT PRIMARY KEY,
    current_seq BIGINT NOT NULL,
    created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (
    space TEXT NOT NULL,
    seq BIGINT NOT NULL,
    type TEXT NOT NULL,
    entity TEXT NOT NULL,
    payload TEXT NOT NULL,
    at TEXT,
    PRIMARY KEY (space, seq));
CREATE TABLE IF NOT EXISTS entities (
    space TEXT NOT NULL,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    last_seq BIGINT NOT NULL,
    customer_id TEXT,
    payload TEXT NOT NULL,
    at TEXT,
    PRIMARY KEY (space, kind, id));
CREATE INDEX IF NOT EXISTS entities_by_seq ON entities (space, last_seq);
DROP INDEX IF EXISTS entities_by_customer;
CREATE INDEX IF NOT EXISTS entities_by_customer_seq ON entities (space, customer_id, last_seq);
CREATE TABLE IF NOT EXISTS customer_field_revisions (
    space TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    field TEXT NOT NULL,
    revision BIGINT NOT NULL,
    PRIMARY KEY (space, customer_id, field));
CREATE TABLE IF NOT EXISTS commands (
    id TEXT PRIMARY KEY,
    space TEXT NOT NULL,
    agent_id TEXT NOT NULL,
    answer TEXT NOT NULL,
    created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS teams (
    name TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS users (
    username TEXT PRIMARY KEY,
    agent_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    teams TEXT NOT NULL,
    password_hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (
    token_hash TEXT PRIMARY KEY,
    username TEXT NOT NULL REFERENCES users (username),
    expires_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS customer_phones (
    space TEXT NOT NULL,
    e164 TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    PRIMARY KEY (space, e164, customer_id));
CREATE INDEX IF NOT EXISTS customer_phones_by_customer ON customer_phones (space, customer_id);
CREATE TABLE IF NOT EXISTS customer_recent (
    space TEXT NOT NULL,
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    at TEXT,
    PRIMARY KEY (space, kind, id));
CREATE INDEX IF NOT EXISTS customer_recent_latest
    ON customer_recent (space, customer_id, kind, at, id);
CREATE TABLE IF NOT EXISTS conversation_snoozes (
    space TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    wake_at TEXT NOT NULL,
    PRIMARY KEY (space, conversation_id));
CREATE INDEX IF NOT EXISTS conversation_snoozes_by_wake ON conversation_snoozes (wake_at);
CREATE TABLE IF NOT EXISTS cti_blocked_numbers (
    e164 TEXT PRIMARY KEY,
    blocked_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS cti_pbx_users (
    pbx_user TEXT PRIMARY KEY,
    agent_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS cti_calls (
    call_id TEXT PRIMARY KEY,
    disposition TEXT,
    payload TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS cti_ringing (
    call_id TEXT PRIMARY KEY,
    agent_id TEXT NOT NULL,
    offered_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS cti_ringing_by_agent ON cti_ringing (agent_id, offered_at);
CREATE TABLE IF NOT EXISTS health (
    id BIGINT PRIMARY KEY,
    checked_at TEXT);
INSERT INTO health (id, checked_at) VALUES (1, NULL) ON CONFLICT (id) DO NOTHING;
)";

} // namespace

store::StoreResult<> createServerSchema(store::Database& db)
{
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto done = db.exec(kSchema); !done)
        return done;
    auto live = db.cached("INSERT INTO spaces (name, current_seq, created_at) VALUES (?1, 0, ?2)"
                          " ON CONFLICT (name) DO NOTHING");
    if (!live)
        return std::unexpected(live.error());
    (*live)->bindAll(
        QString(protocol::kLiveSpace), protocol::toWireTime(QDateTime::currentDateTimeUtc()));
    if (auto done = (*live)->run(); !done)
        return done;
    return tx->commit();
}

} // namespace switchboard::server
