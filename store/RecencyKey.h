// The FTS rowid of a search row: its rank time in the high bits and its row's sequence
// number in the low ones, so that FTS5's `ORDER BY rowid DESC LIMIT n` streams the most
// recent matches first and stops after n, without reading, let alone sorting, the rest;
// and the row itself is found from the rowid without an index on it.
//
// rowid = seconds since the epoch << kSequenceBits | sequence. A second is fine enough for
// "most recent contact"; rows in the same second rank by sequence (the later indexed first).
// Rows without a time rank below every dated row (second 0).
#pragma once

#include <QDateTime>

namespace switchboard::store {

class RecencyKey {
public:
    static constexpr int kSequenceBits = 31;
    static constexpr qint64 kMaxSequence = (qint64(1) << kSequenceBits) - 1;
    // The latest second that keeps the rowid in 63 bits: the year 2106.
    static constexpr qint64 kMaxSeconds = (qint64(1) << (63 - kSequenceBits)) - 1;

    // `rankedMs` is milliseconds since the epoch, negative when the row has no time.
    static qint64 make(qint64 rankedMs, qint64 sequence);
    static qint64 sequenceOf(qint64 rowId) { return rowId & kMaxSequence; }
    // The stored form of a time: milliseconds since the epoch, -1 when invalid.
    static qint64 millisecondsOf(const QDateTime& time);
};

} // namespace switchboard::store
