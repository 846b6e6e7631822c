#include "store/SearchIndex.h"

#include "protocol/Customer.h"
#include "protocol/Message.h"
#include "store/Database.h"
#include "store/RankedSearch.h"
#include "store/RecencyKey.h"
#include "store/SearchDocument.h"
#include "store/SearchQuery.h"
#include "store/SearchSnippet.h"
#include "store/SearchTableSql.h"
#include "store/TermSample.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace switchboard::store {

namespace {

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
    return SearchTableSql::schemaStatements();
}

QStringList SearchIndex::rebuildStatements()
{
    return SearchTableSql::rebuildFtsStatements();
}

StoreResult<> SearchIndex::indexCustomer(const protocol::Customer& customer)
{
    return indexCustomer(customer, SearchDocument::forCustomer(customer));
}

StoreResult<> SearchIndex::indexCustomer(
    const protocol::Customer& customer, const SearchDocument& document)
{
    return upsert(SearchTableSql::customers(), customer.id, customer.id, document);
}

StoreResult<> SearchIndex::removeCustomer(const QString& customerId)
{
    return remove(SearchTableSql::customers(), customerId);
}

StoreResult<> SearchIndex::indexMessage(const protocol::Message& message, const QString& subject)
{
    return indexMessage(message, SearchDocument::forMessage(message, subject));
}

StoreResult<> SearchIndex::indexMessage(
    const protocol::Message& message, const SearchDocument& document)
{
    return upsert(SearchTableSql::messages(), message.id, message.customerId, document);
}

StoreResult<> SearchIndex::removeMessage(const QString& messageId)
{
    return remove(SearchTableSql::messages(), messageId);
}

StoreResult<> SearchIndex::moveMessages(const QString& fromCustomerId, const QString& toCustomerId)
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
            return std::unexpected(StoreError { 1, u"search index row numbers exhausted"_s });
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

StoreResult<> SearchIndex::stageDelete(
    const SearchTableSql& table, qint64 rowId, const QByteArray& terms)
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
    for (const SearchTableSql* table :
        { &SearchTableSql::customers(), &SearchTableSql::messages() }) {
        // Deletes first: an update that keeps its rowid stages a delete and an insert of it.
        for (const char* sql : { table->flushDeletes, table->flushInserts, table->clearPending }) {
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

StoreResult<const TermSample*> SearchIndex::sample(const SearchTableSql& table)
{
    std::optional<TermSample>& sample = samples_[table.kind == SearchHit::Kind::Customer ? 0 : 1];
    auto largest = TermSample::maxSequence(db_, table.sample);
    if (!largest)
        return std::unexpected(largest.error());
    if (!sample || sample->isStale(*largest)) {
        auto loaded = TermSample::load(db_, table.sample);
        if (!loaded)
            return std::unexpected(loaded.error());
        sample.emplace(std::move(*loaded));
    }
    return &*sample;
}

StoreResult<> SearchIndex::warmUp()
{
    if (auto words = tokenizer(); !words)
        return std::unexpected(words.error());
    for (const SearchTableSql* table :
        { &SearchTableSql::customers(), &SearchTableSql::messages() }) {
        if (auto loaded = sample(*table); !loaded)
            return std::unexpected(loaded.error());
    }
    return {};
}

StoreResult<const Fts5QueryTokenizer*> SearchIndex::tokenizer()
{
    if (!tokenizer_) {
        // Made with the tokenizer, before any search prepares a statement that reads them.
        if (auto made = db_.exec(SearchTableSql::vocabularyStatements()); !made)
            return std::unexpected(made.error());
        auto opened = Fts5QueryTokenizer::open(db_);
        if (!opened)
            return std::unexpected(opened.error());
        tokenizer_.emplace(std::move(*opened));
    }
    return &*tokenizer_;
}

StoreResult<QList<SearchHit>> SearchIndex::searchCustomers(QStringView text, int limit)
{
    return search(SearchTableSql::customers(), text, limit);
}

StoreResult<QList<SearchHit>> SearchIndex::searchMessages(QStringView text, int limit)
{
    return search(SearchTableSql::messages(), text, limit);
}

StoreResult<QList<SearchHit>> SearchIndex::search(
    const SearchTableSql& table, QStringView text, int limit)
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
    // Someone who has typed one character is looking for a person, not a mail: messages
    // start at two. A one-character prefix has no prefix index, and in message text,
    // where a letter or digit begins tens of thousands of different words, FTS5 would
    // merge all their doclists (60-100 ms at 1M messages).
    if (table.kind == SearchHit::Kind::Message && query->words().size() == 1
        && query->lastWordIsPrefix()
        && RankedSearch::characters(query->words().front()) < kShortestMessagePrefix)
        return hits;
    // Changes the store indexed but did not flush (a path that forgot to) are flushed now:
    // one slower keystroke rather than rows missing from the results.
    auto pending = db_.cached(table.anyPending);
    if (!pending)
        return std::unexpected(pending.error());
    auto anyPending = (*pending)->step();
    if (!anyPending)
        return std::unexpected(anyPending.error());
    const bool mustFlush = *anyPending && (*pending)->int64(0) != 0;
    (*pending)->reset();
    if (mustFlush) {
        if (auto flushed = flush(); !flushed)
            return std::unexpected(flushed.error());
    }

    auto sample = this->sample(table);
    if (!sample)
        return std::unexpected(sample.error());
    auto rows = RankedSearch(db_, table.ranked, **sample, tuning_).run(*query, limit);
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
