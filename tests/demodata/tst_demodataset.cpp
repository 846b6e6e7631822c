// The demo data stream as a whole: exact sizes, the same data for the same seed (and the
// same customer whatever the data set's size), every entity accepted by its own codec, short
// unique ids, and references that always point to something emitted earlier.
#include "RecordingSink.h"
#include "demodata/CountingSink.h"
#include "demodata/DemoDataset.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>

using namespace switchboard;
using namespace switchboard::demodata;
using namespace switchboard::demodata::test;
using namespace Qt::StringLiterals;
using protocol::MessageDirection;

namespace {

constexpr qint64 kCustomers = 2000;
constexpr qint64 kMessages = 8000;

DatasetSize sizeOf(qint64 customers, qint64 messages, quint64 seed = 7) {
    DatasetSize size;
    size.customers = customers;
    size.messages = messages;
    size.seed = seed;
    return size;
}

// A digest of the whole stream: every entity's JSON, in order, with its kind.
class HashingSink : public EntitySink {
public:
    QByteArray result() const { return hash_.result(); }

    void addTag(const protocol::Tag& e) override { add("tag", e.toJson()); }
    void addQueue(const protocol::Queue& e) override { add("queue", e.toJson()); }
    void addAgent(const protocol::Agent& e) override { add("agent", e.toJson()); }
    void addCustomer(const protocol::Customer& e) override { add("customer", e.toJson()); }
    void addOrder(const protocol::Order& e) override { add("order", e.toJson()); }
    void addConversation(const protocol::Conversation& e) override { add("conv", e.toJson()); }
    void addMessage(const protocol::Message& e) override { add("message", e.toJson()); }
    void addFeedback(const protocol::Feedback& e) override { add("feedback", e.toJson()); }

private:
    void add(const char* kind, const QJsonObject& json) {
        hash_.addData(QByteArrayView(kind));
        hash_.addData(QJsonDocument(json).toJson(QJsonDocument::Compact));
    }
    QCryptographicHash hash_{QCryptographicHash::Sha256};
};

QByteArray digestOf(const DatasetSize& size) {
    HashingSink sink;
    DemoDataset(size).generate(sink);
    return sink.result();
}

template <typename T> void checkRoundTrips(const QList<T>& entities, const char* what) {
    for (const T& entity : entities) {
        const auto decoded = T::fromJson(entity.toJson());
        if (!decoded)
            QFAIL(qPrintable(u"%1 %2 does not decode: %3"_s.arg(QLatin1StringView(what))
                                 .arg(QString::fromUtf8(
                                     QJsonDocument(entity.toJson()).toJson(QJsonDocument::Compact)))
                                 .arg(decoded.error().toString())));
        if (!(*decoded == entity))
            QFAIL(qPrintable(
                u"%1 changes in a round trip: %2"_s.arg(QLatin1StringView(what))
                    .arg(QString::fromUtf8(
                        QJsonDocument(entity.toJson()).toJson(QJsonDocument::Compact)))));
    }
}
} // namespace
class DemoDatasetTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameSeedGivesTheSameStream();
    void differentSeedGivesADifferentStream();
    void sizesAreExact_data();
    void sizesAreExact();
    void badSizesAreRefused();
    void customersDoNotDependOnTheDatasetSize();
    void everyEntityRoundTrips();
    void idsAreShortAndUnique();
    void referencesPointToEarlierEntities();

private:
    RecordingSink data_;
    QDateTime reference_;
};

void DemoDatasetTest::initTestCase() {
    const DatasetSize size = sizeOf(kCustomers, kMessages);
    reference_ = size.reference;
    QCOMPARE(reference_, QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC));
    DemoDataset(size).generate(data_);
}

void DemoDatasetTest::sameSeedGivesTheSameStream() {
    QCOMPARE(digestOf(sizeOf(500, 1500, 42)), digestOf(sizeOf(500, 1500, 42)));
}

void DemoDatasetTest::differentSeedGivesADifferentStream() {
    QVERIFY(digestOf(sizeOf(500, 1500, 42)) != digestOf(sizeOf(500, 1500, 43)));
}

void DemoDatasetTest::sizesAreExact_data() {
    QTest::addColumn<qint64>("customers");
    QTest::addColumn<qint64>("messages");
    QTest::newRow("empty") << 0LL << 0LL;
    QTest::newRow("customers only") << 10LL << 0LL;
    QTest::newRow("one chatty customer") << 1LL << 500LL;
    QTest::newRow("fewer messages than customers") << 100LL << 7LL;
    QTest::newRow("one group plus one") << 65LL << 130LL;
    QTest::newRow("demo shape") << 1000LL << 5000LL;
}

void DemoDatasetTest::sizesAreExact() {
    QFETCH(qint64, customers);
    QFETCH(qint64, messages);
    CountingSink counter;
    DemoDataset(sizeOf(customers, messages)).generate(counter);
    QCOMPARE(counter.counts().customers, customers);
    QCOMPARE(counter.counts().messages, messages);
    // Conversations hold one to eight messages each.
    QVERIFY(counter.counts().conversations * 8 >= messages);
    QVERIFY(counter.counts().conversations <= messages);
    QCOMPARE(counter.counts().tags, 12);
    QVERIFY(counter.counts().agents > 0);
    QVERIFY(counter.counts().queues > 0);
}

void DemoDatasetTest::badSizesAreRefused() {
    QVERIFY(sizeOf(-1, 0).validationError().contains(u"customers"_s));
    QVERIFY(sizeOf(10, -1).validationError().contains(u"messages"_s));
    QVERIFY(!sizeOf(0, 5).validationError().isEmpty());
    QVERIFY(!sizeOf(DatasetSize::kMaxCount + 1, 0).validationError().isEmpty());
    DatasetSize noReference = sizeOf(1, 1);
    noReference.reference = {};
    QVERIFY(!noReference.validationError().isEmpty());
    QVERIFY(sizeOf(0, 0).validationError().isEmpty());
}

void DemoDatasetTest::customersDoNotDependOnTheDatasetSize() {
    // Customer 42 is the same person in the demo and in a benchmark data set.
    RecordingSink small;
    DemoDataset(sizeOf(100, 50)).generate(small);
    for (qsizetype i = 0; i < small.customers.size(); ++i) {
        const protocol::Customer& a = small.customers[i];
        const protocol::Customer& b = data_.customers[i];
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.displayName(), b.displayName());
        QCOMPARE(a.phones, b.phones);
        QCOMPARE(a.emails, b.emails);
        QCOMPARE(a.segment, b.segment);
        QCOMPARE(a.lifetimeValueMinor, b.lifetimeValueMinor);
    }
}

void DemoDatasetTest::everyEntityRoundTrips() {
    checkRoundTrips(data_.tags, "tag");
    checkRoundTrips(data_.queues, "queue");
    checkRoundTrips(data_.agents, "agent");
    checkRoundTrips(data_.customers, "customer");
    checkRoundTrips(data_.orders, "order");
    checkRoundTrips(data_.conversations, "conversation");
    checkRoundTrips(data_.messages, "message");
    checkRoundTrips(data_.feedback, "feedback");
}

void DemoDatasetTest::idsAreShortAndUnique() {
    QSet<QString> ids;
    qsizetype total = 0;
    const auto check = [&](const QString& id, QStringView prefix) {
        QVERIFY2(id.startsWith(prefix), qPrintable(id));
        QVERIFY2(id.size() <= 64, qPrintable(id));
        ids.insert(id);
        ++total;
    };
    for (const auto& e : std::as_const(data_.customers))
        check(e.id, u"cus-");
    for (const auto& e : std::as_const(data_.orders))
        check(e.id, u"ord-");
    for (const auto& e : std::as_const(data_.conversations))
        check(e.id, u"con-");
    for (const auto& e : std::as_const(data_.messages))
        check(e.id, u"msg-");
    for (const auto& e : std::as_const(data_.feedback))
        check(e.id, u"fb-");
    for (const auto& e : std::as_const(data_.agents))
        check(e.id, u"agent-");
    QCOMPARE(ids.size(), total);
    QCOMPARE(data_.customers.first().id, u"cus-000001"_s);
    QCOMPARE(data_.agents.first().id, u"agent-1"_s);
}

void DemoDatasetTest::referencesPointToEarlierEntities() {
    QSet<QString> tags;
    QSet<QString> queues;
    QSet<QString> agents;
    QSet<QString> customers;
    QHash<QString, const protocol::Conversation*> conversations;
    bool referenceDataDone = false;
    for (const auto& [kind, index] : std::as_const(data_.stream)) {
        switch (kind) {
        case Kind::Tag:
        case Kind::Queue:
        case Kind::Agent:
            QVERIFY2(!referenceDataDone, "reference data comes first");
            if (kind == Kind::Tag)
                tags.insert(data_.tags[index].name);
            else if (kind == Kind::Queue)
                queues.insert(data_.queues[index].id);
            else
                agents.insert(data_.agents[index].id);
            break;
        case Kind::Customer:
            referenceDataDone = true;
            customers.insert(data_.customers[index].id);
            break;
        case Kind::Order:
            QVERIFY(customers.contains(data_.orders[index].customerId));
            break;
        case Kind::Conversation: {
            const protocol::Conversation& c = data_.conversations[index];
            QVERIFY(customers.contains(c.customerId));
            QVERIFY(queues.contains(c.queueId));
            QVERIFY(c.assigneeId.isEmpty() || agents.contains(c.assigneeId));
            conversations.insert(c.id, &c);
            break;
        }
        case Kind::Message: {
            const protocol::Message& m = data_.messages[index];
            QVERIFY(customers.contains(m.customerId));
            QVERIFY2(conversations.contains(m.conversationId), qPrintable(m.id));
            QCOMPARE(conversations.value(m.conversationId)->customerId, m.customerId);
            QCOMPARE(conversations.value(m.conversationId)->channel, m.channel);
            if (m.direction == MessageDirection::Inbound)
                QCOMPARE(m.authorId, m.customerId);
            else
                QVERIFY2(agents.contains(m.authorId), qPrintable(m.authorId));
            QVERIFY(!m.authorName.isEmpty());
            QVERIFY(!m.body.isEmpty());
            break;
        }
        case Kind::Feedback: {
            const protocol::Feedback& f = data_.feedback[index];
            QVERIFY(customers.contains(f.customerId));
            QVERIFY(conversations.contains(f.conversationId));
            QCOMPARE(conversations.value(f.conversationId)->customerId, f.customerId);
            break;
        }
        }
    }
}

QTEST_GUILESS_MAIN(DemoDatasetTest)
#include "tst_demodataset.moc"
