// Caller identification without the network: numbers from several countries, as people and
// PBXs write them, normalise to the E.164 the customers were stored with and find them in
// the phone index; the index follows every customer snapshot (an edit, a merge). The
// profile summary reads the customer's latest messages, open conversations and feedback
// from the recent-activity index, newest by their own times whatever the order they were
// written in, and the derived indexes are rebuilt for a file written before they existed.
#include "CtiTestSupport.h"
#include "protocol/Conversation.h"
#include "protocol/Customer.h"
#include "protocol/Event.h"
#include "protocol/Feedback.h"
#include "protocol/Message.h"
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
    switchboard::protocol::CallerProfile profileOf(const QString& customerId)
    {
        auto profiles = CallerLookup(*storage_).profiles(u"live"_s, { customerId });
        return profiles && profiles->size() == 1 ? profiles->first()
                                                 : switchboard::protocol::CallerProfile {};
    }
    void reopen()
    {
        storage_.reset();
        auto reopened = SqliteServerStorage::open(dir_.filePath(u"server.sqlite"_s));
        QVERIFY(reopened);
        storage_ = std::move(*reopened);
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

    void profileReadsTheLatestActivityByItsOwnTime()
    {
        namespace protocol = switchboard::protocol;
        const QString customer(kCallerTr);
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-30);
        WriteBatch batch;
        batch.space = u"live"_s;
        auto add = [&](QLatin1StringView type, const QString& id, const QJsonObject& payload) {
            batch.events.append({ QString(type), id, payload, base });
        };
        auto conversation = [&](const QString& id, protocol::ConversationStatus status, int day) {
            protocol::Conversation c;
            c.id = id;
            c.customerId = customer;
            c.channel = protocol::Channel::Email;
            c.subject = u"Subject "_s + id;
            c.status = status;
            c.createdAt = base;
            c.updatedAt = base.addDays(day);
            c.revision = 1;
            add(protocol::EventType::ConversationUpserted, c.id, c.toJson());
        };
        conversation(u"con-p-open"_s, protocol::ConversationStatus::Open, 2);
        conversation(u"con-p-pending"_s, protocol::ConversationStatus::Pending, 5);
        conversation(u"con-p-done"_s, protocol::ConversationStatus::Resolved, 9);
        // Written out of order: the newest three by sentAt are days 8, 7 and 6.
        for (int day : { 7, 1, 8, 3, 6, 2 }) {
            protocol::Message m;
            m.id = u"msg-p-%1"_s.arg(day);
            m.conversationId = u"con-p-open"_s;
            m.customerId = customer;
            m.channel = protocol::Channel::Email;
            m.authorId = customer;
            m.body = u"Message of day %1"_s.arg(day);
            m.sentAt = base.addDays(day);
            add(protocol::EventType::MessageAdded, m.id, m.toJson());
        }
        for (int day : { 9, 4 }) {
            protocol::Feedback f;
            f.id = u"fb-p-%1"_s.arg(day);
            f.customerId = customer;
            f.csat = day == 9 ? 2 : 5;
            f.comment = u"Survey of day %1"_s.arg(day);
            f.createdAt = base.addDays(day);
            add(protocol::EventType::FeedbackAdded, f.id, f.toJson());
        }
        QVERIFY(storage_->commit(batch));

        auto check = [&](const protocol::CallerProfile& profile) {
            QStringList summaries;
            for (const auto& interaction : profile.lastInteractions)
                summaries.append(interaction.summary);
            QCOMPARE(summaries,
                (QStringList {
                    u"Message of day 8"_s, u"Message of day 7"_s, u"Message of day 6"_s }));
            QStringList open;
            for (const auto& c : profile.openConversations)
                open.append(c.id);
            QCOMPARE(open, (QStringList { u"con-p-pending"_s, u"con-p-open"_s }));
            QVERIFY(profile.lastFeedback);
            QCOMPARE(profile.lastFeedback->comment, u"Survey of day 9"_s);
        };
        check(profileOf(customer));
        if (QTest::currentTestFailed())
            return;

        // Resolving a conversation takes it off the profile.
        auto stored = storage_->entity(u"live"_s, u"conversation"_s, u"con-p-pending"_s);
        QVERIFY(stored && *stored);
        auto resolved = protocol::Conversation::fromJson(**stored).value();
        resolved.status = protocol::ConversationStatus::Resolved;
        resolved.revision += 1;
        WriteBatch resolve;
        resolve.space = u"live"_s;
        resolve.events.append({ u"conversation.upserted"_s, resolved.id, resolved.toJson(), base });
        QVERIFY(storage_->commit(resolve));
        const auto after = profileOf(customer);
        QCOMPARE(after.openConversations.size(), 1);
        QCOMPARE(after.openConversations.first().id, u"con-p-open"_s);
        QCOMPARE(after.lastInteractions.size(), 3);
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
        reopen();
        QCOMPARE(lookUp(u"+905321234567"_s), QStringList { QString(kCallerTr) });
        QCOMPARE(lookUp(u"+493012345678"_s), QStringList { QString(kCallerDe) });
    }

    void recentAndSnoozeIndexesAreBuiltForAnOlderFile()
    {
        namespace protocol = switchboard::protocol;
        // A conversation snoozed until a minute ago, so it is due.
        protocol::Conversation snoozed;
        snoozed.id = u"con-p-snoozed"_s;
        snoozed.customerId = QString(kCallerGb);
        snoozed.subject = u"Call back"_s;
        snoozed.status = protocol::ConversationStatus::Snoozed;
        snoozed.snoozedUntil = QDateTime::currentDateTimeUtc().addSecs(-60);
        snoozed.createdAt = snoozed.updatedAt = QDateTime::currentDateTimeUtc().addDays(-1);
        snoozed.revision = 1;
        WriteBatch batch;
        batch.space = u"live"_s;
        batch.events.append({ u"conversation.upserted"_s, snoozed.id, snoozed.toJson(), {} });
        QVERIFY(storage_->commit(batch));
        const auto before = profileOf(QString(kCallerTr));
        QCOMPARE(before.lastInteractions.size(), 3);
        auto due = storage_->dueSnoozes(QDateTime::currentDateTimeUtc(), 10);
        QVERIFY(due);
        QCOMPARE(due->size(), 1);

        {
            auto db = switchboard::store::Database::open(dir_.filePath(u"server.sqlite"_s));
            QVERIFY(db);
            QVERIFY(db->exec("DELETE FROM customer_recent; DELETE FROM conversation_snoozes; DELETE"
                             " FROM settings WHERE key IN ('recent_index', 'snooze_index')"));
        }
        reopen();
        QCOMPARE(profileOf(QString(kCallerTr)), before);
        due = storage_->dueSnoozes(QDateTime::currentDateTimeUtc(), 10);
        QVERIFY(due);
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->first().conversationId, snoozed.id);
        // Not due yet an hour ago.
        QCOMPARE(storage_->dueSnoozes(QDateTime::currentDateTimeUtc().addSecs(-3600), 10)->size(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestServerCallerId)
#include "tst_servercallerid.moc"
