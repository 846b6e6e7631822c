// The calls of this agent as the call pop and the wrap-up panel show them. Fed the server's
// `call` frames (handle()); builds a CallerCard at once from the `offered` frame's profile
// summaries, so the pop needs no round trip, then enriches the chosen customer's card from
// the local cache. The agent's answers (decline, create or link an unknown caller, wrap-up)
// become protocol::Commands handed out through commandReady, as WorkspaceCommands does; it
// never writes to the store or talks to a socket itself.
//
// Two calls are kept apart, each a CallerChoice: the live call (live(): ringing or
// answered, what the pop shows and accept/decline/ignore act on) and the call being wrapped
// up (wrappingUp(): ended, what the wrap-up panel shows and wrapUp()/skipWrapUp() act on).
// pick/createCustomer/link are told which one they are for (Target). A new call rings at
// once, wrap-up open or not:
//
//   live:     Idle -> Ringing (offered) -> Answered -> Idle (ended: answered here, to the
//                  |        \                               wrap-up; missed, abandoned,
//                  |         \--> Idle (answered elsewhere)  dropped: the call log has it)
//                  \--> Idle (declined here)
//   wrap-up:  none -> the ended call (wrapUpDue) -> none (wrapped up or skipped: wrapUpDone)
//
// An `offered` for another call while one is live waits in order and rings when the live
// one is over (pending(), pendingChanged); one that another agent answers, or that ends
// unanswered, is dropped. Wrap-ups queue in order too: a call that ends while another is
// being wrapped up waits (wrapUpsWaiting(), "1 more to wrap up") and is wrapped up next;
// none is replaced, so no answered call goes unlogged. Missed and abandoned calls are not
// wrapped up by themselves; logCallback() starts one for such a call from the call log.
// Frames about calls it does not know (declined, before this session) change nothing.
#pragma once

#include "models/CallerChoice.h"
#include "protocol/CallWrapUp.h"
#include "protocol/Command.h"
#include "store/ChangeSet.h"

#include <QObject>

namespace switchboard::store {
class Store;
}

namespace switchboard::models {

class CallLog;

class CallPop : public QObject {
    Q_OBJECT
public:
    // The live call's.
    enum class State { Idle, Ringing, Answered };
    Q_ENUM(State)
    // Which call a choice (pick, create, link) is for.
    enum class Target { Live, WrapUp };
    Q_ENUM(Target)

    explicit CallPop(store::Store& store, QObject* parent = nullptr);

    void setCurrentAgent(const QString& agentId);

    State state() const;
    // The call ringing or answered; empty when Idle.
    const CallerChoice& live() const { return live_; }
    // The ended call being wrapped up; empty when none is.
    const CallerChoice& wrappingUp() const { return wrapUp_; }
    const CallerChoice& choice(Target target) const;
    // Offers waiting behind the live call.
    int pending() const;
    // Ended calls waiting behind the one being wrapped up.
    int wrapUpsWaiting() const;

public Q_SLOTS:
    void handle(const switchboard::protocol::CallFrame& frame);
    // Refreshes the chosen cards when the cache changed under them (the customer just
    // created or linked arrives, or their orders did).
    void applyChanges(const switchboard::store::ChangeSet& changes);

    void pick(switchboard::models::CallPop::Target target, const QString& customerId);
    // Opens the live call's chosen customer (customerOpened) and hides the pop; the call
    // goes on.
    void accept();
    // call.decline: the server offers the ringing call to someone else.
    void decline();
    // Hides the pop; nothing is sent, the phone keeps ringing.
    void ignore();
    // customer.create with the caller's number (as the PBX gave it, and its E.164; none for
    // a withheld caller); the new customer becomes the chosen one. Returns the new
    // customer's id, or empty when there is no such call or the names are not valid (both
    // empty, or too long; nothing emitted then).
    QString createCustomer(switchboard::models::CallPop::Target target, const QString& firstName,
        const QString& lastName);
    // customer.update adding the caller's number to the customer's phones (with their
    // revision); they become the chosen one. false when there is no such call or the
    // customer is not in the cache. Nothing is sent when there is no number (withheld), the
    // customer has it already, or has no room for another phone; they are chosen all the
    // same.
    bool link(switchboard::models::CallPop::Target target, const QString& customerId);
    // call.wrapUp for the call being wrapped up; false (nothing emitted) when there is
    // none, it did not land and no customer is chosen, or the follow-up is not in the
    // future.
    bool wrapUp(protocol::WrapUpCode code, const QString& notes, const QStringList& tags,
        const QDateTime& followUpAt = {});
    // Done without a wrap-up; the next waiting one, if any, is due.
    void skipWrapUp();
    // Starts a wrap-up (queued like the others) for a missed or abandoned call of the log,
    // with the customers its offer matched: the agent logs a callback. false when the log
    // does not hold the call's offer and hangup, it was answered, or it is being (or waits
    // to be) wrapped up already.
    bool logCallback(const switchboard::models::CallLog& log, const QString& callId);

Q_SIGNALS:
    void stateChanged(switchboard::models::CallPop::State state);
    // A call's cards or chosen customer changed (a new call, a pick, an enrichment).
    void cardsChanged(switchboard::models::CallPop::Target target);
    // A new call rings: show the pop.
    void ringing(const QString& callId);
    // The pop should go (accepted, declined, ignored, answered elsewhere, ended).
    void dismissed();
    void pendingChanged(int count);
    // A call is to be wrapped up now (wrappingUp() is it): show a fresh wrap-up.
    void wrapUpDue(const QString& callId);
    // The wrap-up of `callId` was sent or skipped; wrapUpDue follows when another waits.
    void wrapUpDone(const QString& callId);
    void wrapUpsWaitingChanged(int count);
    void customerOpened(const QString& customerId);
    void commandReady(const switchboard::protocol::Command& command);
    // The cache could not be read while enriching a card; the card stays as the frame gave it.
    void loadFailed(const QString& message);

private:
    CallerChoice* choiceFor(Target target);
    void ring(CallerChoice call);
    void ringNext();
    void endLive();
    void queueWrapUp(CallerChoice call);
    void finishWrapUp();
    void setState(State state);
    void dismiss();
    bool isLive(const QString& callId) const;
    bool isKnown(const QString& callId) const;
    bool answeredElsewhere(const protocol::CallFrame& frame) const;
    void handleAnswered(const protocol::CallFrame& frame);
    void handleEnded(const protocol::CallFrame& frame);
    void updatePending(const protocol::CallFrame& frame);
    void enrichChosen(Target target);
    void enrich(CallerCard& card);
    void emitCommand(QLatin1StringView type, QJsonObject payload,
        std::optional<qint64> baseRevision = std::nullopt);

    store::Store& store_;
    QString agentId_;
    State state_ = State::Idle;
    CallerChoice live_;
    bool shown_ = false; // the pop is up: dismissed() is due when it goes
    QList<CallerChoice> pending_; // offers behind the live call, in order
    CallerChoice wrapUp_;
    QList<CallerChoice> wrapUpsWaiting_; // ended calls behind wrapUp_
};

} // namespace switchboard::models
