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

// `words` ANDed, then `last` as a prefix.
QByteArray withPrefix(const QList<QByteArray>& words, const QByteArray& last)
{
    QByteArray expression = SearchQuery::wholeExpression(words);
    if (!expression.isEmpty())
        expression.append(' ');
    expression.append(SearchQuery::wholeExpression({last}));
    expression.append('*');
    return expression;
}

} // namespace

RankedSearch::RankedSearch(Database& db, const Sql& sql, const TermSample& sample,
                           const Tuning& tuning)
    : db_(db)
    , sql_(sql)
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
        rows.append(Row{rowId, true});
    for (qint64 rowId : std::as_const(prefix_)) {
        if (rows.size() < limit)
            rows.append(Row{rowId, false});
    }
    return rows;
}

void RankedSearch::split(const QList<QByteArray>& words, QList<QByteArray>& selective,
                         QList<QByteArray>& common) const
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
    auto stopped = runScan({SearchQuery::wholeExpression(selective), common, true,
                            tuning_.scanCap},
                           kNoBound);
    if (!stopped)
        return std::unexpected(stopped.error());
    return *stopped ? match(query_->allWhole(), **stopped, true) : StoreResult<>();
}

StoreResult<> RankedSearch::prefixMatches()
{
    const QList<QByteArray>& words = query_->words();
    const QByteArray& last = words.back();
    QList<QByteArray> selective, common;
    split(words.first(words.size() - 1), selective, common);

    const qint64 prefixRows = sample_.rowsWithPrefix(last);
    const double mergeCost = tuning_.mergeCostPerRow * double(prefixRows);
    const double scanCost = double(limit_ - exact_.size()) * double(sample_.rows())
        / double(std::max<qint64>(prefixRows, 1));

    Scan scan;
    if (mergeCost <= scanCost) {
        // Few rows have the prefix: FTS5 merges them cheaply.
        if (common.isEmpty())
            return match(query_->lastAsPrefix(), kNoBound, false);
        scan = {withPrefix(selective, last), common, false, tuning_.scanCap};
    } else if (!selective.isEmpty()) {
        // A common prefix, soon found among the rows of the other words.
        scan = {SearchQuery::wholeExpression(selective), common, false, tuning_.scanCap};
    } else {
        // Only common words or none: their rows, or simply the newest rows. Reading on is
        // worth it for as long as it costs less than FTS5's merge of the prefix.
        scan = {common.isEmpty() ? QByteArray(SearchDocument::kEveryRowQuery)
                                 : SearchQuery::wholeExpression(common),
                {}, false,
                qint64(std::min(std::max(double(tuning_.scanCap), mergeCost), 1e9))};
    }
    auto stopped = runScan(scan, kNoBound);
    if (!stopped)
        return std::unexpected(stopped.error());
    return *stopped ? match(query_->lastAsPrefix(), **stopped, false) : StoreResult<>();
}

StoreResult<std::optional<qint64>> RankedSearch::runScan(const Scan& scan, qint64 below)
{
    const QByteArray& last = query_->words().back();
    auto statement = db_.cached(sql_.matchTerms);
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
        if (!std::all_of(scan.whole.cbegin(), scan.whole.cend(), [&](const QByteArray& word) {
                return SearchQuery::isAWord(terms, word);
            }))
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
            return std::nullopt;
        }
    }
    rows.reset();
    if (read < scan.cap)
        return std::nullopt;
    return rowId;
}

StoreResult<> RankedSearch::match(const QByteArray& expression, qint64 below, bool exact)
{
    auto statement = db_.cached(sql_.match);
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
