// A uniform sample of one search table's rows (their folded terms), from which RankedSearch
// estimates how many rows a word or a prefix matches, to pick the cheap way to answer a
// query: stream the rarest word's rows and test the rest here, let FTS5 intersect, or let
// FTS5 merge a prefix's doclists. FTS5 keeps no such counts it could give without reading
// the doclists themselves.
//
// Estimates only choose between ways of finding the same rows, so a stale sample costs
// time, never a wrong result: it is reloaded when the table has grown or shrunk by a
// quarter, not on every change.
#pragma once

#include "store/StoreError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstdlib>
#include <utility>
#include <vector>

namespace switchboard::store {

class Database;

class TermSample {
public:
    static constexpr int kRows = 2000;

    struct Sql {
        const char* maxSequence; // -> the largest seq
        const char* termsAt; // ?1 seq -> terms
    };

    // The table's largest sequence number now: how much it has grown.
    static StoreResult<qint64> maxSequence(Database& db, const Sql& sql);
    // Reads up to kRows rows at evenly spaced sequence numbers: about kRows lookups, tens
    // of milliseconds at 1M rows.
    static StoreResult<TermSample> load(Database& db, const Sql& sql);

    bool isStale(qint64 maxSequence) const
    {
        return std::abs(maxSequence - maxSequence_) * 4 > maxSequence_
            || (rows_ == 0) != (maxSequence == 0);
    }
    // Estimated rows in the table.
    qint64 rows() const { return rows_; }
    // Estimated rows with `word` as a whole word, or with a word starting with `prefix`.
    qint64 rowsWithWord(QByteArrayView word) const;
    qint64 rowsWithPrefix(QByteArrayView prefix) const;
    // Distinct words starting with `prefix` in the sample: at most as many as the table has.
    qint64 wordsWithPrefix(QByteArrayView prefix) const;

private:
    qint64 scale(qint64 found) const;

    struct Word {
        QByteArray word;
        std::vector<int> rows; // the sampled rows it is in, by their order in the sample
    };
    const Word* find(QByteArrayView word) const;
    qint64 sampledWithPrefix(QByteArrayView prefix) const;
    // Every word of the sampled rows, sorted, so a word is a binary search and a prefix a
    // short run.
    std::vector<Word> words_;
    int sampled_ = 0;
    qint64 rows_ = 0;
    qint64 maxSequence_ = 0;
};

} // namespace switchboard::store
