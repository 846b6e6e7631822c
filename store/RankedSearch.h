// The plan that keeps search-as-you-type fast over a million rows, for one search table
// whose FTS rowids are recency keys (RecencyKey): every FTS5 query here is
// `ORDER BY rowid DESC LIMIT n`, which streams matches newest first and stops after n.
//
// The answer is the newest `limit` whole-word matches, then the newest matches with the
// last word as a prefix only. FTS5 is slow at two things: intersecting a word with a very
// common one ("tugba" AND "gmail" seeks through gmail's doclist for each tugba: 10-40 ms at
// 1M customers), and a prefix query without a prefix index, which merges the doclists of
// every term with that prefix before its first row ("sa"*: 40 ms). The FTS tables keep a
// prefix index for prefixes of kShortestIndexedPrefix to kLongestIndexedPrefix characters
// only (SearchTableSql), which FTS5 streams like a word. So, with row counts estimated by a
// TermSample:
//
// - words with more than Tuning::commonRows rows are left out of the FTS5 query and tested
//   here on each candidate row's folded terms: they are common, so few candidates fail;
// - an indexed prefix, alone or with selective words (then unless in more than
//   Tuning::ftsPrefixRows rows), or a prefix with few rows, is given to FTS5, which streams
//   it or merges it cheaply;
// - any other prefix is tested here on the newest candidate rows (of the selective words
//   and the prefix's indexed start, or of the common words, or of all rows): a probe of
//   Tuning::probeRows shows how soon it turns up there, and the scan goes on while that
//   costs less than FTS5's merge, which then takes the older rows.
// - a prefix longer than the indexed ones is not given to FTS5 as a prefix query, which
//   merges the doclists of all its words into one before the first row (25 ms for
//   "callb"* over 53k messages): the words it stands for are listed from the index's
//   vocabulary (a twentieth of the cost per row) and ORed, which FTS5 streams newest first
//   like any word. One with too many words for that is merged as before.
// A scan that stops early hands over to FTS5 below the rows it read, so a wrong estimate
// costs time, never results.
#pragma once

#include "store/StoreError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSet>

#include <optional>

namespace switchboard::store {

class Database;
class SearchQuery;
class TermSample;

class RankedSearch {
public:
    // The prefix lengths, in characters, every search table's FTS index keeps doclists for.
    static constexpr int kShortestIndexedPrefix = 2;
    static constexpr int kLongestIndexedPrefix = 3;

    // Characters in a UTF-8 word.
    static qsizetype characters(QByteArrayView utf8);
    // The first `count` characters of a UTF-8 word (all of it when shorter).
    static QByteArray leadingCharacters(QByteArrayView utf8, qsizetype count);
    static bool hasPrefixIndex(QByteArrayView prefix)
    {
        const qsizetype length = characters(prefix);
        return length >= kShortestIndexedPrefix && length <= kLongestIndexedPrefix;
    }

    // Measured at 1M rows; every plan finds the same rows, so these only move time around
    // (the tests run with other values to take every path).
    struct Tuning {
        // A word with more rows is tested on candidate rows rather than by FTS5.
        qint64 commonRows = 30000;
        // Customer rows a scan for whole words reads before it hands over to FTS5; fewer of
        // a table whose rows cost more (Table::rowCost), as the next two are. Small: when the
        // common word is rare among the candidates ("merve" AND "a" in messages: none of 4k),
        // the scan reads them all, at 10-20 us a row while they are not in SQLite's cache,
        // where FTS5 intersects them in under 10 ms.
        int scanCap = 500;
        // Rows a scan for a prefix reads to learn how common the prefix is among them.
        int probeRows = 400;
        // What FTS5 pays to merge one row of a prefix's doclists, against reading a customer
        // row here (0.3-0.7 us against about 2 us: a row read here is a B-tree lookup).
        double mergeCostPerRow = 0.3;
        // Prefixes longer than the indexed ones stand for at most this many words of the
        // index before they are merged rather than listed and ORed; 0: always merged.
        int maxExpandedWords = 64;
        // What listing one row's word from the vocabulary costs, as mergeCostPerRow (it
        // counts each word's rows: about 0.05 us a row).
        double expandCostPerRow = 0.03;
        // A common indexed prefix with at most this many rows is still given to FTS5 with
        // selective words; a more common one is tested on their rows, as FTS5 is slow to
        // intersect with a very long doclist (ex* in 959k customers: 15-27 ms).
        qint64 ftsPrefixRows = 120000;
    };

    // One search table: its two streams, and what reading one of its rows here costs, in
    // units of a customer row (a message row is longer).
    struct Table {
        const char* match; // ?1 expression, ?2 rowid bound (exclusive), ?3 limit -> rowid
        const char* matchTerms; // the same -> rowid, folded terms
        const char* vocabulary; // ?1 first word ?2 bound (exclusive) ?3 limit -> word
        double rowCost = 1.0;
    };

    struct Row {
        qint64 rowId = 0;
        bool exact = false;
    };

    RankedSearch(Database& db, const Table& table, const TermSample& sample, const Tuning& tuning);

    // At most `limit` rows: whole-word matches first, then prefix matches, each newest first.
    StoreResult<QList<Row>> run(const SearchQuery& query, int limit);

private:
    // Candidate rows from an FTS5 stream, tested here.
    struct Scan {
        QByteArray expression; // the stream: FTS5 query of the selective words
        QList<QByteArray> whole; // common words each row must have whole
        bool exact = false; // collect rows with the last word whole, else as a prefix only
        qint64 cap = 0; // rows to read before handing over to FTS5
    };
    struct Stop {
        std::optional<qint64> at; // the last rowid read, unless the answer is complete or
                                  // the stream was read to its end
        qint64 read = 0;
    };

    StoreResult<> exactMatches();
    StoreResult<> prefixMatches();
    // Runs `scan` on rows below `below`, adding what it finds.
    StoreResult<Stop> runScan(const Scan& scan, qint64 below);
    // Adds the rows of an FTS5 query below `below`.
    StoreResult<> match(const QByteArray& expression, qint64 below, bool exact);
    // Adds the rows with the leading words whole and the last as a prefix, below `below`.
    StoreResult<> matchPrefix(qint64 below);
    // Whether the last word is a prefix FTS5 would merge that can be listed instead.
    bool expandable() const;
    bool full(bool exact) const;
    // Rows of this table that cost what `customerRows` customer rows do to read.
    qint64 scanRows(int customerRows) const;
    // Splits `words` into those FTS5 should intersect and those too common for it.
    void split(const QList<QByteArray>& words, QList<QByteArray>& selective,
        QList<QByteArray>& common) const;

    Database& db_;
    const Table& table_;
    const TermSample& sample_;
    const Tuning& tuning_;
    // The query being run.
    const SearchQuery* query_ = nullptr;
    int limit_ = 0;
    QList<qint64> exact_;
    QList<qint64> prefix_;
    QSet<qint64> exactSet_;
};

} // namespace switchboard::store
