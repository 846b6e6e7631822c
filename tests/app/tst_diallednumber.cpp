// The numbers the demo's PBX and the call-pop benchmark dial: every style a Turkish switch
// writes a customer's number in reads back, in the server's default region, to the E.164
// the customer was stored with, for the demo's three countries; and the styles differ, so
// caller identification is fed varied formats.
#include "app/DialledNumber.h"
#include "server/PhoneNormaliser.h"

#include <QSet>
#include <QtTest>

using namespace switchboard;
using namespace Qt::StringLiterals;

class TestDialledNumber : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyStyleFindsTheStoredNumber_data()
    {
        QTest::addColumn<QString>("e164");
        QTest::newRow("TR mobile") << u"+905321234567"_s;
        QTest::newRow("TR Istanbul") << u"+902164567890"_s;
        QTest::newRow("GR mobile") << u"+306941234567"_s;
        QTest::newRow("GR Athens") << u"+302101234567"_s;
        QTest::newRow("GB mobile") << u"+447700900123"_s;
        QTest::newRow("GB London") << u"+442079460958"_s;
    }

    void everyStyleFindsTheStoredNumber()
    {
        QFETCH(QString, e164);
        const server::PhoneNormaliser pbxRegion(u"TR"_s);
        QSet<QString> written;
        for (int style = 0; style < app::DialledNumber::kStyles; ++style) {
            const QString number = app::DialledNumber::write(e164, style);
            QCOMPARE(pbxRegion.normalise(number).e164, e164);
            written.insert(number);
        }
        QVERIFY2(written.size() >= 4, qPrintable(QStringList(written.values()).join(u" | "_s)));
    }

    void turkishNumbersAreWrittenNationally()
    {
        QCOMPARE(app::DialledNumber::write(u"+905321234567"_s, 0), u"0532 123 45 67"_s);
        QCOMPARE(app::DialledNumber::write(u"+905321234567"_s, 1), u"(0532) 123-4567"_s);
        QCOMPARE(app::DialledNumber::write(u"+905321234567"_s, 2), u"0532/1234567"_s);
        QCOMPARE(app::DialledNumber::write(u"+306941234567"_s, 0), u"00306941234567"_s);
        QCOMPARE(app::DialledNumber::write(u"anonymous"_s, 3), u"anonymous"_s);
    }
};

QTEST_GUILESS_MAIN(TestDialledNumber)
#include "tst_diallednumber.moc"
