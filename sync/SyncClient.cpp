#include "sync/SyncClient.h"

#include "protocol/AckFrame.h"
#include "protocol/ErrorFrame.h"
#include "protocol/EventsFrame.h"
#include "protocol/Frame.h"
#include "protocol/HelloFrame.h"
#include "protocol/Limits.h"
#include "protocol/RejectFrame.h"
#include "protocol/SyncedFrame.h"
#include "protocol/WelcomeFrame.h"
#include "store/Store.h"
#include "sync/SyncLogging.h"

#include <QWebSocket>

namespace switchboard::sync {

using namespace Qt::StringLiterals;
namespace FrameType = protocol::FrameType;
namespace ErrorCode = protocol::ErrorCode;

namespace {

// Refusals that another hello with the same token cannot cure.
bool isFinalRefusal(const QString& code)
{
    return code == ErrorCode::BadToken || code == ErrorCode::TokenExpired
        || code == ErrorCode::UnknownSpace || code == ErrorCode::UnsupportedVersion;
}

} // namespace

SyncClient::SyncClient(store::Store& store, RetryPolicy retry, QObject* parent)
    : QObject(parent)
    , store_(store)
    , retry_(retry)
    , outbox_(store)
    , keepAlive_(this)
    , retryTimer_(this)
    , handshakeTimer_(this)
    , pendingTimer_(this)
{
    // callReceived crosses to the GUI thread queued.
    qRegisterMetaType<protocol::CallFrame>();
    retryTimer_.setSingleShot(true);
    handshakeTimer_.setSingleShot(true);
    handshakeTimer_.setInterval(kHandshakeTimeoutMs);
    pendingTimer_.setSingleShot(true);
    pendingTimer_.setInterval(0);
    connect(&retryTimer_, &QTimer::timeout, this, &SyncClient::openSession);
    connect(&handshakeTimer_, &QTimer::timeout, this,
        [this] { restartSession(u"no welcome within %1 ms"_s.arg(kHandshakeTimeoutMs)); });
    connect(&pendingTimer_, &QTimer::timeout, this, &SyncClient::countPending);
    connect(&keepAlive_, &KeepAlive::silent, this,
        [this] { restartSession(u"the server has not been heard from"_s); });
}

SyncClient::~SyncClient()
{
    closeSocket();
}

void SyncClient::start(const SyncEndpoint& endpoint)
{
    endpoint_ = endpoint;
    events_.emplace(store_, endpoint.space);
    running_ = true;
    retry_.reset();
    closeSocket();
    countPending();
    openSession();
}

void SyncClient::stop()
{
    running_ = false;
    retryTimer_.stop();
    closeSocket();
    setState(SyncState::Offline);
}

void SyncClient::openSession()
{
    if (!running_)
        return;
    closeSocket();
    auto* socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    socket->setMaxAllowedIncomingMessageSize(protocol::kMaxFrameBytes);
    socket->setMaxAllowedIncomingFrameSize(protocol::kMaxFrameBytes);
    connect(socket, &QWebSocket::connected, this, &SyncClient::onConnected);
    connect(socket, &QWebSocket::disconnected, this, &SyncClient::onSessionLost);
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        &SyncClient::onSessionLost);
    connect(socket, &QWebSocket::textMessageReceived, this, &SyncClient::onTextMessage);
    connect(socket, &QWebSocket::binaryMessageReceived, this,
        [this] { restartSession(u"the server sent a binary frame"_s); });
    socket_ = socket;
    phase_ = Phase::AwaitingWelcome;
    setState(SyncState::Connecting);
    handshakeTimer_.start();
    qCDebug(lcSync) << "connecting to" << endpoint_.syncUrl().toString();
    socket->open(endpoint_.syncUrl());
}

void SyncClient::closeSocket()
{
    handshakeTimer_.stop();
    keepAlive_.stop();
    phase_ = Phase::Idle;
    outbox_.stop();
    if (!socket_)
        return;
    QWebSocket* socket = socket_;
    socket_ = nullptr;
    socket->disconnect(this); // its last signals concern a session that is over
    socket->abort();
    socket->deleteLater();
}

void SyncClient::restartSession(const QString& why)
{
    qCWarning(lcSync) << "restarting the session:" << why;
    closeSocket();
    scheduleRetry();
}

void SyncClient::scheduleRetry()
{
    setState(SyncState::Offline);
    if (!running_)
        return;
    const auto delay = retry_.nextDelay();
    qCInfo(lcSync) << "next attempt in" << delay.count() << "ms (attempt" << retry_.failures()
                   << ")";
    retryTimer_.start(delay);
}

void SyncClient::onSessionLost()
{
    if (phase_ == Phase::Idle)
        return; // already handled: error and disconnected both report one loss
    qCInfo(lcSync) << "session lost:" << (socket_ ? socket_->errorString() : QString());
    closeSocket();
    scheduleRetry();
}

void SyncClient::onConnected()
{
    auto cursor = events_->begin();
    if (!cursor) {
        restartSession(cursor.error());
        return;
    }
    protocol::HelloFrame hello;
    hello.token = endpoint_.token;
    hello.space = endpoint_.space;
    hello.lastSeq = *cursor;
    qCDebug(lcSync) << "hello from seq" << *cursor;
    send(hello.toJson());
}

void SyncClient::onTextMessage(const QString& text)
{
    if (auto done = dispatch(text.toUtf8()); !done)
        restartSession(done.error());
    keepAlive_.heard(); // after the work: time spent applying is not the server's silence
}

SyncClient::Outcome SyncClient::dispatch(const QByteArray& text)
{
    auto frame = protocol::parseFrame(text);
    if (!frame)
        return std::unexpected(u"unreadable frame: "_s + frame.error().toString());
    const QString& type = frame->type;
    if (phase_ == Phase::AwaitingWelcome && type != FrameType::Welcome && type != FrameType::Error)
        return std::unexpected(u"a \"%1\" frame before the welcome"_s.arg(type));
    if (type == FrameType::Events)
        return handleEvents(frame->object);
    if (type == FrameType::Ack)
        return handleAck(frame->object);
    if (type == FrameType::Reject)
        return handleReject(frame->object);
    if (type == FrameType::Signal)
        return handleSignal(frame->object);
    if (type == FrameType::Call)
        return handleCall(frame->object);
    if (type == FrameType::Synced)
        return handleSynced(frame->object);
    if (type == FrameType::Welcome)
        return handleWelcome(frame->object);
    if (type == FrameType::Error)
        return handleError(frame->object);
    // A newer server may add frame types; one we do not know is not ours to act on.
    qCWarning(lcSync) << "ignoring a frame of unknown type" << type;
    return {};
}

SyncClient::Outcome SyncClient::handleWelcome(const QJsonObject& frame)
{
    if (phase_ != Phase::AwaitingWelcome)
        return std::unexpected(u"a second welcome"_s);
    auto welcome = protocol::WelcomeFrame::fromJson(frame);
    if (!welcome)
        return std::unexpected(u"bad welcome: "_s + welcome.error().toString());
    if (welcome->space != endpoint_.space)
        return std::unexpected(
            u"welcome to space \"%1\", not \"%2\""_s.arg(welcome->space, endpoint_.space));
    handshakeTimer_.stop();
    keepAlive_.watch(socket_);
    retry_.reset();
    if (welcome->resync)
        qCWarning(lcSync) << "the server cannot continue from seq" << events_->cursor()
                          << "(it is at" << welcome->currentSeq << "): full resync";
    auto reset = events_->welcome(welcome->resync);
    if (!reset)
        return std::unexpected(reset.error());
    reportChanges(*reset);
    phase_ = Phase::CatchingUp;
    setState(SyncState::Syncing);
    qCInfo(lcSync) << "welcomed as" << welcome->agent.id << "at seq" << events_->cursor() << "of"
                   << welcome->currentSeq;
    Q_EMIT welcomed(welcome->agent);
    return {};
}

SyncClient::Outcome SyncClient::handleEvents(const QJsonObject& frame)
{
    if (phase_ != Phase::CatchingUp && phase_ != Phase::Live)
        return std::unexpected(u"events outside a session"_s);
    auto events = protocol::EventsFrame::fromJson(frame);
    if (!events)
        return std::unexpected(u"bad events frame: "_s + events.error().toString());
    const bool live = phase_ == Phase::Live;
    auto applied = events_->take(*events, live);
    if (!applied)
        return std::unexpected(applied.error());
    reportChanges(*applied);
    if (live && !events->events.isEmpty())
        Q_EMIT syncedTo(events_->cursor());
    return {};
}

SyncClient::Outcome SyncClient::handleSynced(const QJsonObject& frame)
{
    if (phase_ != Phase::CatchingUp)
        return std::unexpected(u"synced outside a catch-up"_s);
    auto synced = protocol::SyncedFrame::fromJson(frame);
    if (!synced)
        return std::unexpected(u"bad synced frame: "_s + synced.error().toString());
    if (auto done = events_->synced(*synced); !done)
        return std::unexpected(done.error());
    phase_ = Phase::Live;
    qCInfo(lcSync) << "synced at seq" << events_->cursor();
    Q_EMIT syncedTo(events_->cursor());
    auto sent = outbox_.startFlushing([this](const QJsonObject& command) { send(command); });
    if (!sent)
        return std::unexpected(storeFailure(u"reading the outbox"_s, sent.error()));
    if (*sent > 0)
        qCInfo(lcSync) << "sent" << *sent << "queued commands";
    setState(SyncState::Online);
    return {};
}

SyncClient::Outcome SyncClient::handleAck(const QJsonObject& frame)
{
    auto ack = protocol::AckFrame::fromJson(frame);
    if (!ack)
        return std::unexpected(u"bad ack: "_s + ack.error().toString());
    auto settled = outbox_.settle(*ack);
    if (!settled)
        return std::unexpected(storeFailure(u"acknowledging a command"_s, settled.error()));
    reportChanges(*settled);
    countPendingSoon();
    return {};
}

SyncClient::Outcome SyncClient::handleReject(const QJsonObject& frame)
{
    auto reject = protocol::RejectFrame::fromJson(frame);
    if (!reject)
        return std::unexpected(u"bad reject: "_s + reject.error().toString());
    qCInfo(lcSync) << "command" << reject->commandId << "rejected:" << reject->code
                   << reject->reason;
    auto settled = outbox_.settle(*reject);
    if (!settled)
        return std::unexpected(storeFailure(u"rolling a command back"_s, settled.error()));
    if (!*settled)
        return {};
    reportChanges((*settled)->changes);
    countPendingSoon();
    Q_EMIT commandRejected((*settled)->rejection);
    return {};
}

SyncClient::Outcome SyncClient::handleSignal(const QJsonObject& frame)
{
    auto signal = protocol::SignalFrame::fromJson(frame);
    if (!signal)
        return std::unexpected(u"bad signal: "_s + signal.error().toString());
    Q_EMIT signalReceived(*signal);
    return {};
}

SyncClient::Outcome SyncClient::handleCall(const QJsonObject& frame)
{
    if (phase_ != Phase::CatchingUp && phase_ != Phase::Live)
        return std::unexpected(u"a call frame outside a session"_s);
    // A call is a hint about now, never part of the log: a bad one costs the agent one pop,
    // while ending the session for it would cost the catch-up and the outbox.
    auto call = protocol::CallFrame::fromJson(frame);
    if (!call) {
        qCWarning(lcSync) << "ignoring a bad call frame:" << call.error().toString();
        return {};
    }
    qCDebug(lcSync) << "call" << call->callId << call->event;
    Q_EMIT callReceived(*call);
    return {};
}

SyncClient::Outcome SyncClient::handleError(const QJsonObject& frame)
{
    auto error = protocol::ErrorFrame::fromJson(frame);
    if (!error)
        return std::unexpected(u"bad error frame: "_s + error.error().toString());
    if (phase_ == Phase::AwaitingWelcome && isFinalRefusal(error->code)) {
        qCWarning(lcSync) << "hello refused:" << error->code << error->message;
        running_ = false;
        retryTimer_.stop();
        closeSocket();
        setState(SyncState::Offline);
        Q_EMIT sessionRefused(error->code, error->message);
        return {};
    }
    if (phase_ == Phase::AwaitingWelcome || error->code == ErrorCode::NotAuthenticated)
        return std::unexpected(u"hello refused: %1 %2"_s.arg(error->code, error->message));
    // Our own frame was refused: a client bug, not the server's. The command it concerned
    // stays in the outbox and is sent again on the next session.
    qCWarning(lcSync) << "the server refused a frame:" << error->code << error->field
                      << error->message;
    return {};
}

bool SyncClient::submit(const protocol::Command& command)
{
    auto queued = store_.enqueue(command);
    if (!queued) {
        qCWarning(lcSync) << "could not queue" << command.type << ":" << queued.error().message;
        Q_EMIT commandFailed(command, queued.error().message);
        return false;
    }
    reportChanges(*queued);
    countPendingSoon();
    outbox_.sendNew(command); // before synced, the flush sends it in order with the others
    return true;
}

void SyncClient::sendSignal(const QString& kind, const QString& conversationId)
{
    if (phase_ != Phase::Live)
        return; // a hint about now: worthless later
    protocol::SignalFrame signal;
    signal.kind = kind;
    signal.conversationId = conversationId;
    send(signal.toJson());
}

void SyncClient::send(const QJsonObject& frame)
{
    if (socket_)
        socket_->sendTextMessage(QString::fromUtf8(protocol::frameText(frame)));
}

void SyncClient::setState(SyncState state)
{
    if (state_ == state)
        return;
    state_ = state;
    qCDebug(lcSync) << "state" << syncStateName(state);
    Q_EMIT stateChanged(state);
}

void SyncClient::reportChanges(const store::ChangeSet& changes)
{
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
}

void SyncClient::countPendingSoon()
{
    if (!pendingTimer_.isActive())
        pendingTimer_.start();
}

void SyncClient::countPending()
{
    auto pending = store_.pending();
    if (!pending) {
        qCWarning(lcSync) << "cannot count the outbox:" << pending.error().message;
        return;
    }
    const int count = int(pending->size());
    if (count == pendingCount_)
        return;
    pendingCount_ = count;
    Q_EMIT pendingCountChanged(count);
}

QString SyncClient::storeFailure(const QString& what, const store::StoreError& error)
{
    return u"the store failed %1: %2"_s.arg(what, error.message);
}

qint64 SyncClient::cursor() const
{
    return events_ ? events_->cursor() : 0;
}

} // namespace switchboard::sync
