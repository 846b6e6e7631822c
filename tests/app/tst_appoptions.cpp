// The desktop's command line: the demo by default, --server for real use, and a clear
// message for every mistake instead of a silent fallback.
#include "app/AppOptions.h"

#include <QtTest>

using namespace switchboard::app;
using namespace Qt::StringLiterals;

class TestAppOptions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoIsTheDefault();
    void serverModeTakesAnHttpAddress();
    void languageIsChecked();
    void mistakesAreExplained_data();
    void mistakesAreExplained();
};

void TestAppOptions::demoIsTheDefault()
{
    auto options = AppOptions::parse({ u"switchboard"_s });
    QVERIFY(options.has_value());
    QCOMPARE(options->mode, AppOptions::Mode::Demo);
    QCOMPARE(options->demoCustomers, 1000);
    QVERIFY(options->language.isEmpty());

    auto explicitDemo = AppOptions::parse({ u"switchboard"_s, u"--demo"_s });
    QVERIFY(explicitDemo.has_value());
    QCOMPARE(explicitDemo->mode, AppOptions::Mode::Demo);
}

void TestAppOptions::serverModeTakesAnHttpAddress()
{
    auto options
        = AppOptions::parse({ u"switchboard"_s, u"--server"_s, u"http://desk.example:8750"_s });
    QVERIFY(options.has_value());
    QCOMPARE(options->mode, AppOptions::Mode::Server);
    QCOMPARE(options->serverUrl.host(), u"desk.example"_s);
    QCOMPARE(options->serverUrl.port(), 8750);
}

void TestAppOptions::languageIsChecked()
{
    auto turkish = AppOptions::parse({ u"switchboard"_s, u"--lang"_s, u"TR"_s });
    QVERIFY(turkish.has_value());
    QCOMPARE(turkish->language, u"tr"_s);
}

void TestAppOptions::mistakesAreExplained_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown language") << QStringList { u"--lang"_s, u"de"_s } << u"--lang"_s;
    QTest::newRow("ftp server") << QStringList { u"--server"_s, u"ftp://desk.example"_s }
                                << u"http://"_s;
    QTest::newRow("both modes") << QStringList { u"--demo"_s, u"--server"_s, u"http://a.example"_s }
                                << u"--demo"_s;
    QTest::newRow("unknown option") << QStringList { u"--colour"_s } << u"colour"_s;
    QTest::newRow("stray argument") << QStringList { u"inbox"_s } << u"inbox"_s;
    QTest::newRow("tiny demo") << QStringList { u"--demo-customers"_s, u"3"_s }
                               << u"--demo-customers"_s;
    QTest::newRow("word demo size")
        << QStringList { u"--demo-customers"_s, u"many"_s } << u"--demo-customers"_s;
}

void TestAppOptions::mistakesAreExplained()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    auto options = AppOptions::parse(QStringList { u"switchboard"_s } + arguments);
    QVERIFY(!options.has_value());
    QVERIFY2(options.error().contains(mentions), qPrintable(options.error()));
}

QTEST_GUILESS_MAIN(TestAppOptions)
#include "tst_appoptions.moc"
