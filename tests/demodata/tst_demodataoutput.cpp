// What leaves the generator for other programs: the event stream the store and server
// apply (seq, space, type, entity, payload), its JSON Lines form (the multi-threaded writer
// must give exactly the single-threaded bytes), and the customer CSV for the import.
#include "RecordingSink.h"
#include "demodata/CustomerCsvWriter.h"
#include "demodata/DemoDataset.h"
#include "demodata/EventJsonLinesSink.h"
#include "demodata/EventJsonLinesWriter.h"
#include "demodata/EventStreamSink.h"
#include "protocol/Event.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QtTest>

using namespace switchboard;
using namespace switchboard::demodata;
using namespace switchboard::demodata::test;
using namespace Qt::StringLiterals;

namespace {

DatasetSize sizeOf(qint64 customers, qint64 messages) {
    DatasetSize size;
    size.customers = customers;
    size.messages = messages;
    size.seed = 11;
    return size;
}

// The fields of one CSV record (RFC 4180), read from `text` at `pos`, which is advanced.
QStringList readCsvRecord(const QString& text, qsizetype& pos) {
    QStringList fields;
    QString field;
    bool quoted = false;
    while (pos < text.size()) {
        const QChar c = text[pos++];
        if (quoted) {
            if (c == u'"' && pos < text.size() && text[pos] == u'"') {
                field += u'"';
                ++pos;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
        } else if (c == u'\r' && pos < text.size() && text[pos] == u'\n') {
            ++pos;
            break;
        } else {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

QByteArray singleThreadedLines(const DatasetSize& size, qint64 firstSeq) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        EventJsonLinesWriter writer(buffer);
        EventStreamSink events([&writer](protocol::Event&& e) { writer.write(e); }, firstSeq);
        DemoDataset(size).generate(events);
        writer.flush();
    }
    return buffer.data();
}

} // namespace

class DemoDataOutputTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void eventsCarrySeqTypeEntityAndPayload();
    void multiThreadedJsonLinesMatchSingleThreaded();
    void jsonLinesDecodeAsEvents();
    void csvHasHeaderAndOneQuotedRowPerCustomer();
    void failedWritesAreReported();
};

void DemoDataOutputTest::eventsCarrySeqTypeEntityAndPayload() {
    RecordingSink entities;
    QList<protocol::Event> events;
    {
        const DemoDataset dataset(sizeOf(300, 900));
        dataset.generate(entities);
        EventStreamSink sink([&events](protocol::Event&& e) { events.append(std::move(e)); }, 1000);
        dataset.generate(sink);
        QCOMPARE(sink.nextSeq(), 1000 + events.size());
    }
    QCOMPARE(events.size(), entities.stream.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        const protocol::Event& e = events[i];
        QCOMPARE(e.seq, 1000 + i);
        QCOMPARE(e.space, u"live"_s);
        QVERIFY(protocol::EventType::isKnown(e.type));
        QVERIFY(!e.at.isValid());
        const auto decoded = protocol::Event::fromJson(e.toJson());
        QVERIFY2(decoded.has_value(), qPrintable(decoded ? QString() : decoded.error().toString()));
        QCOMPARE(*decoded, e);

        const auto [kind, index] = entities.stream[i];
        QLatin1StringView type;
        QString entity;
        QJsonObject payload;
        switch (kind) {
        case Kind::Tag:
            type = protocol::EventType::TagUpserted;
            entity = entities.tags[index].name;
            payload = entities.tags[index].toJson();
            break;
        case Kind::Queue:
            type = protocol::EventType::QueueUpserted;
            entity = entities.queues[index].id;
            payload = entities.queues[index].toJson();
            break;
        case Kind::Agent:
            type = protocol::EventType::AgentUpserted;
            entity = entities.agents[index].id;
            payload = entities.agents[index].toJson();
            break;
        case Kind::Customer:
            type = protocol::EventType::CustomerUpserted;
            entity = entities.customers[index].id;
            payload = entities.customers[index].toJson();
            break;
        case Kind::Order:
            type = protocol::EventType::OrderUpserted;
            entity = entities.orders[index].id;
            payload = entities.orders[index].toJson();
            break;
        case Kind::Conversation:
            type = protocol::EventType::ConversationUpserted;
            entity = entities.conversations[index].id;
            payload = entities.conversations[index].toJson();
            break;
        case Kind::Message:
            type = protocol::EventType::MessageAdded;
            entity = entities.messages[index].id;
            payload = entities.messages[index].toJson();
            break;
        case Kind::Feedback:
            type = protocol::EventType::FeedbackAdded;
            entity = entities.feedback[index].id;
            payload = entities.feedback[index].toJson();
            break;
        }
        QCOMPARE(e.type, QString(type));
        QCOMPARE(e.entity, entity);
        QCOMPARE(e.payload, payload);
    }
}

void DemoDataOutputTest::multiThreadedJsonLinesMatchSingleThreaded() {
    // Large enough for several batches, so ordering across threads is exercised.
    const DatasetSize size = sizeOf(2500, 6000);
    const QByteArray expected = singleThreadedLines(size, 7);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EventJsonLinesSink sink(buffer, 7, 3);
    DemoDataset(size).generate(sink);
    QVERIFY(sink.finish());
    QCOMPARE(buffer.data().size(), expected.size());
    QVERIFY(buffer.data() == expected);
    QCOMPARE(sink.nextSeq(), 7 + expected.count('\n'));
}

void DemoDataOutputTest::jsonLinesDecodeAsEvents() {
    const QByteArray lines = singleThreadedLines(sizeOf(100, 300), 1);
    QVERIFY(lines.endsWith('\n'));
    qint64 seq = 0;
    qint64 messages = 0;
    for (const QByteArray& line : lines.trimmed().split('\n')) {
        QVERIFY2(!line.contains(' ') || line.contains('"'), "compact JSON");
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const auto event = protocol::Event::fromJson(doc.object());
        QVERIFY2(event.has_value(), qPrintable(event ? QString() : event.error().toString()));
        QCOMPARE(event->seq, ++seq);
        messages += event->type == protocol::EventType::MessageAdded ? 1 : 0;
    }
    QCOMPARE(messages, 300);
}

void DemoDataOutputTest::csvHasHeaderAndOneQuotedRowPerCustomer() {
    RecordingSink entities;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        const DemoDataset dataset(sizeOf(2000, 0));
        dataset.generate(entities);
        CustomerCsvWriter writer(buffer);
        dataset.generate(writer);
        QVERIFY(writer.flush());
        QCOMPARE(writer.rowsWritten(), 2000);
    }
    const QString text = QString::fromUtf8(buffer.data());
    qsizetype pos = 0;
    QCOMPARE(readCsvRecord(text, pos),
             (QStringList{u"id"_s, u"first_name"_s, u"last_name"_s, u"phone"_s, u"email"_s,
                          u"company"_s, u"language"_s, u"segment"_s}));
    bool sawQuotedComma = false;
    for (const protocol::Customer& c : std::as_const(entities.customers)) {
        const QStringList row = readCsvRecord(text, pos);
        QCOMPARE(row.size(), 8);
        QCOMPARE(row[0], c.id);
        QCOMPARE(row[1], c.firstName);
        QCOMPARE(row[2], c.lastName);
        QCOMPARE(row[3], c.phones.first().number);
        QCOMPARE(row[4], c.emails.value(0));
        QCOMPARE(row[5], c.company);
        QCOMPARE(row[6], c.language);
        QCOMPARE(row[7], protocol::wireName(c.segment));
        sawQuotedComma |= c.company.contains(u',');
    }
    QCOMPARE(pos, text.size());
    QVERIFY2(sawQuotedComma, "some company name needs quoting");
}

void DemoDataOutputTest::failedWritesAreReported() {
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    {
        EventJsonLinesSink sink(readOnly);
        DemoDataset(sizeOf(10, 10)).generate(sink);
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
        QVERIFY(!sink.finish());
        QVERIFY(!sink.errorString().isEmpty());
    }
    {
        CustomerCsvWriter writer(readOnly);
        DemoDataset(sizeOf(10, 0)).generate(writer);
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
        QVERIFY(!writer.flush());
        QVERIFY(!writer.ok());
    }
}

QTEST_GUILESS_MAIN(DemoDataOutputTest)
#include "tst_demodataoutput.moc"
