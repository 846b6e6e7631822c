#include "server/SyncSession.h"

#include "protocol/CommandFrame.h"
#include "protocol/ErrorFrame.h"
#include "protocol/RejectFrame.h"
#include "protocol/EventsFrame.h"
#include "protocol/HelloFrame.h"
#include "protocol/Limits.h"
#include "protocol/SignalFrame.h"
#include "protocol/SyncedFrame.h"
#include "protocol/WelcomeFrame.h"
#include "server/AgentLookup.h"
#include "server/CallOffer.h"
#include "server/CommandDispatcher.h"
#include "server/EventFrames.h"
#include "server/ServerLogging.h"
#include "server/SpaceHub.h"
#include "server/TokenIssuer.h"

#include <QTimer>

namespace switchboard::server {

using namespace Qt::StringLiterals;
namespace ErrorCode = protocol::ErrorCode;
namespace FrameType = protocol::FrameType;

namespace {

// A client reading slower than the catch-up is sent waits until its backlog drains, so a
// large catch-up does not pile up in memory.
constexpr qint64 kMaxBacklogBytes = 4 * 1024 * 1024;
constexpr int kBacklogPollMs = 5;

} // namespace

SyncSession::SyncSession(QWebSocket* socket, SessionServices services, QObject* parent)
    : QObject(parent)
    , socket_(socket)
    , services_(services)
{
    socket_->setParent(this);
    socket_->setMaxAllowedIncomingMessageSize(kMaxReceiveBytes);
    socket_->setMaxAllowedIncomingFrameSize(kMaxReceiveBytes);
    // Every message goes out as one WebSocket frame: QtWebSockets 6.4 clients were seen to
    // stall on a message split into continuation frames (the default splits at 512 KiB).
    socket_->setOutgoingFrameSize(kMaxReceiveBytes);
    connect(socket_, &QWebSocket::textMessageReceived, this, &SyncSession::receiveText);
    connect(socket_, &QWebSocket::binaryMessageReceived, this, &SyncSession::receiveBinary);
    connect(socket_, &QWebSocket::disconnected, this, [this] {
        qCDebug(lcSync) << "session of" << actor_.agent.id << "closed";
        state_ = State::Closed;
        services_.hub.leave(this);
        socket_->deleteLater();
        deleteLater();
    });
    qCDebug(lcSync) << "session opened from" << socket_->peerAddress();
}

SyncSession::~SyncSession()
{
    services_.hub.leave(this);
}

void SyncSession::receiveText(const QString& message)
{
    if (state_ == State::Closed)
        return;
    const QByteArray utf8 = message.toUtf8();
    if (utf8.size() > protocol::kMaxFrameBytes) {
        sendError(ErrorCode::FrameTooLarge,
            u"A frame of %1 bytes is over the limit of %2."_s.arg(utf8.size())
                .arg(protocol::kMaxFrameBytes));
        return;
    }
    auto frame = protocol::parseFrame(utf8);
    if (!frame) {
        sendError(ErrorCode::BadFrame, frame.error().toString(), frame.error().field);
        return;
    }
    if (frame->type == FrameType::Hello)
        hello(*frame);
    else if (state_ == State::AwaitingHello)
        sendError(ErrorCode::NotAuthenticated, u"Say hello with a token first."_s);
    else if (frame->type == FrameType::Command)
        command(*frame);
    else if (frame->type == FrameType::Signal)
        signal(*frame);
    else
        sendError(ErrorCode::UnknownFrame,
            u"A client cannot send \"%1\" frames."_s.arg(frame->type), u"type"_s);
}

void SyncSession::receiveBinary()
{
    if (state_ != State::Closed)
        sendError(ErrorCode::BadFrame, u"Binary frames are refused; send JSON text."_s);
}

void SyncSession::hello(const protocol::Frame& frame)
{
    if (state_ != State::AwaitingHello) {
        sendError(ErrorCode::BadFrame, u"This session has said hello already."_s, u"type"_s);
        return;
    }
    // The version first, so a peer of another major learns why even if its hello differs.
    const auto version
        = protocol::ProtocolVersion::parse(frame.object.value("protocol"_L1).toString());
    if (version && !version->isCompatible()) {
        sendError(ErrorCode::UnsupportedVersion,
            u"This server speaks protocol %1; the client speaks %2."_s.arg(
                protocol::ProtocolVersion::current().toString(), version->toString()),
            u"protocol"_s);
        close(QWebSocketProtocol::CloseCodeProtocolError, u"unsupported protocol version"_s);
        return;
    }
    auto hello = protocol::HelloFrame::fromJson(frame.object);
    if (!hello) {
        sendError(ErrorCode::BadFrame, hello.error().toString(), hello.error().field);
        return;
    }
    auto user = services_.tokens.check(hello->token);
    if (!user) {
        if (user.error() == TokenProblem::Expired)
            sendError(
                ErrorCode::TokenExpired, u"The token has expired; log in again."_s, u"token"_s);
        else if (user.error() == TokenProblem::Unknown)
            sendError(ErrorCode::BadToken, u"The token is not valid; log in again."_s, u"token"_s);
        else
            sendError(ErrorCode::Internal, u"The server cannot read its storage."_s);
        return;
    }
    auto known = services_.storage.spaceExists(hello->space);
    if (!known) {
        sendError(ErrorCode::Internal, u"The server cannot read its storage."_s);
        return;
    }
    if (!*known) {
        sendError(
            ErrorCode::UnknownSpace, u"There is no space \"%1\"."_s.arg(hello->space), u"space"_s);
        return;
    }
    auto agent = AgentLookup::forUser(services_.storage, *user, hello->space);
    auto current = services_.storage.currentSeq(hello->space);
    if (!agent || !current) {
        sendError(ErrorCode::Internal, u"The server cannot read its storage."_s);
        return;
    }
    actor_ = Actor { std::move(*agent), hello->space };
    targetSeq_ = *current;
    snapshot_ = hello->lastSeq > *current; // the client is ahead of this server
    sentSeq_ = snapshot_ ? 0 : hello->lastSeq;
    snapshotCursor_ = 0;
    state_ = State::CatchingUp;
    services_.hub.join(actor_.space, this, *current);
    qCInfo(lcSync) << actor_.agent.id << "joined" << actor_.space << "at" << hello->lastSeq << "of"
                   << *current << (snapshot_ ? "(resync)" : "");
    send(protocol::WelcomeFrame {
        protocol::ProtocolVersion::current(), actor_.space, actor_.agent, *current, snapshot_ }
             .toJson());
    QTimer::singleShot(0, this, &SyncSession::continueCatchUp);
}

void SyncSession::continueCatchUp()
{
    if (state_ != State::CatchingUp || !socket_)
        return;
    if (socket_->bytesToWrite() > kMaxBacklogBytes) {
        QTimer::singleShot(kBacklogPollMs, this, &SyncSession::continueCatchUp);
        return;
    }
    qint64& cursor = snapshot_ ? snapshotCursor_ : sentSeq_;
    auto batch = snapshot_
        ? services_.storage.snapshot(actor_.space, cursor, targetSeq_, protocol::kMaxBatchEvents)
        : services_.storage.events(actor_.space, cursor, targetSeq_, protocol::kMaxBatchEvents);
    if (!batch) {
        qCWarning(lcStorage) << "catch-up read failed:" << batch.error().message;
        sendError(ErrorCode::Internal, u"The server cannot read its event log."_s);
        close(QWebSocketProtocol::CloseCodeBadOperation, u"storage failure"_s);
        return;
    }
    if (!batch->isEmpty()) {
        cursor = batch->last().seq;
        for (const QString& text : EventFrames::texts(actor_.space, *batch, snapshot_))
            sendText(text);
    }
    if (batch->size() < protocol::kMaxBatchEvents || cursor >= targetSeq_)
        finishCatchUp();
    else
        QTimer::singleShot(0, this, &SyncSession::continueCatchUp);
}

void SyncSession::finishCatchUp()
{
    send(protocol::SyncedFrame { actor_.space, targetSeq_ }.toJson());
    sentSeq_ = targetSeq_;
    state_ = State::Live;
    const QList<QList<protocol::Event>> events = std::exchange(waitingEvents_, {});
    for (const QList<protocol::Event>& batch : events)
        deliver(batch, {});
    offerRingingCalls();
    const QList<protocol::Frame> commands = std::exchange(waitingCommands_, {});
    for (const protocol::Frame& frame : commands)
        command(frame);
}

void SyncSession::offerRingingCalls()
{
    if (actor_.space != protocol::kLiveSpace)
        return; // the PBX's calls are the live space's
    auto offers = CallOffer(services_.storage)
                      .ringingAt(actor_.space, actor_.agent.id, QDateTime::currentDateTimeUtc());
    if (!offers) {
        qCWarning(lcStorage) << "cannot read the calls ringing at" << actor_.agent.id << ":"
                             << offers.error().message;
        return;
    }
    for (const protocol::CallFrame& offer : std::as_const(*offers)) {
        qCInfo(lcCti) << "call" << offer.callId << "offered again to" << actor_.agent.id
                      << "on connecting";
        send(offer.toJson());
    }
}

void SyncSession::deliver(const QList<protocol::Event>& events, const QString& frameText)
{
    if (events.isEmpty() || state_ == State::Closed || state_ == State::AwaitingHello)
        return;
    if (state_ == State::CatchingUp) {
        waitingEvents_.append(events);
        return;
    }
    if (events.last().seq <= sentSeq_)
        return;
    if (events.first().seq <= sentSeq_ || frameText.isEmpty()) {
        QList<protocol::Event> fresh;
        for (const protocol::Event& event : events) {
            if (event.seq > sentSeq_)
                fresh.append(event);
        }
        for (const QString& text : EventFrames::texts(actor_.space, fresh, false))
            sendText(text);
    } else {
        sendText(frameText);
    }
    sentSeq_ = events.last().seq;
}

bool SyncSession::deliverSignal(const QString& frameText)
{
    if (state_ != State::Live)
        return false;
    sendText(frameText);
    return true;
}

void SyncSession::command(const protocol::Frame& frame)
{
    if (state_ == State::CatchingUp) {
        waitingCommands_.append(frame); // answered after synced, so its events come first
        return;
    }
    auto decoded = protocol::CommandFrame::fromJson(frame.object);
    if (!decoded) {
        refuseUndecodable(frame.object, decoded.error());
        return;
    }
    CommandOutcome outcome = services_.commands.handle(actor_, decoded->command);
    services_.hub.publish(actor_.space, outcome.events);
    for (const AgentCallFrame& call : std::as_const(outcome.callFrames))
        services_.hub.sendToAgent(
            actor_.space, call.agentId, protocol::frameText(call.frame.toJson()));
    send(outcome.answer);
}

void SyncSession::refuseUndecodable(const QJsonObject& frame, const protocol::DecodeError& error)
{
    // With its id readable, the command is rejected like any other, so the desktop takes it
    // out of its outbox and rolls its effect back; resent, it is refused the same way. (A
    // newer desktop's command type an older server does not know ends here too.) Without
    // an id there is nothing to answer: an error frame says what was wrong.
    const QJsonValue id = frame.value("command"_L1).toObject().value("id"_L1);
    const QUuid commandId = id.isString() ? QUuid::fromString(id.toString()) : QUuid();
    if (commandId.isNull()) {
        sendError(ErrorCode::BadFrame, error.toString(), error.field);
        return;
    }
    protocol::RejectFrame reject;
    reject.commandId = commandId;
    reject.code = QString(ErrorCode::Invalid);
    reject.reason = error.field;
    reject.message = u"The server cannot apply this change: %1"_s.arg(error.toString());
    qCInfo(lcSync) << "rejected an undecodable command from" << actor_.agent.id
                   << commandId.toString(QUuid::WithoutBraces) << error.toString();
    send(reject.toJson());
    if (badFrames_.recordAndCheck())
        close(QWebSocketProtocol::CloseCodePolicyViolated, u"too many bad frames"_s);
}

void SyncSession::signal(const protocol::Frame& frame)
{
    auto decoded = protocol::SignalFrame::fromJson(frame.object);
    if (!decoded) {
        sendError(ErrorCode::BadFrame, decoded.error().toString(), decoded.error().field);
        return;
    }
    decoded->agentId = actor_.agent.id;
    decoded->at = QDateTime::currentDateTimeUtc();
    services_.hub.signal(actor_.space, protocol::frameText(decoded->toJson()), this);
}

void SyncSession::sendError(QLatin1StringView code, const QString& message, const QString& field)
{
    qCInfo(lcSync) << "refused a frame from"
                   << (actor_.agent.id.isEmpty() ? u"-"_s : actor_.agent.id) << code << field
                   << message;
    send(protocol::ErrorFrame { QString(code), message, field }.toJson());
    if (badFrames_.recordAndCheck())
        close(QWebSocketProtocol::CloseCodePolicyViolated, u"too many bad frames"_s);
}

void SyncSession::send(const QJsonObject& frame)
{
    sendText(QString::fromUtf8(protocol::frameText(frame)));
}

void SyncSession::sendText(const QString& text)
{
    if (socket_ && state_ != State::Closed)
        socket_->sendTextMessage(text);
}

void SyncSession::close(QWebSocketProtocol::CloseCode code, const QString& reason)
{
    if (state_ == State::Closed || !socket_)
        return;
    state_ = State::Closed;
    services_.hub.leave(this);
    socket_->close(code, reason);
}

} // namespace switchboard::server
