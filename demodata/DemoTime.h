// Instants inside the generator are plain milliseconds since the epoch (UTC): adding and
// comparing them is free, and they become QDateTime only when an entity is filled in.
#pragma once

#include <QDateTime>
#include <QString>

namespace switchboard::demodata {

inline constexpr qint64 kSecondMs = 1000;
inline constexpr qint64 kMinuteMs = 60 * kSecondMs;
inline constexpr qint64 kHourMs = 60 * kMinuteMs;
inline constexpr qint64 kDayMs = 24 * kHourMs;

inline QDateTime toDateTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// "2026/11/21": the folder a PBX files a day's recordings under. Computed from the day
// number directly (Hinnant's civil-from-days), which is much cheaper than QDate::toString.
inline QString datePath(qint64 ms) {
    qint64 z = (ms >= 0 ? ms : ms - kDayMs + 1) / kDayMs + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);

    QString out(10, Qt::Uninitialized);
    QChar* c = out.data();
    const auto digit = [](qint64 d) { return QChar(char16_t(u'0' + d)); };
    c[0] = digit(year / 1000 % 10);
    c[1] = digit(year / 100 % 10);
    c[2] = digit(year / 10 % 10);
    c[3] = digit(year % 10);
    c[4] = u'/';
    c[5] = digit(month / 10);
    c[6] = digit(month % 10);
    c[7] = u'/';
    c[8] = digit(day / 10);
    c[9] = digit(day % 10);
    return out;
}

} // namespace switchboard::demodata
