// The desktop's sync session with switchboard-server over one WebSocket, for one space and
// one Store (docs/protocol.md, "A session"):
//
//   hello with the store's cursor -> welcome -> catch-up events (or, after welcome.resync,
//   a snapshot into an emptied cache) -> synced -> the outbox flushed in order -> live
//   events, acks and rejects, signals.
//
// Every frame from the server is validated by the protocol decoders; a frame that is not
// what the protocol allows at that point, a seq gap, or a store failure ends the session
// and a new one starts from the cursor after a RetryPolicy delay: events are never skipped
// and a bad frame never takes the client down. A lost connection is retried the same way.
// A bad `call` frame is the exception: it is logged and dropped, since it is no part of
// the log and the session is worth more than one pop.
// A refused hello (bad or expired token, unknown space, unsupported version) stops
// retrying and says so: only a new login helps.
//
// Meant to run with its Store on a worker thread: it blocks on nothing, needs no
// QApplication, and talks to the UI only through its signals and slots (queued across
// threads). It never touches the store from another thread and is not thread-safe itself.
#pragma once

#include "protocol/Agent.h"
#include "protocol/CallFrame.h"
#include "protocol/Command.h"
#include "protocol/SignalFrame.h"
#include "store/ChangeSet.h"
#include "sync/CommandRejection.h"
#include "sync/EventStream.h"
#include "sync/KeepAlive.h"
#include "sync/OutboxFlusher.h"
#include "sync/RetryPolicy.h"
#include "sync/SyncEndpoint.h"
#include "sync/SyncState.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <expected>
#include <optional>

class QWebSocket;

namespace switchboard::store {
class Store;
struct StoreError;
} // namespace switchboard::store

namespace switchboard::sync {

class SyncClient : public QObject {
    Q_OBJECT
public:
    // Socket open plus hello/welcome must take no longer, or the attempt counts as failed.
    static constexpr int kHandshakeTimeoutMs = 10'000;

    explicit SyncClient(
        store::Store& store, RetryPolicy retry = RetryPolicy(), QObject* parent = nullptr);
    ~SyncClient() override;

    // These three are for the client's own thread (and tests); the UI, on another
    // thread, follows stateChanged, pendingCountChanged and syncedTo instead.
    SyncState state() const { return state_; }
    // Commands in the outbox, waiting to be sent or answered.
    int pendingCount() const { return pendingCount_; }
    // The last seq the store holds, as far as this session knows.
    qint64 cursor() const;
    // How often a quiet session is pinged; two intervals without a word from the server
    // end it (KeepAlive). For tests; the default suits real networks.
    void setKeepAliveInterval(std::chrono::milliseconds interval)
    {
        keepAlive_.setInterval(interval);
    }

public Q_SLOTS:
    // Starts syncing (again, with a new token after a refusal) and keeps at it until stop().
    void start(const switchboard::sync::SyncEndpoint& endpoint);
    void stop();
    // Queues the command with its optimistic effect and sends it when online. false (and
    // commandFailed) when the store refused it; nothing was queued then.
    bool submit(const switchboard::protocol::Command& command);
    // Viewing/typing/left, for collision display: sent at once, dropped when not online.
    void sendSignal(const QString& kind, const QString& conversationId);

Q_SIGNALS:
    void stateChanged(switchboard::sync::SyncState state);
    void pendingCountChanged(int count);
    // After every apply, enqueue, ack, reject and resync: the entities the models refresh.
    void changed(const switchboard::store::ChangeSet& changes);
    // The server refused a command; its effect is already rolled back.
    void commandRejected(const switchboard::sync::CommandRejection& rejection);
    // The store could not queue a command (its payload cannot apply); nothing changed.
    void commandFailed(const switchboard::protocol::Command& command, const QString& message);
    void signalReceived(const switchboard::protocol::SignalFrame& signal);
    // A phone call offered to, answered by or ended for this agent (docs/protocol.md,
    // "Call pop"), for the call pop. Not stored: the call's lasting record is the timeline.
    void callReceived(const switchboard::protocol::CallFrame& frame);
    // The hello was accepted: who the token belongs to.
    void welcomed(const switchboard::protocol::Agent& agent);
    // The hello was refused for good (bad_token, token_expired, unknown_space,
    // unsupported_version): the client is offline until start() with a new token.
    void sessionRefused(const QString& code, const QString& message);
    // The store holds the space up to `seq`: after catch-up and after every live batch.
    void syncedTo(qint64 seq);

private:
    enum class Phase { Idle, AwaitingWelcome, CatchingUp, Live };
    using Outcome = std::expected<void, QString>; // the error says why the session ends

    void openSession();
    void closeSocket();
    void restartSession(const QString& why);
    void scheduleRetry();
    void onConnected();
    void onSessionLost();
    void onTextMessage(const QString& text);
    Outcome dispatch(const QByteArray& text);
    Outcome handleWelcome(const QJsonObject& frame);
    Outcome handleEvents(const QJsonObject& frame);
    Outcome handleSynced(const QJsonObject& frame);
    Outcome handleAck(const QJsonObject& frame);
    Outcome handleReject(const QJsonObject& frame);
    Outcome handleSignal(const QJsonObject& frame);
    Outcome handleCall(const QJsonObject& frame);
    Outcome handleError(const QJsonObject& frame);
    void send(const QJsonObject& frame);
    void setState(SyncState state);
    void reportChanges(const store::ChangeSet& changes);
    void countPendingSoon();
    void countPending();
    static QString storeFailure(const QString& what, const store::StoreError& error);

    store::Store& store_;
    RetryPolicy retry_;
    SyncEndpoint endpoint_;
    QPointer<QWebSocket> socket_; // one per session; replaced, never reused
    std::optional<EventStream> events_; // for endpoint_'s space, made by start()
    OutboxFlusher outbox_;
    KeepAlive keepAlive_;
    QTimer retryTimer_;
    QTimer handshakeTimer_;
    QTimer pendingTimer_; // coalesces outbox counts to one per event-loop turn
    SyncState state_ = SyncState::Offline;
    Phase phase_ = Phase::Idle;
    bool running_ = false; // between start() and stop() or a refusal
    int pendingCount_ = 0;
};

} // namespace switchboard::sync

Q_DECLARE_METATYPE(switchboard::store::ChangeSet)
Q_DECLARE_METATYPE(switchboard::protocol::Command)
Q_DECLARE_METATYPE(switchboard::protocol::SignalFrame)
Q_DECLARE_METATYPE(switchboard::protocol::Agent)
Q_DECLARE_METATYPE(switchboard::protocol::CallFrame)
