#include "store/RankedSearch.h"

#include "store/Database.h"
#include "store/SearchDocument.h"
#include "store/SearchQuery.h"
#include "store/TermSample.h"

#include <algorithm>
#include <limits>

namespace switchboard::store {

namespace {

constexpr qint64 kNoBound = std::numeric_limits<qint64>::max();

} // namespace

RankedSearch::RankedSearch(
    Database& db, const Table& table, const TermSample& sample, const Tuning& tuning)
    : db_(db)
    , table_(table)
    , sample_(sample)
    , tuning_(tuning)
{
}

StoreResult<QList<RankedSearch::Row>> RankedSearch::run(const SearchQuery& query, int limit)
{
    query_ = &query;
    limit_ = limit;
    exact_.clear();
    prefix_.clear();
    exactSet_.clear();
    QList<Row> rows;
    if (query.isEmpty() || limit <= 0)
        return rows;

    if (auto found = exactMatches(); !found)
        return std::unexpected(found.error());
    if (query.lastWordIsPrefix() && !full(true)) {
        if (auto found = prefixMatches(); !found)
            return std::unexpected(found.error());
    }
    for (qint64 rowId : std::as_const(exact_))
        rows.append(Row { rowId, true });
    for (qint64 rowId : std::as_const(prefix_)) {
        if (rows.size() < limit)
            rows.append(Row { rowId, false });
    }
    return rows;
}

void RankedSearch::split(
    const QList<QByteArray>& words, QList<QByteArray>& selective, QList<QByteArray>& common) const
{
    for (const QByteArray& word : words) {
        if (sample_.rowsWithWord(word) > tuning_.commonRows)
            common.append(word);
        else
            selective.append(word);
    }
}

bool RankedSearch::full(bool exact) const
{
    return exact ? exact_.size() >= limit_ : exact_.size() + prefix_.size() >= limit_;
}

StoreResult<> RankedSearch::exactMatches()
{
    QList<QByteArray> selective, common;
    split(query_->words(), selective, common);
    // All selective: FTS5 intersects them quickly. All common: their intersection is dense,
    // so the first rows FTS5 finds are enough.
    if (common.isEmpty() || selective.isEmpty())
        return match(query_->allWhole(), kNoBound, true);
    auto stopped = runScan(
        { SearchQuery::wholeExpression(selective), common, true, tuning_.scanCap }, kNoBound);
    if (!stopped)
        return std::unexpected(stopped.error());
    return stopped->at ? match(query_->allWhole(), *stopped->at, true) : StoreResult<>();
}

StoreResult<> RankedSearch::prefixMatches()
{
    const QList<QByteArray>& words = query_->words();
    const QByteArray& last = words.back();
    QList<QByteArray> selective, common;
    split(words.first(words.size() - 1), selective, common);

    // FTS5 merges every row of the prefix; a scan reads the newest rows of the other words
    // (the selective ones, testing the common ones here; or the common ones; or all rows)
    // until it has found what is missing. How soon that is, no estimate of the words apart
    // tells ("mehmet" and "pa" are both common, Mehmet Pa... is not): a short probe shows it.
    const double mergeCost = tuning_.mergeCostPerRow * double(sample_.rowsWithPrefix(last));
    if (mergeCost <= table_.rowCost * double(tuning_.probeRows))
        return match(query_->lastAsPrefix(), kNoBound, false);
    const QList<QByteArray>& streamWords = selective.isEmpty() ? common : selective;
    Scan scan { streamWords.isEmpty() ? QByteArray(SearchDocument::kEveryRowQuery)
                                      : SearchQuery::wholeExpression(streamWords),
        selective.isEmpty() ? QList<QByteArray>() : common, false, tuning_.probeRows };
    const qsizetype before = prefix_.size();
    qint64 below = kNoBound;
    double read = 0;
    // Read on, in steps at most doubling what was read, while what the rows read so far
    // say is left to read costs less than the merge; then merge what is older.
    for (;;) {
        auto stopped = runScan(scan, below);
        if (!stopped)
            return std::unexpected(stopped.error());
        if (!stopped->at)
            return {};
        below = *stopped->at;
        read += double(stopped->read);
        const double found = double(prefix_.size() - before);
        const double missing = double(limit_ - exact_.size() - prefix_.size());
        const double toRead = missing * read / std::max(found, 1.0);
        if (toRead * table_.rowCost >= mergeCost)
            break;
        scan.cap = qint64(std::clamp(1.5 * toRead, double(tuning_.probeRows), read)) + 1;
    }
    return match(query_->lastAsPrefix(), below, false);
}

StoreResult<RankedSearch::Stop> RankedSearch::runScan(const Scan& scan, qint64 below)
{
    const QByteArray& last = query_->words().back();
    auto statement = db_.cached(table_.matchTerms);
    if (!statement)
        return std::unexpected(statement.error());
    Statement& rows = **statement;
    rows.bindUtf8(1, scan.expression);
    rows.bind(2, below);
    rows.bind(3, scan.cap);
    qint64 read = 0;
    qint64 rowId = kNoBound;
    for (;;) {
        auto row = rows.step();
        if (!row) {
            rows.reset();
            return std::unexpected(row.error());
        }
        if (!*row)
            break;
        ++read;
        rowId = rows.int64(0);
        const QByteArray terms = rows.utf8(1);
        if (!std::all_of(scan.whole.cbegin(), scan.whole.cend(),
                [&](const QByteArray& word) { return SearchQuery::isAWord(terms, word); }))
            continue;
        const bool lastWhole = SearchQuery::isAWord(terms, last);
        if (scan.exact && lastWhole) {
            exact_.append(rowId);
            exactSet_.insert(rowId);
        } else if (!scan.exact && !lastWhole && SearchQuery::startsAWord(terms, last)) {
            prefix_.append(rowId); // rows with the last word whole are all in exact_ already
        }
        if (full(scan.exact)) {
            rows.reset();
            return Stop { std::nullopt, read };
        }
    }
    rows.reset();
    return Stop { read < scan.cap ? std::nullopt : std::optional<qint64>(rowId), read };
}

StoreResult<> RankedSearch::match(const QByteArray& expression, qint64 below, bool exact)
{
    auto statement = db_.cached(table_.match);
    if (!statement)
        return std::unexpected(statement.error());
    Statement& rows = **statement;
    rows.bindUtf8(1, expression);
    rows.bind(2, below);
    // A prefix query finds the whole-word matches again; they are skipped.
    rows.bind(3, exact ? limit_ - exact_.size() : limit_ - prefix_.size());
    for (;;) {
        auto row = rows.step();
        if (!row) {
            rows.reset();
            return std::unexpected(row.error());
        }
        if (!*row || full(exact))
            break;
        const qint64 rowId = rows.int64(0);
        if (exact) {
            exact_.append(rowId);
            exactSet_.insert(rowId);
        } else if (!exactSet_.contains(rowId)) {
            prefix_.append(rowId);
        }
    }
    rows.reset();
    return {};
}

} // namespace switchboard::store
