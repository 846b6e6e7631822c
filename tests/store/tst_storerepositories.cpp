// The repositories read back exactly what they were given, call pop finds every customer
// with the caller's number through its index, and a customer's timeline pages through
// their whole history in time order without repeating or skipping a message.
#include "StoreTestData.h"

#include "protocol/Agent.h"
#include "protocol/Feedback.h"
#include "protocol/Order.h"
#include "protocol/Queue.h"
#include "protocol/Tag.h"
#include "store/AgentRepository.h"
#include "store/ConversationRepository.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"
#include "store/FeedbackRepository.h"
#include "store/MessageRepository.h"
#include "store/OrderRepository.h"
#include "store/QueueRepository.h"
#include "store/SchemaMigrator.h"
#include "store/SyncCursorRepository.h"
#include "store/TagRepository.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace switchboard;
using namespace switchboard::store;
using namespace Qt::StringLiterals;

namespace {

QString queryPlan(Database& db, const char* sql)
{
    const QByteArray explain = QByteArray("EXPLAIN QUERY PLAN ") + sql;
    auto s = db.prepare(explain.constData());
    QStringList lines;
    while (s && s->step().value_or(false))
        lines.append(s->text(3));
    return lines.join(u'\n');
}

} // namespace

class TestStoreRepositories : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::optional<Database> db_;

private Q_SLOTS:
    void init()
    {
        QVERIFY(dir_.isValid());
        auto db = Database::open(dir_.filePath(QUuid::createUuid().toString(QUuid::Id128)));
        QVERIFY(db);
        db_.emplace(std::move(*db));
        // Core tables only: the repositories do not need the search index.
        QVERIFY(SchemaMigrator(*db_).migrate(1));
    }

    void cleanup() { db_.reset(); }

    void customerRoundTripsWithEveryField()
    {
        CustomerRepository customers(*db_);
        protocol::Customer c = testdata::customer(u"cus-42"_s, u"Ayşe"_s, u"Öztürk"_s,
                                                  u"+905321234567"_s);
        c.phones.append({u"0212 555 00 11"_s, QString(), u"work"_s}); // not normalisable
        c.emails.append(u"ayse@boğaziçi.example"_s);
        c.socialHandles.append({u"instagram"_s, u"@ayseoz"_s});
        c.company = u"Boğaziçi Lens"_s;
        c.segment = protocol::Segment::Loyal;
        c.lifetimeValueMinor = 1245000;
        c.currency = u"TRY"_s;
        c.preferences = {{u"contactChannel"_s, u"sms"_s}};
        c.notes = u"Prefers Turkish."_s;
        c.tags = {u"Sales lead"_s};
        c.lastContactAt = testdata::at(30);
        c.revision = 7;
        QVERIFY(customers.upsert(c));
        auto read = customers.find(c.id);
        QVERIFY(read);
        QVERIFY(read->has_value());
        QCOMPARE(read->value(), c);

        // A later snapshot replaces phones and emails, it does not add to them.
        c.phones = {{u"0533 000 00 00"_s, u"+905330000000"_s, u"mobile"_s}};
        c.emails = {u"new@example.com"_s};
        c.revision = 8;
        QVERIFY(customers.upsert(c));
        QCOMPARE(customers.find(c.id).value().value(), c);
        QCOMPARE(customers.findByPhone(u"+905321234567"_s).value().size(), 0);
        QCOMPARE(customers.count().value(), 1);
        QVERIFY(!customers.find(u"nobody"_s).value().has_value());
    }

    void callPopFindsEveryCustomerWithTheNumber()
    {
        CustomerRepository customers(*db_);
        const QString shared = u"+302101234567"_s;
        auto father = testdata::customer(u"c1"_s, u"Nikos"_s, u"Ioannou"_s, shared);
        father.lastContactAt = testdata::at(10);
        auto daughter = testdata::customer(u"c2"_s, u"Eleni"_s, u"Ioannou"_s, shared);
        daughter.lastContactAt = testdata::at(50);
        QVERIFY(customers.upsert(father));
        QVERIFY(customers.upsert(daughter));
        QVERIFY(customers.upsert(testdata::customer(u"c3"_s, u"Other"_s, u"Person"_s,
                                                    u"+302109999999"_s)));
        auto found = customers.findByPhone(shared);
        QVERIFY(found);
        QCOMPARE(found->size(), 2);
        QCOMPARE(found->at(0).id, u"c2"_s); // most recently in contact first
        QCOMPARE(found->at(1).id, u"c1"_s);
        QVERIFY(customers.findByPhone(u"+449999999999"_s).value().isEmpty());
        // The lookup is an index search, not a scan, whatever the cache's size.
        const QString plan = queryPlan(
            *db_, "SELECT customer_id FROM customer_phones WHERE e164 = '+302101234567'");
        QVERIFY2(plan.contains(u"customer_phones_e164"_s), qPrintable(plan));
    }

    void removingACustomerTakesTheirPhonesAlong()
    {
        CustomerRepository customers(*db_);
        QVERIFY(customers.upsert(testdata::customer(u"c1"_s, u"A"_s, u"B"_s, u"+905320000001"_s)));
        QCOMPARE(customers.remove(u"c1"_s).value(), true);
        QVERIFY(customers.findByPhone(u"+905320000001"_s).value().isEmpty());
        QCOMPARE(customers.remove(u"c1"_s).value(), false);
    }

    void conversationRoundTripsWithTagsAndOptionalFields()
    {
        ConversationRepository conversations(*db_);
        auto c = testdata::conversation(u"con-1"_s, u"c1"_s, u"Lens not focusing"_s);
        c.tags = {u"Technical problem"_s, u"Incident"_s};
        c.assigneeId = u"agent-3"_s;
        c.priority = protocol::Priority::High;
        c.slaDueAt = testdata::at(240);
        QVERIFY(conversations.upsert(c));
        QCOMPARE(conversations.find(c.id).value().value(), c);
        c.tags = {u"Incident"_s};
        c.assigneeId.clear();
        c.slaDueAt = {};
        QVERIFY(conversations.upsert(c));
        QCOMPARE(conversations.find(c.id).value().value(), c);
        QCOMPARE(conversations.subject(c.id).value().value(), c.subject);
        QVERIFY(!conversations.subject(u"none"_s).value().has_value());
        const QString plan = queryPlan(*db_, "SELECT id FROM conversations WHERE assignee_id IS "
                                             "NULL ORDER BY updated_at DESC");
        QVERIFY2(plan.contains(u"conversations_assignee"_s), qPrintable(plan));
    }

    void timelinePagesThroughTheWholeHistoryInOrder()
    {
        MessageRepository messages(*db_);
        // 23 messages over two conversations; some share a minute, so the id breaks ties.
        QList<protocol::Message> all;
        for (int i = 0; i < 23; ++i) {
            auto m = testdata::message(u"m%1"_s.arg(i, 2, 10, QChar(u'0')),
                                       i % 2 ? u"con-a"_s : u"con-b"_s, u"c1"_s,
                                       u"message %1"_s.arg(i), i / 3);
            if (i == 7) {
                m.direction = protocol::MessageDirection::Outbound;
                m.call = protocol::CallDetails{184, u"resolved"_s, u"rec-77"_s};
                m.channel = protocol::Channel::Phone;
            }
            all.append(m);
        }
        // Inserted out of order, with another customer's messages in between.
        for (qsizetype i = all.size() - 1; i >= 0; --i) {
            QVERIFY(messages.upsert(all.at(i)));
            QVERIFY(messages.upsert(testdata::message(u"x%1"_s.arg(i), u"con-x"_s, u"c2"_s,
                                                      u"other"_s, i)));
        }
        QList<protocol::Message> seen;
        std::optional<TimelineKey> before;
        int pages = 0;
        for (;;) {
            auto page = messages.timeline(u"c1"_s, 10, before);
            QVERIFY(page);
            if (page->isEmpty())
                break;
            ++pages;
            QVERIFY(page->size() <= 10);
            seen = *page + seen;
            before = TimelineKey{page->first().sentAt, page->first().id};
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen, all); // every message once, oldest first, fields intact

        const QString plan = queryPlan(
            *db_, "SELECT id FROM messages WHERE customer_id = 'c1' AND (sent_at, id) < (5, 'm')"
                  " ORDER BY sent_at DESC, id DESC LIMIT 10");
        QVERIFY2(plan.contains(u"messages_timeline"_s) && !plan.contains(u"TEMP B-TREE"_s),
                 qPrintable(plan));
    }

    void messageWithTheSameIdReplacesTheOldOne()
    {
        MessageRepository messages(*db_);
        auto m = testdata::message(u"m1"_s, u"con"_s, u"c1"_s, u"draft"_s, 1);
        QVERIFY(messages.upsert(m));
        m.body = u"final"_s;
        QVERIFY(messages.upsert(m));
        QCOMPARE(messages.count().value(), 1);
        QCOMPARE(messages.find(u"m1"_s).value().value().body, u"final"_s);
    }

    void smallerEntitiesRoundTrip()
    {
        OrderRepository orders(*db_);
        protocol::Order o{u"ord-9"_s, u"c1"_s, testdata::at(5),
                          {{u"LNS-50"_s, u"50mm f/1.8 lens"_s, 1, 899000},
                           {u"CAP-1"_s, u"Lens cap"_s, 2, 15000}},
                          929000, u"TRY"_s, protocol::OrderStatus::Delivered};
        QVERIFY(orders.upsert(o));
        QCOMPARE(orders.find(o.id).value().value(), o);
        QCOMPARE(orders.forCustomer(u"c1"_s).value(), QList<protocol::Order>{o});

        FeedbackRepository feedback(*db_);
        protocol::Feedback f{u"fb-1"_s, u"c1"_s, u"con-1"_s, 5, 9, std::nullopt,
                             u"Great help"_s, testdata::at(60)};
        QVERIFY(feedback.upsert(f));
        QCOMPARE(feedback.forCustomer(u"c1"_s).value(), QList<protocol::Feedback>{f});

        TagRepository tags(*db_);
        protocol::Tag t{u"Incident"_s, u"#d9534f"_s, u"Issue type"_s};
        QVERIFY(tags.upsert(t));
        QCOMPARE(tags.all().value(), QList<protocol::Tag>{t});
        QCOMPARE(tags.remove(t.name).value(), true);
        QVERIFY(tags.all().value().isEmpty());

        AgentRepository agents(*db_);
        protocol::Agent a{u"agent-3"_s, u"Deniz"_s, protocol::AgentRole::Lead,
                          {u"Billing"_s}, protocol::Presence::Available, {u"refunds"_s},
                          {u"tr"_s, u"en"_s}};
        QVERIFY(agents.upsert(a));
        QCOMPARE(agents.find(a.id).value().value(), a);

        QueueRepository queues(*db_);
        protocol::Queue q{u"q-billing"_s, u"Billing"_s, u"Billing"_s, 30};
        QVERIFY(queues.upsert(q));
        QCOMPARE(queues.all().value(), QList<protocol::Queue>{q});

        SyncCursorRepository cursors(*db_);
        QCOMPARE(cursors.cursor(u"live"_s).value(), 0);
        QVERIFY(cursors.setCursor(u"live"_s, 41));
        QVERIFY(cursors.setCursor(u"training-1"_s, 3));
        QCOMPARE(cursors.cursor(u"live"_s).value(), 41);
        QCOMPARE(cursors.cursor(u"training-1"_s).value(), 3);
    }
};

QTEST_GUILESS_MAIN(TestStoreRepositories)
#include "tst_storerepositories.moc"
