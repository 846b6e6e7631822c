// A uniform sample of one search table's rows (their folded terms), from which RankedSearch
// estimates how many rows a word or a prefix matches, to pick the cheap way to answer a
// query: stream the rarest word's rows and test the rest here, let FTS5 intersect, or let
// FTS5 merge a prefix's doclists. FTS5 keeps no such counts it could give without reading
// the doclists themselves.
//
// Estimates only choose between ways of finding the same rows, so a stale sample costs
// time, never a wrong result; it is reloaded after kMaxAgeMs.
#pragma once

#include "store/StoreError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QElapsedTimer>
#include <QList>

#include <utility>
#include <vector>

namespace switchboard::store {

class Database;

class TermSample {
public:
    static constexpr int kRows = 2000;
    static constexpr qint64 kMaxAgeMs = 60 * 1000;

    struct Sql {
        const char* maxSequence;  // -> the largest seq
        const char* termsAt;      // ?1 seq -> terms
    };

    // Reads up to kRows rows at evenly spaced sequence numbers: about kRows lookups.
    static StoreResult<TermSample> load(Database& db, const Sql& sql);

    bool isStale() const { return age_.hasExpired(kMaxAgeMs); }
    // Estimated rows in the table.
    qint64 rows() const { return rows_; }
    // Estimated rows with `word` as a whole word, or with a word starting with `prefix`.
    qint64 rowsWithWord(QByteArrayView word) const;
    qint64 rowsWithPrefix(QByteArrayView prefix) const;

private:
    qint64 scale(qint64 found) const;

    // Every word of the sampled rows with the number of rows it is in, sorted by word, so
    // a word is a binary search and a prefix a short run.
    std::vector<std::pair<QByteArray, int>> words_;
    int sampled_ = 0;
    qint64 rows_ = 0;
    QElapsedTimer age_;
};

} // namespace switchboard::store
