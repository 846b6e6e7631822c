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

qsizetype RankedSearch::characters(QByteArrayView utf8)
{
    // Every UTF-8 character has exactly one byte that is not a continuation byte.
    return std::count_if(utf8.begin(), utf8.end(),
        [](char byte) { return (static_cast<uchar>(byte) & 0xC0) != 0x80; });
}

QByteArray RankedSearch::leadingCharacters(QByteArrayView utf8, qsizetype count)
{
    qsizetype end = 0;
    for (qsizetype seen = 0; end < utf8.size(); ++end) {
        if ((static_cast<uchar>(utf8[end]) & 0xC0) != 0x80 && seen++ == count)
            break;
    }
    return utf8.first(end).toByteArray();
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

qint64 RankedSearch::scanRows(int customerRows) const
{
    return std::max<qint64>(1, qint64(double(customerRows) / table_.rowCost));
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
        { SearchQuery::wholeExpression(selective), common, true, scanRows(tuning_.scanCap) },
        kNoBound);
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

    // FTS5 merges every row of the prefix; a scan reads the newest rows of the selective
    // things (words, and the prefix's indexed start), testing the common words here; or of
    // the common words; or of all rows; until it has found what is missing. How soon that
    // is, no estimate of the words apart tells ("mehmet" and "pa" are both common, Mehmet
    // Pa... is not): a short probe shows it.
    const qint64 prefixRows = sample_.rowsWithPrefix(last);
    // The part of the prefix with a doclist of its own: all of it, or its start ("esc" of
    // "esca"), in which the prefix is far denser than among all rows.
    QByteArray indexed;
    if (characters(last) >= kShortestIndexedPrefix)
        indexed = leadingCharacters(last, kLongestIndexedPrefix);
    const qint64 indexedRows = indexed.isEmpty() ? 0 : sample_.rowsWithPrefix(indexed);
    const bool indexedIsSelective = !indexed.isEmpty() && indexedRows <= tuning_.commonRows;
    // An indexed prefix alone or after selective words only: FTS5 streams the answer, the
    // prefix's doclist being one like a word's, also when the prefix is somewhat common
    // ("huseyin" AND "un"*, "tugba" AND "as"* at 1M messages: 3-27 ms scanned first, 0.8-2
    // ms not). A very common one is tested here on the words' rows, as a common word would
    // be ("george wilson ... ex"*: ex* is in 959k customers, 15-27 ms in FTS5).
    if (indexed == last && common.isEmpty()
        && (selective.isEmpty() || indexedIsSelective || indexedRows <= tuning_.ftsPrefixRows))
        return match(query_->lastAsPrefix(), kNoBound, false);
    const double mergeCost
        = (expandable() ? tuning_.expandCostPerRow : tuning_.mergeCostPerRow) * double(prefixRows);
    if (mergeCost <= table_.rowCost * double(tuning_.probeRows))
        return matchPrefix(kNoBound);
    const bool commonStream = selective.isEmpty() && !indexedIsSelective;
    QByteArray stream = SearchQuery::wholeExpression(commonStream ? common : selective);
    if (!indexed.isEmpty() && (indexedIsSelective || selective.isEmpty())) {
        if (!stream.isEmpty())
            stream.append(' ');
        stream.append(SearchQuery::wholeExpression({ indexed }) + '*');
    }
    Scan scan { stream.isEmpty() ? QByteArray(SearchDocument::kEveryRowQuery) : stream,
        commonStream ? QList<QByteArray>() : common, false, scanRows(tuning_.probeRows) };
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
        scan.cap = qint64(std::clamp(1.5 * toRead, double(scanRows(tuning_.probeRows)), read)) + 1;
    }
    return matchPrefix(below);
}

bool RankedSearch::expandable() const
{
    const QByteArray& last = query_->words().back();
    return characters(last) > kLongestIndexedPrefix
        && sample_.wordsWithPrefix(last) <= tuning_.maxExpandedWords;
}

StoreResult<> RankedSearch::matchPrefix(qint64 below)
{
    if (!expandable())
        return match(query_->lastAsPrefix(), below, false);
    const QByteArray& last = query_->words().back();
    // The words from `last` up to the first string after every word it starts: its last
    // byte one higher (never 0xFF in UTF-8). The vocabulary compares bytes, as FTS5 does.
    QByteArray bound = last;
    bound.back() = char(static_cast<uchar>(bound.back()) + 1);
    auto statement = db_.cached(table_.vocabulary);
    if (!statement)
        return std::unexpected(statement.error());
    Statement& vocabulary = **statement;
    vocabulary.bindUtf8(1, last);
    vocabulary.bindUtf8(2, bound);
    vocabulary.bind(3, qint64(tuning_.maxExpandedWords) + 1);
    QList<QByteArray> words;
    for (;;) {
        auto row = vocabulary.step();
        if (!row) {
            vocabulary.reset();
            return std::unexpected(row.error());
        }
        if (!*row)
            break;
        QByteArray word = vocabulary.utf8(0);
        if (word.startsWith(last))
            words.append(std::move(word));
    }
    vocabulary.reset();
    if (words.isEmpty())
        return {}; // no word of the index starts with it
    if (words.size() > tuning_.maxExpandedWords) // more than the sample showed
        return match(query_->lastAsPrefix(), below, false);
    QByteArray expression = query_->leadingWhole();
    if (!expression.isEmpty())
        expression.append(" AND "); // FTS5 has no implicit AND before a parenthesis
    expression.append(SearchQuery::anyExpression(words));
    return match(expression, below, false);
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
