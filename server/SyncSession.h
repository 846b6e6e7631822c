// One desktop's WebSocket session (docs/protocol.md, "A session"): refuses everything but
// hello until a hello succeeds; answers it with welcome, sends the catch-up (or a resync
// snapshot) in events frames of at most kMaxBatchEvents, one per turn of the event loop, and
// ends it with synced; live events that arrive meanwhile wait and follow synced, and so does
// the `offered` frame of a call still ringing at the agent (a desktop restarted mid-ring
// pops again). Then it takes commands (answered after their events and call frames) and
// signals (passed to the space).
//
// Every frame is size-checked before it is parsed; a refused frame gets an error frame and
// the session stays, until BadFrameCounter says the peer keeps sending garbage.
#pragma once

#include "protocol/Event.h"
#include "protocol/Frame.h"
#include "server/BadFrameCounter.h"
#include "server/CommandPlan.h"

#include <QObject>
#include <QPointer>
#include <QWebSocket>

namespace switchboard::server {

class CommandDispatcher;
class SpaceHub;
class TokenIssuer;

struct SessionServices {
    ServerStorage& storage;
    TokenIssuer& tokens;
    CommandDispatcher& commands;
    SpaceHub& hub;
};

class SyncSession : public QObject {
    Q_OBJECT
public:
    // Bigger frames than the protocol allows are still read up to this size, so the sender
    // gets a frame_too_large error; beyond it QtWebSockets closes the connection (1009).
    static constexpr qint64 kMaxReceiveBytes = 16 * 1024 * 1024;

    SyncSession(QWebSocket* socket, SessionServices services, QObject* parent = nullptr);
    ~SyncSession() override;

    // `frameText` is the events frame for all of `events`, made once for every session.
    void deliver(const QList<protocol::Event>& events, const QString& frameText);
    // Sends a frame that is not an event (a signal, a call) once the session is live; whether
    // it was sent.
    bool deliverSignal(const QString& frameText);
    const QString& agentId() const { return actor_.agent.id; }

private:
    enum class State { AwaitingHello, CatchingUp, Live, Closed };

    void receiveText(const QString& message);
    void receiveBinary();
    void hello(const protocol::Frame& frame);
    void command(const protocol::Frame& frame);
    void refuseUndecodable(const QJsonObject& frame, const protocol::DecodeError& error);
    void signal(const protocol::Frame& frame);
    void continueCatchUp();
    void finishCatchUp();
    void offerRingingCalls();
    void sendError(QLatin1StringView code, const QString& message, const QString& field = {});
    void send(const QJsonObject& frame);
    void sendText(const QString& text);
    void close(QWebSocketProtocol::CloseCode code, const QString& reason);

    QPointer<QWebSocket> socket_;
    SessionServices services_;
    BadFrameCounter badFrames_;
    State state_ = State::AwaitingHello;
    Actor actor_;
    qint64 sentSeq_ = 0; // the client holds every event up to here
    qint64 targetSeq_ = 0; // where the catch-up ends
    bool snapshot_ = false; // the catch-up is a resync snapshot
    qint64 snapshotCursor_ = 0;
    QList<QList<protocol::Event>> waitingEvents_; // live events during catch-up
    QList<protocol::Frame> waitingCommands_; // commands sent before synced
};

} // namespace switchboard::server
