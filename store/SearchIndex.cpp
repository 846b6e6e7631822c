#include "store/SearchIndex.h"

#include "protocol/Customer.h"
#include "protocol/Message.h"
#include "store/Database.h"
#include "store/RankedSearch.h"
#include "store/RecencyKey.h"
#include "store/SearchDocument.h"
#include "store/SearchQuery.h"
#include "store/SearchSnippet.h"
#include "store/TermSample.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace switchboard::store {

// Both search tables have the same shape. The row table (search_customer, search_message)
// is keyed by an append-only sequence: the entity's id, the customer it belongs to,
// ranked_ms (last contact or sent time, NULL when none), title and details as typed, and
// terms, folded, exactly as given to FTS5. The FTS table is contentless and detail=none;
// its rowid is RecencyKey::make(ranked_ms, seq). The pending table holds FTS writes not yet
// flushed (SearchIndex::flush).
struct SearchTableSql {
    SearchHit::Kind kind;
    SearchQuery::Digits digits;
    const char* find;   // ?1 id -> seq, ranked_ms, title, details, terms, customer_id
    const char* insert; // ?1 id ?2 ranked_ms ?3 title ?4 details ?5 terms ?6 customer_id
    const char* update; // ?1 seq, then as insert from ?2
    const char* remove; // ?1 seq
    const char* hit;    // ?1 seq -> id, customer_id, ranked_ms, title, details
    const char* stageInsert;  // ?1 rowid
    const char* cancelInsert; // ?1 rowid
    const char* stageDelete;  // ?1 rowid ?2 terms
    const char* flushDeletes;
    const char* flushInserts;
    const char* clearPending;
    RankedSearch::Sql ranked;
    TermSample::Sql sample;
};

namespace {

static_assert(RecencyKey::kMaxSequence == 2147483647, "the SQL below masks the sequence");

// Staged inserts keep only the rowid: their terms are read from the row at flush, so the
// text is written once. Staged deletes keep the terms the FTS table holds for them, which
// the row no longer has.
const SearchTableSql kCustomers{
    SearchHit::Kind::Customer,
    SearchQuery::Digits::AsOneNumber,
    "SELECT seq, ranked_ms, title, details, terms, customer_id FROM search_customer"
    " WHERE customer_id = ?1",
    "INSERT INTO search_customer(customer_id, ranked_ms, title, details, terms)"
    " VALUES (?1, ?2, ?3, ?4, ?5)",
    "UPDATE search_customer SET ranked_ms = ?2, title = ?3, details = ?4, terms = ?5"
    " WHERE seq = ?1",
    "DELETE FROM search_customer WHERE seq = ?1",
    "SELECT customer_id, customer_id, ranked_ms, title, details FROM search_customer"
    " WHERE seq = ?1",
    "INSERT OR IGNORE INTO search_customer_pending(fts_rowid, is_insert) VALUES (?1, 1)",
    "DELETE FROM search_customer_pending WHERE fts_rowid = ?1 AND is_insert = 1",
    "INSERT INTO search_customer_pending(fts_rowid, is_insert, terms) VALUES (?1, 0, ?2)",
    "INSERT INTO search_customer_fts(search_customer_fts, rowid, terms)"
    " SELECT 'delete', fts_rowid, terms FROM search_customer_pending WHERE is_insert = 0"
    " ORDER BY fts_rowid",
    "INSERT INTO search_customer_fts(rowid, terms)"
    " SELECT p.fts_rowid, d.terms FROM search_customer_pending AS p JOIN search_customer AS d"
    " ON d.seq = (p.fts_rowid & 2147483647) WHERE p.is_insert = 1 ORDER BY p.fts_rowid",
    "DELETE FROM search_customer_pending",
    {
        "SELECT rowid FROM search_customer_fts(?1) WHERE rowid < ?2"
        " ORDER BY rowid DESC LIMIT ?3",
        "SELECT f.rowid, d.terms FROM search_customer_fts(?1) AS f JOIN search_customer AS d"
        " ON d.seq = (f.rowid & 2147483647) WHERE f.rowid < ?2 ORDER BY f.rowid DESC"
        " LIMIT ?3",
    },
    {"SELECT max(seq) FROM search_customer", "SELECT terms FROM search_customer WHERE seq = ?1"},
};

const SearchTableSql kMessages{
    SearchHit::Kind::Message,
    SearchQuery::Digits::AsWords,
    "SELECT seq, ranked_ms, title, details, terms, customer_id FROM search_message"
    " WHERE message_id = ?1",
    "INSERT INTO search_message(message_id, ranked_ms, title, details, terms, customer_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    "UPDATE search_message SET ranked_ms = ?2, title = ?3, details = ?4, terms = ?5,"
    " customer_id = ?6 WHERE seq = ?1",
    "DELETE FROM search_message WHERE seq = ?1",
    // A merged customer's messages show under the survivor (moveMessages).
    "SELECT d.message_id, coalesce(m.to_id, d.customer_id), d.ranked_ms, d.title, d.details"
    " FROM search_message AS d LEFT JOIN search_customer_merge AS m"
    " ON m.from_id = d.customer_id WHERE d.seq = ?1",
    "INSERT OR IGNORE INTO search_message_pending(fts_rowid, is_insert) VALUES (?1, 1)",
    "DELETE FROM search_message_pending WHERE fts_rowid = ?1 AND is_insert = 1",
    "INSERT INTO search_message_pending(fts_rowid, is_insert, terms) VALUES (?1, 0, ?2)",
    "INSERT INTO search_message_fts(search_message_fts, rowid, terms)"
    " SELECT 'delete', fts_rowid, terms FROM search_message_pending WHERE is_insert = 0"
    " ORDER BY fts_rowid",
    "INSERT INTO search_message_fts(rowid, terms)"
    " SELECT p.fts_rowid, d.terms FROM search_message_pending AS p JOIN search_message AS d"
    " ON d.seq = (p.fts_rowid & 2147483647) WHERE p.is_insert = 1 ORDER BY p.fts_rowid",
    "DELETE FROM search_message_pending",
    {
        "SELECT rowid FROM search_message_fts(?1) WHERE rowid < ?2"
        " ORDER BY rowid DESC LIMIT ?3",
        "SELECT f.rowid, d.terms FROM search_message_fts(?1) AS f JOIN search_message AS d"
        " ON d.seq = (f.rowid & 2147483647) WHERE f.rowid < ?2 ORDER BY f.rowid DESC"
        " LIMIT ?3",
    },
    {"SELECT max(seq) FROM search_message", "SELECT terms FROM search_message WHERE seq = ?1"},
};

// The row table, FTS table and pending table of a search table `name`. detail=none:
// queries are single words ANDed, never phrases or column filters, so positions would only
// make the index bigger and every write slower; columnsize=0: no bm25, the order is the
// rowid's; no prefix=: see RankedSearch.
QStringList tableStatements(const QString& name, const QString& idColumn, bool customerColumn)
{
    return {
        u"CREATE TABLE %1 (seq INTEGER PRIMARY KEY, %2 TEXT NOT NULL,%3 ranked_ms INTEGER,"
        " title TEXT NOT NULL, details TEXT NOT NULL, terms TEXT NOT NULL)"_s
            .arg(name, idColumn, customerColumn ? u" customer_id TEXT NOT NULL,"_s : QString()),
        u"CREATE UNIQUE INDEX %1_id ON %1(%2)"_s.arg(name, idColumn),
        u"CREATE VIRTUAL TABLE %1_fts USING fts5(terms, content='', detail=none, columnsize=0,"
        " tokenize='%2 remove_diacritics %3')"_s.arg(
            name, QLatin1StringView(Fts5QueryTokenizer::kTokenizerName),
            QLatin1StringView(Fts5QueryTokenizer::kRemoveDiacritics)),
        u"CREATE TABLE %1_pending (fts_rowid INTEGER NOT NULL, is_insert INTEGER NOT NULL,"
        " terms TEXT, PRIMARY KEY (fts_rowid, is_insert)) WITHOUT ROWID"_s.arg(name),
    };
}

QDateTime timeOf(const Statement& row, int column)
{
    return row.isNull(column) ? QDateTime()
                              : QDateTime::fromMSecsSinceEpoch(row.int64(column), Qt::UTC);
}

} // namespace

SearchIndex::SearchIndex(Database& db, const RankedSearch::Tuning& tuning)
    : db_(db)
    , tuning_(tuning)
{
}

QStringList SearchIndex::schemaStatements()
{
    QStringList statements = tableStatements(u"search_customer"_s, u"customer_id"_s, false);
    statements += tableStatements(u"search_message"_s, u"message_id"_s, true);
    statements += u"CREATE TABLE search_customer_merge (from_id TEXT PRIMARY KEY,"
                  " to_id TEXT NOT NULL) WITHOUT ROWID"_s;
    return statements;
}

StoreResult<> SearchIndex::indexCustomer(const protocol::Customer& customer)
{
    return upsert(kCustomers, customer.id, customer.id, SearchDocument::forCustomer(customer));
}

StoreResult<> SearchIndex::removeCustomer(const QString& customerId)
{
    return remove(kCustomers, customerId);
}

StoreResult<> SearchIndex::indexMessage(const protocol::Message& message, const QString& subject)
{
    return upsert(kMessages, message.id, message.customerId,
                  SearchDocument::forMessage(message, subject));
}

StoreResult<> SearchIndex::removeMessage(const QString& messageId)
{
    return remove(kMessages, messageId);
}

StoreResult<> SearchIndex::moveMessages(const QString& fromCustomerId,
                                        const QString& toCustomerId)
{
    if (fromCustomerId == toCustomerId)
        return {};
    // Earlier merges into `from` now lead to `to`, so a redirect is never a chain.
    auto forward = db_.cached("UPDATE search_customer_merge SET to_id = ?2 WHERE to_id = ?1");
    if (!forward)
        return std::unexpected(forward.error());
    (*forward)->bindAll(fromCustomerId, toCustomerId);
    if (auto done = (*forward)->run(); !done)
        return done;
    auto redirect = db_.cached(
        "INSERT OR REPLACE INTO search_customer_merge(from_id, to_id) VALUES (?1, ?2)");
    if (!redirect)
        return std::unexpected(redirect.error());
    (*redirect)->bindAll(fromCustomerId, toCustomerId);
    return (*redirect)->run();
}

StoreResult<> SearchIndex::upsert(const SearchTableSql& table, const QString& id,
                                  const QString& customerId, const SearchDocument& document)
{
    const qint64 rankedMs = RecencyKey::millisecondsOf(document.rankedAt);

    auto found = db_.cached(table.find);
    if (!found)
        return std::unexpected(found.error());
    Statement& find = **found;
    find.bind(1, id);
    auto row = find.step();
    if (!row)
        return std::unexpected(row.error());
    const bool exists = *row;
    qint64 seq = 0;
    qint64 oldRankedMs = -1;
    QByteArray oldTerms;
    if (exists) {
        seq = find.int64(0);
        oldRankedMs = find.isNull(1) ? -1 : find.int64(1);
        oldTerms = find.utf8(4);
        if (oldRankedMs == rankedMs && oldTerms == document.terms
            && find.textView(2) == document.title && find.textView(3) == document.details
            && find.textView(5) == customerId) {
            find.reset();
            return {}; // a re-sent entity: nothing the index holds changed
        }
    }
    find.reset();

    auto statement = db_.cached(exists ? table.update : table.insert);
    if (!statement)
        return std::unexpected(statement.error());
    Statement& write = **statement;
    if (exists)
        write.bind(1, seq);
    else
        write.bind(1, id);
    if (rankedMs < 0)
        write.bindNull(2);
    else
        write.bind(2, rankedMs);
    write.bind(3, document.title);
    write.bind(4, document.details);
    write.bindUtf8(5, document.terms);
    if (table.kind == SearchHit::Kind::Message)
        write.bind(6, customerId);
    if (auto done = write.run(); !done)
        return done;

    if (!exists) {
        seq = db_.lastInsertRowId();
        if (seq > RecencyKey::kMaxSequence)
            return std::unexpected(StoreError{1, u"search index row numbers exhausted"_s});
        return stageInsert(table, RecencyKey::make(rankedMs, seq));
    }
    const qint64 oldRowId = RecencyKey::make(oldRankedMs, seq);
    const qint64 newRowId = RecencyKey::make(rankedMs, seq);
    if (oldRowId == newRowId && oldTerms == document.terms)
        return {}; // only what is shown changed
    if (auto done = stageDelete(table, oldRowId, oldTerms); !done)
        return done;
    return stageInsert(table, newRowId);
}

StoreResult<> SearchIndex::remove(const SearchTableSql& table, const QString& id)
{
    auto found = db_.cached(table.find);
    if (!found)
        return std::unexpected(found.error());
    Statement& find = **found;
    find.bind(1, id);
    auto row = find.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return {}; // not indexed
    const qint64 seq = find.int64(0);
    const qint64 rowId = RecencyKey::make(find.isNull(1) ? -1 : find.int64(1), seq);
    const QByteArray terms = find.utf8(4);
    find.reset();

    auto statement = db_.cached(table.remove);
    if (!statement)
        return std::unexpected(statement.error());
    (*statement)->bind(1, seq);
    if (auto done = (*statement)->run(); !done)
        return done;
    return stageDelete(table, rowId, terms);
}

StoreResult<> SearchIndex::stageInsert(const SearchTableSql& table, qint64 rowId)
{
    auto statement = db_.cached(table.stageInsert);
    if (!statement)
        return std::unexpected(statement.error());
    (*statement)->bind(1, rowId);
    if (auto done = (*statement)->run(); !done)
        return done;
    return countStaged();
}

StoreResult<> SearchIndex::stageDelete(const SearchTableSql& table, qint64 rowId,
                                       const QByteArray& terms)
{
    // An insert not flushed yet is simply dropped: the FTS table never saw it.
    auto cancel = db_.cached(table.cancelInsert);
    if (!cancel)
        return std::unexpected(cancel.error());
    (*cancel)->bind(1, rowId);
    if (auto done = (*cancel)->run(); !done)
        return done;
    if (db_.changes() > 0)
        return {};
    auto statement = db_.cached(table.stageDelete);
    if (!statement)
        return std::unexpected(statement.error());
    (*statement)->bind(1, rowId);
    (*statement)->bindUtf8(2, terms);
    if (auto done = (*statement)->run(); !done)
        return done;
    return countStaged();
}

StoreResult<> SearchIndex::countStaged()
{
    return ++staged_ >= kMaxStaged ? flush() : StoreResult<>();
}

StoreResult<> SearchIndex::run(const char* sql)
{
    auto statement = db_.cached(sql);
    if (!statement)
        return std::unexpected(statement.error());
    return (*statement)->run();
}

StoreResult<> SearchIndex::flush()
{
    // In a savepoint: outside a transaction too, the FTS writes and the clearing of the
    // pending rows happen together or not at all (twice would corrupt the FTS table).
    if (auto begun = run("SAVEPOINT search_flush"); !begun)
        return begun;
    for (const SearchTableSql* table : {&kCustomers, &kMessages}) {
        // Deletes first: an update that keeps its rowid stages a delete and an insert of it.
        for (const char* sql : {table->flushDeletes, table->flushInserts, table->clearPending}) {
            if (auto done = run(sql); !done) {
                (void)run("ROLLBACK TO search_flush");
                (void)run("RELEASE search_flush");
                return done;
            }
        }
    }
    staged_ = 0;
    return run("RELEASE search_flush");
}

StoreResult<const Fts5QueryTokenizer*> SearchIndex::tokenizer()
{
    if (!tokenizer_) {
        auto opened = Fts5QueryTokenizer::open(db_);
        if (!opened)
            return std::unexpected(opened.error());
        tokenizer_.emplace(std::move(*opened));
    }
    return &*tokenizer_;
}

StoreResult<QList<SearchHit>> SearchIndex::searchCustomers(QStringView text, int limit)
{
    return search(kCustomers, text, limit);
}

StoreResult<QList<SearchHit>> SearchIndex::searchMessages(QStringView text, int limit)
{
    return search(kMessages, text, limit);
}

StoreResult<QList<SearchHit>> SearchIndex::search(const SearchTableSql& table, QStringView text,
                                                  int limit)
{
    QList<SearchHit> hits;
    limit = std::min(limit, kMaxLimit);
    if (limit <= 0 || text.trimmed().isEmpty())
        return hits;
    auto words = tokenizer();
    if (!words)
        return std::unexpected(words.error());
    auto query = SearchQuery::parse(text, **words, table.digits);
    if (!query)
        return std::unexpected(query.error());
    std::optional<TermSample>& sample = samples_[table.kind == SearchHit::Kind::Customer ? 0 : 1];
    if (!sample || sample->isStale()) {
        auto loaded = TermSample::load(db_, table.sample);
        if (!loaded)
            return std::unexpected(loaded.error());
        sample.emplace(std::move(*loaded));
    }
    auto rows = RankedSearch(db_, table.ranked, *sample, tuning_).run(*query, limit);
    if (!rows)
        return std::unexpected(rows.error());

    auto statement = db_.cached(table.hit);
    if (!statement)
        return std::unexpected(statement.error());
    Statement& read = **statement;
    hits.reserve(rows->size());
    for (const RankedSearch::Row& row : std::as_const(*rows)) {
        read.reset();
        read.bind(1, RecencyKey::sequenceOf(row.rowId));
        auto found = read.step();
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            continue; // cannot happen inside one read; the FTS table is kept in step
        SearchHit hit;
        hit.kind = table.kind;
        hit.id = read.text(0);
        hit.customerId = read.text(1);
        hit.lastContactAt = timeOf(read, 2);
        hit.title = read.text(3);
        const QString details = read.text(4);
        hit.snippet = table.kind == SearchHit::Kind::Customer
            ? SearchSnippet::matchingLine(details, query->words())
            : SearchSnippet::around(details, query->words());
        hit.exact = row.exact;
        hits.append(std::move(hit));
    }
    read.reset();
    return hits;
}

} // namespace switchboard::store
