// The frames of docs/protocol.md: every sample on that page decodes and re-encodes to the same
// JSON (so the contract and the code cannot drift apart), and malformed frames are refused
// with a coded error that names the field.
#include "protocol/AckFrame.h"
#include "protocol/CallFrame.h"
#include "protocol/CommandFrame.h"
#include "protocol/Conversation.h"
#include "protocol/ErrorFrame.h"
#include "protocol/EventsFrame.h"
#include "protocol/Frame.h"
#include "protocol/HelloFrame.h"
#include "protocol/Limits.h"
#include "protocol/LoginRequest.h"
#include "protocol/Message.h"
#include "protocol/RejectFrame.h"
#include "protocol/SignalFrame.h"
#include "protocol/SyncedFrame.h"
#include "protocol/WelcomeFrame.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>

#include <functional>

using namespace switchboard::protocol;
using namespace Qt::StringLiterals;

namespace {

struct DocSample {
    QString kind; // "frame", "login-request" or "login-reply"
    int line = 0;
    QByteArray text;
};

// The fenced blocks of the page whose info string is "json frame" or "json http <kind>".
QList<DocSample> docSamples()
{
    QFile file(QStringLiteral(SWITCHBOARD_PROTOCOL_DOC));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", SWITCHBOARD_PROTOCOL_DOC);
    QList<DocSample> samples;
    std::optional<DocSample> open;
    int line = 0;
    for (const QByteArray& raw : file.readAll().split('\n')) {
        ++line;
        const QByteArray text = raw.trimmed();
        if (open) {
            if (text == "```") {
                samples.append(*open);
                open.reset();
            } else {
                open->text += raw + '\n';
            }
        } else if (text == "```json frame") {
            open = DocSample { u"frame"_s, line, {} };
        } else if (text.startsWith("```json http ")) {
            open = DocSample { QString::fromLatin1(text.sliced(13)), line, {} };
        }
    }
    return samples;
}

// QVERIFY2 evaluates its message even when the check passes, so the error is read only when
// there is one.
template <typename T> QByteArray why(const std::expected<T, DecodeError>& result)
{
    return result ? QByteArray() : result.error().toString().toUtf8();
}

template <typename T> std::expected<QJsonObject, DecodeError> roundTrip(const QJsonObject& json)
{
    auto decoded = T::fromJson(json);
    if (!decoded)
        return std::unexpected(decoded.error());
    return decoded->toJson();
}

using RoundTrip = std::function<std::expected<QJsonObject, DecodeError>(const QJsonObject&)>;

const QMap<QString, RoundTrip>& frameCodecs()
{
    static const QMap<QString, RoundTrip> codecs {
        { FrameType::Hello, roundTrip<HelloFrame> },
        { FrameType::Welcome, roundTrip<WelcomeFrame> },
        { FrameType::Events, roundTrip<EventsFrame> },
        { FrameType::Synced, roundTrip<SyncedFrame> },
        { FrameType::Command, roundTrip<CommandFrame> },
        { FrameType::Ack, roundTrip<AckFrame> },
        { FrameType::Reject, roundTrip<RejectFrame> },
        { FrameType::Signal, roundTrip<SignalFrame> },
        { FrameType::Error, roundTrip<ErrorFrame> },
        { FrameType::Call, roundTrip<CallFrame> },
    };
    return codecs;
}

} // namespace

class TestProtocolFrames : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void docSampleRoundTrips_data();
    void docSampleRoundTrips();
    void docHasASampleOfEveryFrameType();
    void eventPayloadsInTheDocAreValidEntities();
    void oversizeFrameIsRefusedBeforeParsing();
    void envelopeErrors_data();
    void envelopeErrors();
    void malformedFramesNameTheField_data();
    void malformedFramesNameTheField();
    void protocolVersionParsing_data();
    void protocolVersionParsing();
};

void TestProtocolFrames::docSampleRoundTrips_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("text");
    for (const DocSample& sample : docSamples()) {
        QTest::addRow("line %d (%s)", sample.line, qPrintable(sample.kind))
            << sample.kind << sample.text;
    }
}

void TestProtocolFrames::docSampleRoundTrips()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, text);
    auto frame = parseFrame(text);
    QJsonObject original;
    if (kind == "frame"_L1) {
        QVERIFY2(frame.has_value(), why(frame).constData());
        original = frame->object;
    } else {
        original = QJsonDocument::fromJson(text).object();
        QVERIFY(!original.isEmpty());
    }
    std::expected<QJsonObject, DecodeError> again = std::unexpected(DecodeError {});
    if (kind == "frame"_L1) {
        QVERIFY2(frameCodecs().contains(frame->type), qPrintable(frame->type));
        again = frameCodecs().value(frame->type)(original);
    } else if (kind == "login-request"_L1) {
        again = roundTrip<LoginRequest>(original);
    } else if (kind == "login-reply"_L1) {
        again = roundTrip<LoginReply>(original);
    } else {
        QFAIL(qPrintable(u"unknown sample kind "_s + kind));
    }
    QVERIFY2(again.has_value(), why(again).constData());
    QCOMPARE(QJsonDocument(*again).toJson(), QJsonDocument(original).toJson());
}

void TestProtocolFrames::docHasASampleOfEveryFrameType()
{
    QSet<QString> seen;
    for (const DocSample& sample : docSamples()) {
        if (auto frame = parseFrame(sample.text))
            seen.insert(frame->type);
    }
    for (const QString& type : frameCodecs().keys())
        QVERIFY2(seen.contains(type), qPrintable(u"no sample of "_s + type));
}

void TestProtocolFrames::eventPayloadsInTheDocAreValidEntities()
{
    int checked = 0;
    for (const DocSample& sample : docSamples()) {
        auto frame = parseFrame(sample.text);
        if (!frame || frame->type != FrameType::Events)
            continue;
        auto events = EventsFrame::fromJson(frame->object);
        QVERIFY(events.has_value());
        for (const Event& event : events->events) {
            if (event.type == EventType::ConversationUpserted) {
                auto conversation = Conversation::fromJson(event.payload);
                QVERIFY2(conversation.has_value(), why(conversation).constData());
                QCOMPARE(conversation->id, event.entity);
                ++checked;
            } else if (event.type == EventType::MessageAdded) {
                auto message = Message::fromJson(event.payload);
                QVERIFY2(message.has_value(), why(message).constData());
                QCOMPARE(message->id, event.entity);
                ++checked;
            }
        }
    }
    QCOMPARE(checked, 2);
}

void TestProtocolFrames::oversizeFrameIsRefusedBeforeParsing()
{
    // Not even JSON: the size alone refuses it.
    const QByteArray text(kMaxFrameBytes + 1, 'x');
    auto frame = parseFrame(text);
    QVERIFY(!frame.has_value());
    QCOMPARE(frame.error().code, DecodeErrorCode::OutOfRange);
    QVERIFY(frame.error().message.contains(QString::number(kMaxFrameBytes)));

    const QByteArray padded = R"({"type":"synced","space":"live","seq":1,"pad":")"
        + QByteArray(kMaxFrameBytes - 60, 'a') + "\"}";
    QVERIFY(padded.size() <= kMaxFrameBytes);
    QVERIFY(parseFrame(padded).has_value());
}

void TestProtocolFrames::envelopeErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<DecodeErrorCode>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("not json") << QByteArray("hello") << DecodeErrorCode::BadJson << QString();
    QTest::newRow("array") << QByteArray("[1,2]") << DecodeErrorCode::BadJson << QString();
    QTest::newRow("no type") << QByteArray(R"({"space":"live"})") << DecodeErrorCode::MissingField
                             << u"type"_s;
    QTest::newRow("numeric type") << QByteArray(R"({"type":7})") << DecodeErrorCode::WrongType
                                  << u"type"_s;
}

void TestProtocolFrames::envelopeErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(DecodeErrorCode, code);
    QFETCH(QString, field);
    auto frame = parseFrame(text);
    QVERIFY(!frame.has_value());
    QCOMPARE(frame.error().code, code);
    QCOMPARE(frame.error().field, field);
}

void TestProtocolFrames::malformedFramesNameTheField_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<DecodeErrorCode>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("hello bad version")
        << QByteArray(R"({"type":"hello","protocol":"one","token":"t","space":"live","lastSeq":0})")
        << DecodeErrorCode::WrongType << u"protocol"_s;
    QTest::newRow("hello negative seq") << QByteArray(
        R"({"type":"hello","protocol":"1.0","token":"t","space":"live","lastSeq":-1})")
                                        << DecodeErrorCode::OutOfRange << u"lastSeq"_s;
    QTest::newRow("hello long token")
        << (R"({"type":"hello","protocol":"1.0","space":"live","lastSeq":0,"token":")"
               + QByteArray(kMaxTokenChars + 1, 't') + "\"}")
        << DecodeErrorCode::TooLong << u"token"_s;
    QTest::newRow("events of another space")
        << QByteArray(R"({"type":"events","space":"live","events":[{"seq":1,"space":"train-1",
            "type":"tag.deleted","entity":"x","payload":{"name":"x"}}]})")
        << DecodeErrorCode::UnknownValue << u"events"_s;
    QTest::newRow("events out of order") << QByteArray(R"({"type":"events","space":"live","events":[
            {"seq":2,"space":"live","type":"tag.deleted","entity":"x","payload":{"name":"x"}},
            {"seq":2,"space":"live","type":"tag.deleted","entity":"y","payload":{"name":"y"}}]})")
                                         << DecodeErrorCode::OutOfRange << u"events"_s;
    QTest::newRow("event unknown type")
        << QByteArray(R"({"type":"events","space":"live","events":[{"seq":1,"space":"live",
            "type":"tag.exploded","entity":"x","payload":{}}]})")
        << DecodeErrorCode::UnknownValue << u"events.0.type"_s;
    QTest::newRow("command without payload")
        << QByteArray(R"({"type":"command","command":{"id":"1b4e28ba-2fa1-41d2-883f-0016d3cca427",
            "type":"conversation.addTag"}})")
        << DecodeErrorCode::MissingField << u"command.payload"_s;
    QTest::newRow("command bad id")
        << QByteArray(R"({"type":"command","command":{"id":"nope","type":"conversation.addTag",
            "payload":{}}})")
        << DecodeErrorCode::WrongType << u"command.id"_s;
    QTest::newRow("ack bad id") << QByteArray(R"({"type":"ack","id":"12","seq":3})")
                                << DecodeErrorCode::WrongType << u"id"_s;
    QTest::newRow("reject conflict without field")
        << QByteArray(R"({"type":"reject","id":"1b4e28ba-2fa1-41d2-883f-0016d3cca427",
            "code":"conflict","message":"m","conflict":{"yours":1,"theirs":2,"revision":3}})")
        << DecodeErrorCode::MissingField << u"conflict.field"_s;
    QTest::newRow("signal unknown kind")
        << QByteArray(R"({"type":"signal","kind":"shouting","conversationId":"con-1"})")
        << DecodeErrorCode::UnknownValue << u"kind"_s;
    QTest::newRow("welcome bad agent")
        << QByteArray(R"({"type":"welcome","protocol":"1.0","space":"live","currentSeq":0,
            "agent":{"id":"a","name":"A","role":"boss"}})")
        << DecodeErrorCode::UnknownValue << u"agent.role"_s;
}

void TestProtocolFrames::malformedFramesNameTheField()
{
    QFETCH(QByteArray, text);
    QFETCH(DecodeErrorCode, code);
    QFETCH(QString, field);
    auto frame = parseFrame(text);
    QVERIFY2(frame.has_value(), "the envelope itself is fine");
    auto decoded = frameCodecs().value(frame->type)(frame->object);
    QVERIFY(!decoded.has_value());
    QCOMPARE(decoded.error().field, field);
    QCOMPARE(decoded.error().code, code);
    QCOMPARE(ErrorFrame::fromDecodeError(decoded.error()).field, field);
}

void TestProtocolFrames::protocolVersionParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("major");
    QTest::addColumn<int>("minor");
    QTest::newRow("current") << u"1.0"_s << true << 1 << 0;
    QTest::newRow("newer minor") << u"1.7"_s << true << 1 << 7;
    QTest::newRow("next major") << u"2.0"_s << true << 2 << 0;
    QTest::newRow("two-digit") << u"12.30"_s << true << 12 << 30;
    QTest::newRow("no minor") << u"1"_s << false << 0 << 0;
    QTest::newRow("trailing dot") << u"1."_s << false << 0 << 0;
    QTest::newRow("signed") << u"+1.0"_s << false << 0 << 0;
    QTest::newRow("three parts") << u"1.0.2"_s << false << 0 << 0;
    QTest::newRow("words") << u"one.zero"_s << false << 0 << 0;
}

void TestProtocolFrames::protocolVersionParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, major);
    QFETCH(int, minor);
    const auto version = ProtocolVersion::parse(text);
    QCOMPARE(version.has_value(), valid);
    if (valid) {
        QCOMPARE(version->major, major);
        QCOMPARE(version->minor, minor);
        QCOMPARE(version->isCompatible(), major == kProtocolMajor);
    }
}

QTEST_GUILESS_MAIN(TestProtocolFrames)
#include "tst_protocolframes.moc"
