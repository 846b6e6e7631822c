// How much demo data to make and from which seed. Sizes are exact: the generator emits
// precisely `customers` customers and `messages` messages; orders, conversations and
// feedback are derived from them. All times are relative to `reference` ("now" in the
// data set), never the wall clock, so the same options always give the same data.
#pragma once

#include <QDateTime>
#include <QString>

namespace switchboard::demodata {

struct DatasetSize {
    // Far beyond any benchmark, and small enough that `index * messages` cannot overflow.
    static constexpr qint64 kMaxCount = 1'000'000'000;

    qint64 customers = 1000;
    qint64 messages = 5000;
    quint64 seed = 1;
    QDateTime reference = defaultReference();

    // A fixed instant (2026-11-24T09:00:00Z, a Tuesday morning), so output never depends on
    // the day it was generated.
    static QDateTime defaultReference();

    // Empty when the options are usable, otherwise a sentence saying what is wrong.
    QString validationError() const;
};

} // namespace switchboard::demodata
