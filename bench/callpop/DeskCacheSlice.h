// The desktop's cache for the call-pop benchmark: the first `customers` customers of the
// server's data set (with their orders, conversations, messages and feedback, and every tag,
// queue and agent), written as a resync writes a cache (Store::applySnapshot from the
// server's own snapshot of those entities), then marked complete up to the server's current
// seq (Store::finishSnapshot). The desk's hello then carries that seq, the server answers
// with an empty catch-up and no resync, and the other customers exist only on the server,
// as for a desk that was never shown them: a call from one of them pops from the `offered`
// frame alone, a call from a cached one is enriched from the cache too.
//
// Made once from the server's file while no server runs (the run copies it, so catch-up and
// live events never change the kept one), and reused while a marker says it matches.
#pragma once

#include <QString>

namespace switchboard::bench {

class DeskCacheSlice {
public:
    DeskCacheSlice(QString serverDatabase, QString path);

    // Makes the slice unless the kept one matches `customers` and `datasetKey`; false with
    // error() set on failure. madeSeconds() is 0 when it was reused.
    bool prepare(qint64 customers, const QString& datasetKey);
    double madeSeconds() const { return madeSeconds_; }
    qint64 cursor() const { return cursor_; }
    const QString& error() const { return error_; }

    // A fresh copy of the kept slice at `copyPath`, for one run.
    bool copyTo(const QString& copyPath);

private:
    bool make(qint64 customers);

    QString serverDatabase_;
    QString path_;
    double madeSeconds_ = 0;
    qint64 cursor_ = 0;
    QString error_;
};

} // namespace switchboard::bench
