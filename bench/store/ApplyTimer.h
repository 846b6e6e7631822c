// Feeds events to Store::apply in batches, as the sync client will during a full sync, and
// counts only the time spent inside apply().
#pragma once

#include "protocol/Event.h"
#include "store/Store.h"

#include <QList>

namespace switchboard::bench {

class ApplyTimer {
public:
    ApplyTimer(store::Store& store, qsizetype batchSize);

    void add(protocol::Event&& event);
    // Applies what is left; call once at the end.
    void finish();

    qint64 rows() const { return rows_; }
    double seconds() const { return double(nanoseconds_) / 1e9; }
    const QString& error() const { return error_; }

private:
    void applyBatch();

    store::Store& store_;
    qsizetype batchSize_;
    QList<protocol::Event> batch_;
    qint64 rows_ = 0;
    qint64 nanoseconds_ = 0;
    QString error_;
};

} // namespace switchboard::bench
