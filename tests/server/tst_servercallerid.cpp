// Caller identification without the network: numbers from several countries, as people and
// PBXs write them, normalise to the E.164 the customers were stored with and find them in
// the phone index; the index follows every customer snapshot (an edit, a merge).
#include "CtiTestSupport.h"
#include "protocol/Customer.h"
#include "protocol/Event.h"
#include "server/CallerLookup.h"
#include "server/PhoneNormaliser.h"
#include "server/SqliteServerStorage.h"

#include <QtTest>

using namespace switchboard::server;
using namespace switchboard::server::test;
using namespace Qt::StringLiterals;

class TestServerCallerId : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::unique_ptr<ServerStorage> storage_;

    QStringList lookUp(const QString& e164)
    {
        return CallerLookup(*storage_)
            .customerIds(u"live"_s, e164)
            .value_or(QStringList { u"error"_s });
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto storage = SqliteServerStorage::open(dir_.filePath(u"server.sqlite"_s));
        QVERIFY(storage);
        storage_ = std::move(*storage);
        QVERIFY(writeCallers(*storage_));
    }

    void numberFormats_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QStringList>("matches");
        const QStringList tr { QString(kCallerTr) };
        const QStringList gr { QString(kCallerGr1), QString(kCallerGr2) };
        const QStringList gb { QString(kCallerGb) };
        const QStringList us { QString(kCallerUs) };
        const QStringList de { QString(kCallerDe) };
        const QStringList none;
        QTest::newRow("TR international")
            << u"TR"_s << u"+90 532 123 45 67"_s << u"+905321234567"_s << tr;
        QTest::newRow("TR national") << u"TR"_s << u"0532 123 45 67"_s << u"+905321234567"_s << tr;
        QTest::newRow("TR 00 prefix") << u"TR"_s << u"00905321234567"_s << u"+905321234567"_s << tr;
        QTest::newRow("TR brackets") << u"TR"_s << u"(0532) 123-4567"_s << u"+905321234567"_s << tr;
        QTest::newRow("TR slash") << u"TR"_s << u"0532/1234567"_s << u"+905321234567"_s << tr;
        QTest::newRow("TR extension")
            << u"TR"_s << u"0532 123 45 67 ext. 12"_s << u"+905321234567"_s << tr;
        QTest::newRow("TR ;ext=") << u"TR"_s << u"+905321234567;ext=7"_s << u"+905321234567"_s
                                  << tr;
        QTest::newRow("TR unknown") << u"TR"_s << u"0533 765 43 21"_s << u"+905337654321"_s << none;
        QTest::newRow("GR national, shared")
            << u"GR"_s << u"210 123 4567"_s << u"+302101234567"_s << gr;
        QTest::newRow("GR from TR") << u"TR"_s << u"0030 210 1234567"_s << u"+302101234567"_s << gr;
        QTest::newRow("GB national") << u"GB"_s << u"020 7946 0958"_s << u"+442079460958"_s << gb;
        QTest::newRow("GB international")
            << u"TR"_s << u"+44 (0)20 7946 0958"_s << u"+442079460958"_s << gb;
        QTest::newRow("US national") << u"US"_s << u"(212) 555-0123"_s << u"+12125550123"_s << us;
        QTest::newRow("US 011 prefix")
            << u"US"_s << u"011 90 532 123 45 67"_s << u"+905321234567"_s << tr;
        QTest::newRow("US with 00") << u"US"_s << u"00905321234567"_s << u"+905321234567"_s << tr;
        QTest::newRow("US dotted x ext")
            << u"US"_s << u"212.555.0123 x45"_s << u"+12125550123"_s << us;
        QTest::newRow("DE national") << u"DE"_s << u"030 12345678"_s << u"+493012345678"_s << de;
        QTest::newRow("DE international")
            << u"GB"_s << u"+49 30 1234 5678"_s << u"+493012345678"_s << de;
        QTest::newRow("anonymous") << u"TR"_s << u"anonymous"_s << QString() << none;
        QTest::newRow("withheld") << u"GB"_s << u"Withheld"_s << QString() << none;
        QTest::newRow("internal extension") << u"TR"_s << u"201"_s << QString() << none;
        QTest::newRow("letters") << u"TR"_s << u"call me"_s << QString() << none;
    }

    void numberFormats()
    {
        QFETCH(QString, region);
        QFETCH(QString, number);
        QFETCH(QString, e164);
        QFETCH(QStringList, matches);
        const NormalisedNumber normalised = PhoneNormaliser(region).normalise(number);
        QCOMPARE(normalised.e164, e164);
        QCOMPARE(lookUp(normalised.e164), matches);
    }

    void withheldIsToldApartFromGarbage()
    {
        QVERIFY(PhoneNormaliser().normalise(u"anonymous"_s).withheld);
        QVERIFY(PhoneNormaliser().normalise(u""_s).withheld);
        QVERIFY(!PhoneNormaliser().normalise(u"call me"_s).withheld);
        QCOMPARE(PhoneNormaliser().normalise(u"0532 123 45 67 ext. 12"_s).extension, u"12"_s);
        QVERIFY(PhoneNormaliser::isKnownRegion(u"gr"_s));
        QVERIFY(!PhoneNormaliser::isKnownRegion(u"XX"_s));
    }

    void indexFollowsEditsAndMerges()
    {
        // Emma gets a new number: the old one no longer finds her.
        auto stored = storage_->entity(u"live"_s, u"customer"_s, QString(kCallerUs));
        QVERIFY(stored && *stored);
        auto emma = switchboard::protocol::Customer::fromJson(**stored).value();
        emma.phones = { { u"0532 999 00 11"_s, u"+905329990011"_s, u"mobile"_s } };
        emma.revision += 1;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        WriteBatch edit;
        edit.space = u"live"_s;
        edit.events.append({ u"customer.upserted"_s, emma.id, emma.toJson(), now });
        QVERIFY(storage_->commit(edit));
        QCOMPARE(lookUp(u"+12125550123"_s), QStringList {});
        QCOMPARE(lookUp(u"+905329990011"_s), QStringList { QString(kCallerUs) });

        // Nikos is merged into Eleni: the shared number finds only the survivor.
        WriteBatch merge;
        merge.space = u"live"_s;
        merge.events.append({ u"customer.merged"_s, QString(kCallerGr2),
            QJsonObject {
                { "survivorId"_L1, QString(kCallerGr1) }, { "mergedId"_L1, QString(kCallerGr2) } },
            now });
        QVERIFY(storage_->commit(merge));
        QCOMPARE(lookUp(u"+302101234567"_s), QStringList { QString(kCallerGr1) });
    }

    void indexIsBuiltForAnOlderFile()
    {
        // A file written before the index existed: emptied index, no version mark.
        {
            auto db = switchboard::store::Database::open(dir_.filePath(u"server.sqlite"_s));
            QVERIFY(db);
            QVERIFY(db->exec(
                "DELETE FROM customer_phones; DELETE FROM settings WHERE key = 'phone_index'"));
        }
        storage_.reset();
        auto reopened = SqliteServerStorage::open(dir_.filePath(u"server.sqlite"_s));
        QVERIFY(reopened);
        storage_ = std::move(*reopened);
        QCOMPARE(lookUp(u"+905321234567"_s), QStringList { QString(kCallerTr) });
        QCOMPARE(lookUp(u"+493012345678"_s), QStringList { QString(kCallerDe) });
    }
};

QTEST_GUILESS_MAIN(TestServerCallerId)
#include "tst_servercallerid.moc"
