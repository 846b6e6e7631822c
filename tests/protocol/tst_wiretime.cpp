// The wire form of instants: the hand-written formatter and parser agree with Qt's ISO 8601
// code on every instant, keep its answers for every other text, and round-trip exactly.
#include "protocol/WireTime.h"

#include <QTimeZone>
#include <QtTest>

#include <random>

using namespace switchboard::protocol;
using namespace Qt::StringLiterals;

namespace {

// What the protocol did before the fast paths, and still does for anything unusual.
QString qtWireTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime qtFromWireTime(const QString& text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return {};
    return time.toUTC();
}

QDateTime utc(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

constexpr qint64 kFirstMsecOfYear1 = -62135596800000LL; // 0001-01-01T00:00:00.000Z
constexpr qint64 kLastMsecOfYear9999 = 253402300799999LL; // 9999-12-31T23:59:59.999Z
constexpr qint64 kMsecsPerDay = 86400000LL;

} // namespace

class TestWireTime : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<QString>("wire");

        QTest::newRow("epoch") << utc(0) << u"1970-01-01T00:00:00.000Z"_s;
        QTest::newRow("milliseconds 999") << utc(999) << u"1970-01-01T00:00:00.999Z"_s;
        QTest::newRow("last msec before 1970") << utc(-1) << u"1969-12-31T23:59:59.999Z"_s;
        QTest::newRow("1900 is no leap year")
            << QDateTime(QDate(1900, 3, 1), QTime(0, 0), Qt::UTC) << u"1900-03-01T00:00:00.000Z"_s;
        QTest::newRow("leap day 2000") << QDateTime(QDate(2000, 2, 29), QTime(23, 59, 59, 999),
            Qt::UTC) << u"2000-02-29T23:59:59.999Z"_s;
        QTest::newRow("leap day 2024") << QDateTime(QDate(2024, 2, 29), QTime(12, 0), Qt::UTC)
                                       << u"2024-02-29T12:00:00.000Z"_s;
        QTest::newRow("last msec of 2025") << QDateTime(QDate(2025, 12, 31), QTime(23, 59, 59, 999),
            Qt::UTC) << u"2025-12-31T23:59:59.999Z"_s;
        QTest::newRow("first msec of 2026")
            << QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC) << u"2026-01-01T00:00:00.000Z"_s;
        QTest::newRow("+03:00 is converted to UTC") << QDateTime(QDate(2026, 1, 1), QTime(1, 30),
            Qt::OffsetFromUTC, 3 * 3600) << u"2025-12-31T22:30:00.000Z"_s;
        QTest::newRow("a time zone is converted to UTC") << QDateTime(QDate(2026, 7, 1),
            QTime(12, 0), QTimeZone("America/New_York")) << u"2026-07-01T16:00:00.000Z"_s;
        QTest::newRow("first instant of year 1")
            << utc(kFirstMsecOfYear1) << u"0001-01-01T00:00:00.000Z"_s;
        QTest::newRow("last instant of year 9999")
            << utc(kLastMsecOfYear9999) << u"9999-12-31T23:59:59.999Z"_s;
        // Qt writes no year outside 1..9999; neither does the protocol.
        QTest::newRow("before year 1") << utc(kFirstMsecOfYear1 - 1) << QString();
        QTest::newRow("after year 9999") << utc(kLastMsecOfYear9999 + 1) << QString();
        QTest::newRow("invalid") << QDateTime() << QString();
    }

    void formats()
    {
        QFETCH(QDateTime, time);
        QFETCH(QString, wire);
        QCOMPARE(toWireTime(time), wire);
        QCOMPARE(toWireTime(time), qtWireTime(time));
    }

    void parses_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<QDateTime>("time"); // invalid: refused

        QTest::newRow("canonical") << u"2026-11-20T09:15:00.000Z"_s
                                   << QDateTime(QDate(2026, 11, 20), QTime(9, 15), Qt::UTC);
        QTest::newRow("milliseconds 999")
            << u"2026-11-20T09:15:00.999Z"_s
            << QDateTime(QDate(2026, 11, 20), QTime(9, 15, 0, 999), Qt::UTC);
        QTest::newRow("before 1970") << u"1969-12-31T23:59:59.999Z"_s << utc(-1);
        QTest::newRow("leap day") << u"2024-02-29T00:00:00.000Z"_s
                                  << QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC);
        QTest::newRow("+03:00") << u"2026-11-20T09:00:00.000+03:00"_s
                                << QDateTime(QDate(2026, 11, 20), QTime(6, 0), Qt::UTC);
        QTest::newRow("-05:30") << u"2026-11-20T09:00:00.000-05:30"_s
                                << QDateTime(QDate(2026, 11, 20), QTime(14, 30), Qt::UTC);
        QTest::newRow("no milliseconds")
            << u"2026-11-20T09:00:00Z"_s << QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
        QTest::newRow("24:00 is the next midnight")
            << u"2026-11-20T24:00:00.000Z"_s
            << QDateTime(QDate(2026, 11, 21), QTime(0, 0), Qt::UTC);

        QTest::newRow("no zone") << u"2026-11-20T09:00:00.000"_s << QDateTime();
        QTest::newRow("no zone, no milliseconds") << u"2026-11-20T09:00:00"_s << QDateTime();
        QTest::newRow("empty") << QString() << QDateTime();
        QTest::newRow("garbage") << u"yesterday at noon"_s << QDateTime();
        QTest::newRow("garbage of the right length")
            << u"2026-11-20T09:15:00.00xZ"_s << QDateTime();
        QTest::newRow("month 13") << u"2026-13-01T00:00:00.000Z"_s << QDateTime();
        QTest::newRow("29 February 2026") << u"2026-02-29T00:00:00.000Z"_s << QDateTime();
        QTest::newRow("minute 60") << u"2026-11-20T09:60:00.000Z"_s << QDateTime();
        QTest::newRow("second 60") << u"2026-11-20T09:00:60.000Z"_s << QDateTime();
        QTest::newRow("year 0") << u"0000-01-01T00:00:00.000Z"_s << QDateTime();
        QTest::newRow("five-digit year") << u"10000-01-01T00:00:00.000Z"_s << QDateTime();
        QTest::newRow("non-ASCII digits") << u"٢٠٢٦-11-20T09:15:00.000Z"_s << QDateTime();
    }

    void parses()
    {
        QFETCH(QString, wire);
        QFETCH(QDateTime, time);
        const QDateTime parsed = fromWireTime(wire);
        QCOMPARE(parsed.isValid(), time.isValid());
        if (time.isValid()) {
            QCOMPARE(parsed, time);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
        const QDateTime reference = qtFromWireTime(wire);
        QCOMPARE(parsed.isValid(), reference.isValid());
        QCOMPARE(parsed, reference);
    }

    // Every day from 1890 to 2110 and every 97th day of years 1 to 9999, each at a random time
    // of day, then random instants: the text is Qt's, and it parses back to the same instant.
    void agreesWithQtAndRoundTrips()
    {
        constexpr qint64 k1890 = -2524521600000LL; // 1890-01-01T00:00:00.000Z
        constexpr qint64 k2110 = 4417977600000LL; // 2110-01-01T00:00:00.000Z
        std::mt19937_64 random(20261124);
        std::uniform_int_distribution<qint64> msecOfDay(0, kMsecsPerDay - 1);
        std::uniform_int_distribution<qint64> anyMsec(kFirstMsecOfYear1, kLastMsecOfYear9999);
        QList<qint64> instants;
        for (qint64 day = k1890; day < k2110; day += kMsecsPerDay)
            instants.append(day + msecOfDay(random));
        for (qint64 day = kFirstMsecOfYear1; day <= kLastMsecOfYear9999; day += 97 * kMsecsPerDay)
            instants.append(day + msecOfDay(random));
        for (int i = 0; i < 50'000; ++i)
            instants.append(anyMsec(random));
        for (const qint64 msecs : std::as_const(instants)) {
            const QDateTime time = utc(msecs);
            const QString wire = toWireTime(time);
            if (wire != qtWireTime(time))
                QFAIL(qPrintable(
                    u"%1 formats as %2, Qt says %3"_s.arg(msecs).arg(wire, qtWireTime(time))));
            const QDateTime back = fromWireTime(wire);
            if (back != time || back.timeSpec() != Qt::UTC || back != qtFromWireTime(wire))
                QFAIL(qPrintable(u"%1 does not parse back to %2"_s.arg(wire).arg(msecs)));
        }
    }
};

QTEST_GUILESS_MAIN(TestWireTime)
#include "tst_wiretime.moc"
