// The protocol codec: every entity decodes from a realistic sample and re-encodes to the
// same JSON, and bad input is refused with a coded error naming the field.
#include "protocol/Agent.h"
#include "protocol/CallWrapUp.h"
#include "protocol/Command.h"
#include "protocol/Conversation.h"
#include "protocol/Customer.h"
#include "protocol/Event.h"
#include "protocol/Feedback.h"
#include "protocol/Limits.h"
#include "protocol/Message.h"
#include "protocol/Order.h"
#include "protocol/Queue.h"
#include "protocol/Tag.h"

#include <QJsonDocument>
#include <QtTest>

using namespace switchboard::protocol;
using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const char* json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad sample JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

const char* kCustomer = R"({
  "id": "cus-000042", "firstName": "Ayşe", "lastName": "Öztürk",
  "phones": [{"number": "0532 123 45 67", "e164": "+905321234567", "label": "mobile"}],
  "emails": ["ayse.ozturk@example.com.tr"],
  "socialHandles": [{"network": "instagram", "handle": "@ayseoz"}],
  "company": "Boğaziçi Lens", "language": "tr", "segment": "loyal",
  "lifetimeValueMinor": 1245000, "currency": "TRY",
  "preferences": {"contactChannel": "sms", "contactTime": "evening"},
  "notes": "Prefers Turkish.", "tags": ["Sales lead"],
  "lastContactAt": "2026-11-20T09:15:00.000Z", "createdAt": "2024-03-01T10:00:00.000Z",
  "updatedAt": "2026-11-20T09:15:00.000Z", "revision": 7
})";

const char* kOrder = R"({
  "id": "ord-9", "customerId": "cus-000042", "placedAt": "2026-10-02T12:00:00.000Z",
  "items": [{"sku": "LNS-50", "name": "50mm f/1.8 lens", "quantity": 1, "unitPriceMinor": 899000},
            {"sku": "CAP-1", "name": "Lens cap", "quantity": 2, "unitPriceMinor": 15000}],
  "amountMinor": 929000, "currency": "TRY", "status": "delivered"
})";

const char* kConversation = R"({
  "id": "con-77", "customerId": "cus-000042", "channel": "chat", "subject": "Lens not focusing",
  "status": "open", "priority": "high", "queueId": "q-tech", "assigneeId": "agent-3",
  "tags": ["Technical problem"], "createdAt": "2026-11-20T09:00:00.000Z",
  "updatedAt": "2026-11-20T09:15:00.000Z", "firstResponseAt": "2026-11-20T09:02:00.000Z",
  "slaDueAt": "2026-11-20T13:00:00.000Z", "revision": 3
})";

const char* kCall = R"({
  "id": "msg-501", "conversationId": "con-78", "customerId": "cus-000042", "direction": "in",
  "authorId": "cus-000042", "authorName": "Ayşe Öztürk", "channel": "phone", "body": "",
  "sentAt": "2026-11-21T08:30:00.000Z",
  "call": {"durationSeconds": 312, "disposition": "resolved", "recordingRef": "rec/2026/11/21/501"}
})";

const char* kNote = R"({
  "id": "msg-502", "conversationId": "con-77", "customerId": "cus-000042", "direction": "note",
  "authorId": "agent-3", "authorName": "Elif Kaya", "channel": "chat",
  "body": "Asked for the serial number; sent to repairs.", "sentAt": "2026-11-20T09:16:00.000Z"
})";

const char* kTag = R"({"name": "Feature request", "colour": "#5b8def", "category": "Product"})";
const char* kAgent = R"({"id": "agent-3", "name": "Elif Kaya", "role": "lead", "teams": ["Support"],
  "presence": "available", "skills": ["lenses"], "languages": ["tr", "en"]})";
const char* kQueue = R"({"id": "q-tech", "name": "Technical support", "team": "Support", "slaMinutes": 240})";
const char* kFeedback = R"({"id": "fb-1", "customerId": "cus-000042", "conversationId": "con-77",
  "csat": 5, "nps": 9, "comment": "Quick and kind.", "createdAt": "2026-11-21T10:00:00.000Z"})";
const char* kEvent = R"({"seq": 1042, "space": "live", "type": "tag.upserted", "entity": "Incident",
  "payload": {"name": "Incident", "colour": "#d9534f", "category": "Issue type"},
  "at": "2026-11-24T08:00:00.000Z"})";
const char* kCommand = R"({"id": "6f1c2e0a-4b7d-4d1e-9a63-2f5d1b7c9e10", "type": "conversation.addTag",
  "payload": {"conversationId": "con-77", "tag": "Incident"}, "baseRevision": 3})";

const char* kWrapUp = R"({"callId": "pbx-7f3a", "customerId": "cus-000042", "code": "callback_needed",
  "notes": "Wants the repair estimate by phone.", "tags": ["Technical problem"],
  "followUpAt": "2026-11-26T10:00:00.000Z"})";
const char* kDecline = R"({"callId": "pbx-7f3a"})";

template <typename T> void checkRoundTrip(const char* sample)
{
    const QJsonObject json = parse(sample);
    auto decoded = T::fromJson(json);
    QVERIFY2(decoded.has_value(), decoded ? "" : qPrintable(decoded.error().toString()));
    QCOMPARE(decoded->toJson(), json);
    auto again = T::fromJson(decoded->toJson());
    QVERIFY(again.has_value());
    QCOMPARE(*again, *decoded);
}

} // namespace

class TestProtocolCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrips()
    {
        checkRoundTrip<Customer>(kCustomer);
        checkRoundTrip<Order>(kOrder);
        checkRoundTrip<Conversation>(kConversation);
        checkRoundTrip<Message>(kCall);
        checkRoundTrip<Message>(kNote);
        checkRoundTrip<Tag>(kTag);
        checkRoundTrip<Agent>(kAgent);
        checkRoundTrip<Queue>(kQueue);
        checkRoundTrip<Feedback>(kFeedback);
        checkRoundTrip<Event>(kEvent);
        checkRoundTrip<Command>(kCommand);
        checkRoundTrip<CallWrapUp>(kWrapUp);
        checkRoundTrip<CallDecline>(kDecline);
    }

    void decodesWhatTheUserSees()
    {
        auto customer = Customer::fromJson(parse(kCustomer));
        QVERIFY(customer);
        QCOMPARE(customer->displayName(), u"Ayşe Öztürk"_s);
        QCOMPARE(customer->segment, Segment::Loyal);
        QCOMPARE(customer->phones.first().e164, u"+905321234567"_s);
        QCOMPARE(customer->preferences.value(u"contactTime"_s), u"evening"_s);
        QCOMPARE(customer->lastContactAt,
                 QDateTime(QDate(2026, 11, 20), QTime(9, 15), Qt::UTC));

        auto call = Message::fromJson(parse(kCall));
        QVERIFY(call);
        QVERIFY(call->call.has_value());
        QCOMPARE(call->call->durationSeconds, 312);
        auto note = Message::fromJson(parse(kNote));
        QVERIFY(note);
        QCOMPARE(note->direction, MessageDirection::InternalNote);
        QVERIFY(!note->call.has_value());

        auto feedback = Feedback::fromJson(parse(kFeedback));
        QVERIFY(feedback);
        QCOMPARE(feedback->csat, std::optional<qint64>(5));
        QCOMPARE(feedback->ces, std::nullopt);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("field");

        auto row = [](const char* name, const char* kind, const char* json, DecodeErrorCode code,
                      const char* field) {
            QTest::newRow(name) << QString::fromLatin1(kind) << QByteArray(json)
                                << static_cast<int>(code) << QString::fromLatin1(field);
        };
        row("customer without id", "customer", R"({"firstName":"A"})",
            DecodeErrorCode::MissingField, "id");
        row("customer without any name", "customer", R"({"id":"c1"})",
            DecodeErrorCode::MissingField, "firstName");
        row("name of wrong type", "customer", R"({"id":"c1","firstName":42})",
            DecodeErrorCode::WrongType, "firstName");
        row("unknown segment", "customer", R"({"id":"c1","firstName":"A","segment":"vip"})",
            DecodeErrorCode::UnknownValue, "segment");
        row("bad e164 in second phone", "customer",
            R"({"id":"c1","firstName":"A","phones":[{"number":"1"},{"number":"2","e164":"0532"}]})",
            DecodeErrorCode::OutOfRange, "phones.1.e164");
        row("e164 with letters", "customer",
            R"({"id":"c1","firstName":"A","phones":[{"number":"1","e164":"+abcdefg"}]})",
            DecodeErrorCode::OutOfRange, "phones.0.e164");
        row("phone not an object", "customer", R"({"id":"c1","firstName":"A","phones":["0532"]})",
            DecodeErrorCode::WrongType, "phones.0");
        row("negative lifetime value", "customer",
            R"({"id":"c1","firstName":"A","lifetimeValueMinor":-5})", DecodeErrorCode::OutOfRange,
            "lifetimeValueMinor");
        row("fractional revision", "customer", R"({"id":"c1","firstName":"A","revision":1.5})",
            DecodeErrorCode::WrongType, "revision");
        row("time without zone", "conversation",
            R"({"id":"x","customerId":"c","channel":"chat","status":"open","createdAt":"2026-11-20T09:00:00"})",
            DecodeErrorCode::WrongType, "createdAt");
        row("unknown channel", "conversation",
            R"({"id":"x","customerId":"c","channel":"fax","status":"open","createdAt":"2026-11-20T09:00:00Z"})",
            DecodeErrorCode::UnknownValue, "channel");
        row("csat out of range", "feedback",
            R"({"id":"f","customerId":"c","csat":6,"createdAt":"2026-11-20T09:00:00Z"})",
            DecodeErrorCode::OutOfRange, "csat");
        row("bad tag colour", "tag", R"({"name":"X","colour":"red"})", DecodeErrorCode::OutOfRange,
            "colour");
        row("blank tag name", "tag", R"({"name":"   "})", DecodeErrorCode::OutOfRange, "name");
        row("unknown event type", "event",
            R"({"seq":1,"space":"live","type":"customer.deleted","entity":"c","payload":{}})",
            DecodeErrorCode::UnknownValue, "type");
        row("seq zero", "event",
            R"({"seq":0,"space":"live","type":"tag.upserted","entity":"c","payload":{}})",
            DecodeErrorCode::OutOfRange, "seq");
        row("command id not a uuid", "command",
            R"({"id":"42","type":"conversation.addTag","payload":{}})", DecodeErrorCode::WrongType,
            "id");
        row("unknown command", "command",
            R"({"id":"6f1c2e0a-4b7d-4d1e-9a63-2f5d1b7c9e10","type":"drop.tables","payload":{}})",
            DecodeErrorCode::UnknownValue, "type");
        row("bad call inside message", "message",
            R"({"id":"m","conversationId":"x","customerId":"c","direction":"in","channel":"phone","sentAt":"2026-11-20T09:00:00Z","call":{"durationSeconds":-1}})",
            DecodeErrorCode::OutOfRange, "call.durationSeconds");
        row("order item without name", "order",
            R"({"id":"o","customerId":"c","placedAt":"2026-11-20T09:00:00Z","items":[{"quantity":1,"unitPriceMinor":1}],"amountMinor":1,"currency":"EUR","status":"paid"})",
            DecodeErrorCode::MissingField, "items.0.name");
        row("wrap-up without call", "wrapUp", R"({"code":"resolved"})",
            DecodeErrorCode::MissingField, "callId");
        row("wrap-up with an unknown code", "wrapUp", R"({"callId":"c1","code":"sold"})",
            DecodeErrorCode::UnknownValue, "code");
        row("wrap-up tag not a string", "wrapUp", R"({"callId":"c1","code":"resolved","tags":[7]})",
            DecodeErrorCode::WrongType, "tags.0");
        row("follow-up without zone", "wrapUp",
            R"({"callId":"c1","code":"resolved","followUpAt":"2026-11-26T10:00:00"})",
            DecodeErrorCode::WrongType, "followUpAt");
        row("decline of an empty call id", "decline", R"({"callId":""})",
            DecodeErrorCode::MissingField, "callId");
    }

    void refusesBadInput()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, json);
        QFETCH(int, code);
        QFETCH(QString, field);

        const QJsonObject object = QJsonDocument::fromJson(json).object();
        std::optional<DecodeError> error;
        auto take = [&error](const auto& result) {
            if (!result)
                error = result.error();
        };
        if (kind == u"customer")
            take(Customer::fromJson(object));
        else if (kind == u"conversation")
            take(Conversation::fromJson(object));
        else if (kind == u"feedback")
            take(Feedback::fromJson(object));
        else if (kind == u"tag")
            take(Tag::fromJson(object));
        else if (kind == u"event")
            take(Event::fromJson(object));
        else if (kind == u"command")
            take(Command::fromJson(object));
        else if (kind == u"message")
            take(Message::fromJson(object));
        else if (kind == u"order")
            take(Order::fromJson(object));
        else if (kind == u"wrapUp")
            take(CallWrapUp::fromJson(object));
        else if (kind == u"decline")
            take(CallDecline::fromJson(object));
        QVERIFY2(error.has_value(), "bad input was accepted");
        QCOMPARE(static_cast<int>(error->code), code);
        QCOMPARE(error->field, field);
    }

    void refusesOverlongText()
    {
        QJsonObject note = parse(kNote);
        note.insert("body"_L1, QString(kMaxBodyChars + 1, u'x'));
        auto decoded = Message::fromJson(note);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().code, DecodeErrorCode::TooLong);
        QCOMPARE(decoded.error().field, u"body"_s);

        QJsonObject conversation = parse(kConversation);
        QJsonArray tags;
        for (int i = 0; i <= kMaxTagsPerItem; ++i)
            tags.append(u"tag %1"_s.arg(i));
        conversation.insert("tags"_L1, tags);
        auto tooManyTags = Conversation::fromJson(conversation);
        QVERIFY(!tooManyTags);
        QCOMPARE(tooManyTags.error().code, DecodeErrorCode::TooLong);
    }

    void madeCommandsHaveFreshIds()
    {
        const QJsonObject payload{{"conversationId"_L1, u"con-1"_s}, {"tag"_L1, u"Incident"_s}};
        const Command a = Command::make(CommandType::AddTag, payload);
        const Command b = Command::make(CommandType::AddTag, payload);
        QVERIFY(!a.id.isNull());
        QVERIFY(a.id != b.id);
        auto decoded = Command::fromJson(a.toJson());
        QVERIFY(decoded);
        QCOMPARE(*decoded, a);
    }

    void enumNamesRoundTrip()
    {
        for (auto [value, name] : EnumNames<Channel>::names) {
            QCOMPARE(fromWireName<Channel>(wireName(value)), std::optional<Channel>(value));
            QCOMPARE(wireName(value), QString::fromUtf16(name));
        }
        QCOMPARE(fromWireName<Presence>(u"lunch"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestProtocolCodec)
#include "tst_protocolcodec.moc"
