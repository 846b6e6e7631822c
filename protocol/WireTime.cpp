#include "protocol/WireTime.h"

#include <optional>

namespace switchboard::protocol {

namespace {

constexpr qint64 kMsecsPerDay = 24 * 3600 * 1000;
constexpr qint64 kJulianDayOfEpoch = 2440588; // 1970-01-01
constexpr char kShape[] = "dddd-dd-ddTdd:dd:dd.dddZ"; // 'd' is any decimal digit
constexpr qsizetype kWireTimeChars = sizeof(kShape) - 1;
// Qt's ISO format writes four-digit years and has no year 0; outside this range it is Qt's call.
constexpr int kMinYear = 1;
constexpr int kMaxYear = 9999;

// Writes `value` as exactly `digits` decimal digits ending just before `end`.
void putDigits(char16_t* end, int value, int digits)
{
    for (int i = 0; i < digits; ++i) {
        *--end = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

int digitsAt(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i)
        value = value * 10 + (text[i].unicode() - u'0');
    return value;
}

bool hasWireShape(QStringView text)
{
    if (text.size() != kWireTimeChars)
        return false;
    for (qsizetype i = 0; i < kWireTimeChars; ++i) {
        const char16_t c = text[i].unicode();
        const bool fits = kShape[i] == 'd' ? (c >= u'0' && c <= u'9') : c == char16_t(kShape[i]);
        if (!fits)
            return false;
    }
    return true;
}

// The instant if `text` is exactly the canonical wire form of a real date and time;
// nullopt for anything else, which may still be valid ISO 8601 for Qt (an offset, "24:00").
std::optional<QDateTime> parseWireShape(QStringView text)
{
    if (!hasWireShape(text))
        return std::nullopt;
    const QDate date(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    if (!date.isValid() || date.year() < kMinYear || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const qint64 msecsOfDay = ((hour * 60LL + minute) * 60 + second) * 1000 + digitsAt(text, 20, 3);
    const qint64 days = date.toJulianDay() - kJulianDayOfEpoch;
    return QDateTime::fromMSecsSinceEpoch(days * kMsecsPerDay + msecsOfDay, Qt::UTC);
}

} // namespace

QString toWireTime(const QDateTime& time)
{
    if (time.isValid()) {
        const qint64 msecs = time.toMSecsSinceEpoch();
        qint64 days = msecs / kMsecsPerDay;
        qint64 msecsOfDay = msecs % kMsecsPerDay;
        if (msecsOfDay < 0) { // before 1970: round the day down, not towards zero
            msecsOfDay += kMsecsPerDay;
            --days;
        }
        int year = 0, month = 0, day = 0;
        QDate::fromJulianDay(kJulianDayOfEpoch + days).getDate(&year, &month, &day);
        if (year >= kMinYear && year <= kMaxYear) {
            const int ms = int(msecsOfDay);
            char16_t text[kWireTimeChars];
            for (qsizetype i = 0; i < kWireTimeChars; ++i)
                text[i] = char16_t(kShape[i]);
            putDigits(text + 4, year, 4);
            putDigits(text + 7, month, 2);
            putDigits(text + 10, day, 2);
            putDigits(text + 13, ms / 3'600'000, 2);
            putDigits(text + 16, ms / 60'000 % 60, 2);
            putDigits(text + 19, ms / 1000 % 60, 2);
            putDigits(text + 23, ms % 1000, 3);
            return QString(reinterpret_cast<const QChar*>(text), kWireTimeChars);
        }
    }
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromWireTime(const QString& text)
{
    if (std::optional<QDateTime> time = parseWireShape(text))
        return *time;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    if (time.timeSpec() == Qt::LocalTime) // no zone given: the protocol speaks UTC only
        return {};
    return time.toUTC();
}

} // namespace switchboard::protocol
