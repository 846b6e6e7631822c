// Full-text search over the cache: customers (names, company, emails, phones as typed and as
// digits) and messages (conversation subject, body), found as you type. Text is
// folded before it is indexed and before it is searched (case, accents, Turkish dotless i,
// Greek final sigma; see TextFolding), so `ozturk` finds Öztürk, `isik` finds Işık and
// `ιωαννου` finds Ιωάννου. User text is never passed to FTS5 as query syntax: it is split
// into the index's words and each word quoted (SearchQuery).
//
// The index owns its own tables (schemaStatements()) and reads no other. The store calls
// index*/remove* inside the transaction that changes the entity, then flush() before that
// transaction commits (a catch-up flushes less often, see Store::apply). Each FTS rowid is a
// recency key (RecencyKey), which is what lets a keystroke's search stop after the first few
// matches (RankedSearch); but FTS5 writes a new segment whenever a rowid arrives below the
// previous one, and a sync delivers customers in any order of contact. So changes to the FTS
// table are staged in a table of their own and written by flush() in rowid order: one sorted
// run per flush, not one per row.
//
// Not thread-safe: one SearchIndex per Database, on that Database's thread.
#pragma once

#include "store/Fts5QueryTokenizer.h"
#include "store/RankedSearch.h"
#include "store/StoreError.h"
#include "store/TermSample.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace switchboard::protocol {
struct Customer;
struct Message;
} // namespace switchboard::protocol

namespace switchboard::store {

class Database;
class SearchDocument;
struct SearchTableSql; // the SQL of one search table, customers or messages

struct SearchHit {
    enum class Kind { Customer, Message };
    Kind kind = Kind::Customer;
    QString id; // customer id or message id
    QString customerId; // for messages: whose timeline it is on; for customers: `id`
    QString title; // display name, or the conversation subject
    QString snippet; // customers: the company, email or phone that matched (empty when
                     // the name did); messages: the body around the first matching word
    bool exact = false; // every word matched whole, not only as a prefix
    QDateTime lastContactAt; // customers: last contact; messages: sent at (UTC)
};

class SearchIndex {
public:
    // Hits asked for beyond this are not returned: search is for finding, not listing.
    static constexpr int kMaxLimit = 200;
    // Staged FTS changes beyond this are flushed at once, so one long transaction (a
    // migration indexing a whole cache) or a catch-up (Store::apply) does not pile them up.
    static constexpr int kMaxStaged = 20000;
    // Messages are searched from this many characters typed (see search()).
    static constexpr int kShortestMessagePrefix = 2;

    // `tuning` is for tests that force each of RankedSearch's plans.
    explicit SearchIndex(Database& db, const RankedSearch::Tuning& tuning = {});

    // The statements that create the index's tables and settings, run by the schema
    // migration that introduces them (one string per statement), on an empty file or an
    // existing cache alike: the index is then filled by indexCustomer/indexMessage for every
    // row, and flush().
    static QStringList schemaStatements();
    // The statements that make the FTS tables anew in the shape schemaStatements() gives,
    // filled from the index's own rows (a migration that changes their settings).
    static QStringList rebuildStatements();

    // Writes the staged changes to the FTS tables, in rowid order. Call it inside the
    // transaction that indexed, before it commits. Staged changes are rows of the file, so a
    // rollback drops them, and a commit without a flush only delays them to the next flush,
    // which a search makes itself when it finds any. Cheap when nothing is staged.
    StoreResult<> flush();

    // Adds or replaces the customer's row. Cheap when nothing the index holds changed (a
    // re-sent customer); a new lastContactAt moves the row to its new rank.
    StoreResult<> indexCustomer(const protocol::Customer& customer);
    // The same with its document made ahead (SearchDocument::forCustomer).
    StoreResult<> indexCustomer(const protocol::Customer& customer, const SearchDocument& document);
    // Removing what is not indexed is not an error.
    StoreResult<> removeCustomer(const QString& customerId);
    // `subject` is the conversation's subject, so a word from it finds its messages too.
    // When a subject changes, index the conversation's messages again.
    StoreResult<> indexMessage(const protocol::Message& message, const QString& subject);
    StoreResult<> indexMessage(const protocol::Message& message, const SearchDocument& document);
    StoreResult<> removeMessage(const QString& messageId);
    // After a merge, the merged customer's messages belong to the survivor. Recorded as a
    // redirect, not by rewriting every message row: merges are rare, message writes are not,
    // and an index on the messages' customer would slow every one of them.
    StoreResult<> moveMessages(const QString& fromCustomerId, const QString& toCustomerId);

    // Readies what the first search would otherwise make (the query tokenizer, and each
    // table's TermSample: tens of milliseconds at 1M rows), on this Database's thread.
    // Optional; worth calling once after opening, before the user types.
    StoreResult<> warmUp();

    // The best `limit` customers for what the user has typed so far: whole-word matches
    // before prefix matches, ties broken by the most recent contact. Every word must match;
    // the last one as a prefix unless the text ends with a space. A phone number typed last
    // ("0532 123 45", "+90 532", "ayşe 0532 12") is one number, found from its start with
    // or without country code or trunk 0, or by its last 4 or 7 digits. Any text is
    // accepted: FTS5 syntax in it is searched as text, text over protocol::kMaxSearchChars
    // is cut, and empty text finds nothing. Flushes first if it finds staged changes.
    StoreResult<QList<SearchHit>> searchCustomers(QStringView text, int limit = 20);
    // The same for messages, newest first among equals. A single word being typed finds
    // no messages before kShortestMessagePrefix characters.
    StoreResult<QList<SearchHit>> searchMessages(QStringView text, int limit = 20);

private:
    StoreResult<const Fts5QueryTokenizer*> tokenizer();
    StoreResult<const TermSample*> sample(const SearchTableSql& table);
    StoreResult<> upsert(const SearchTableSql& table, const QString& id, const QString& customerId,
        const SearchDocument& document);
    StoreResult<> remove(const SearchTableSql& table, const QString& id);
    StoreResult<> stageInsert(const SearchTableSql& table, qint64 rowId);
    StoreResult<> stageDelete(const SearchTableSql& table, qint64 rowId, const QByteArray& terms);
    StoreResult<> countStaged();
    StoreResult<> run(const char* sql);
    StoreResult<QList<SearchHit>> search(const SearchTableSql& table, QStringView text, int limit);

    Database& db_;
    RankedSearch::Tuning tuning_;
    std::optional<Fts5QueryTokenizer> tokenizer_; // made on the first search, with the
                                                  // vocabulary tables RankedSearch reads
    std::array<std::optional<TermSample>, 2> samples_; // customers, messages; loaded on demand
    int staged_ = 0; // since the last flush, by this object; a hint for kMaxStaged only
};

} // namespace switchboard::store
