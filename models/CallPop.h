// The call ringing for this agent, or just handled, as the call pop and the wrap-up panel
// show it. Fed the server's `call` frames (handle()); builds a CallerCard at once from the
// `offered` frame's profile summaries, so the pop needs no round trip, then enriches the
// chosen customer's card from the local cache. The agent's answers (decline, create or link
// an unknown caller, wrap-up) become protocol::Commands handed out through commandReady, as
// WorkspaceCommands does; it never writes to the store or talks to a socket itself.
//
//   Idle -> Ringing (offered) -> Answered -> Ended (wrap-up due) -> Idle (wrapped up/skipped)
//                  |        \------------------> Ended (missed, abandoned: wrap-up due too,
//                  |                                     so the agent can log a callback)
//                  \--> Idle (declined here, or answered by another agent)
//
// One call at a time: an `offered` for another call while one rings or awaits wrap-up is
// kept in order and popped when the current one is done (see pending()). A waiting offer
// that another agent answers, or that ends unanswered, is dropped: the call log counts it.
// Frames about calls it does not know (declined, before this session) change nothing.
#pragma once

#include "protocol/CallFrame.h"
#include "protocol/CallWrapUp.h"
#include "protocol/Command.h"
#include "protocol/Customer.h"
#include "protocol/Order.h"
#include "store/ChangeSet.h"

#include <QObject>

#include <optional>

namespace switchboard::store {
class Store;
}

namespace switchboard::models {

// What the pop shows about one matched customer: the server's summary, and what the cache
// adds to it (empty until enriched, or when the cache does not hold the customer yet).
struct CallerCard {
    protocol::CallerProfile summary; // from the `offered` frame
    std::optional<protocol::Customer> customer; // from the cache: company, phones, language...
    int ordersThisYear = 0;
    std::optional<protocol::Order> latestOrder;
    bool enriched = false;
};

class CallPop : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Ringing, Answered, Ended };
    Q_ENUM(State)

    explicit CallPop(store::Store& store, QObject* parent = nullptr);

    void setCurrentAgent(const QString& agentId);

    State state() const;
    // The current call's frames merged: the `offered` one, updated by `answered`/`ended`.
    // Empty callId when Idle.
    const protocol::CallFrame& call() const;
    // One card per match, in the server's order; empty: an unknown or withheld caller.
    const QList<CallerCard>& cards() const;
    // The customer the call is with: the only match, the one picked, or the one the agent
    // created or linked; empty while unknown or not yet picked among several.
    QString chosenCustomerId() const;
    // The chosen customer's card, if any.
    const CallerCard* chosenCard() const;
    // Whether the hangup put the call on a timeline by itself (exactly one match; once
    // ended, whether `ended` named a conversation); if not, wrapUp() names the chosen
    // customer so the server can.
    bool landed() const;
    // Offers waiting behind the current call.
    int pending() const;

public Q_SLOTS:
    void handle(const switchboard::protocol::CallFrame& frame);
    // Refreshes the chosen card when the cache changed under it (the customer just created
    // or linked arrives, or their orders did).
    void applyChanges(const switchboard::store::ChangeSet& changes);

    void pick(const QString& customerId);
    // Opens the chosen customer (customerOpened) and hides the pop; the call goes on.
    void accept();
    // call.decline: the server offers the call to someone else.
    void decline();
    // Hides the pop; nothing is sent, the phone keeps ringing.
    void ignore();
    // customer.create with the caller's number (as the PBX gave it, and its E.164; none for
    // a withheld caller); the new customer becomes the chosen one. Returns the new
    // customer's id, or empty when there is no call or the names are not valid (both empty,
    // or too long; nothing emitted then).
    QString createCustomer(const QString& firstName, const QString& lastName);
    // customer.update adding the caller's number to the customer's phones (with their
    // revision); they become the chosen one. false when there is no call or the customer is
    // not in the cache. Nothing is sent when there is no number (withheld), the customer
    // has it already, or has no room for another phone; they are chosen all the same.
    bool link(const QString& customerId);
    // call.wrapUp for the ended call; false (nothing emitted) when there is no ended call,
    // the call did not land and no customer is chosen, or the follow-up is not in the future.
    bool wrapUp(protocol::WrapUpCode code, const QString& notes, const QStringList& tags,
        const QDateTime& followUpAt = {});
    // Done without a wrap-up; the next pending offer, if any, pops.
    void skipWrapUp();

Q_SIGNALS:
    void stateChanged(switchboard::models::CallPop::State state);
    // The cards or the chosen customer changed (a new offer, a pick, an enrichment).
    void cardsChanged();
    // A new call rings: show the pop.
    void ringing(const QString& callId);
    // The pop should go (accepted, declined, ignored, answered elsewhere, ended).
    void dismissed();
    // The call ended: show the wrap-up. Also for a call nobody answered (call().disposition
    // missed or abandoned): the panel may offer to log a callback (a wrap-up with a
    // follow-up), or skipWrapUp().
    void wrapUpDue(const QString& callId);
    void customerOpened(const QString& customerId);
    void commandReady(const switchboard::protocol::Command& command);
    // The cache could not be read while enriching a card; the card stays as the frame gave it.
    void loadFailed(const QString& message);

private:
    void start(const protocol::CallFrame& frame);
    void finish();
    void setState(State state);
    void dismiss();
    bool isCurrent(const QString& callId) const;
    bool answeredElsewhere(const protocol::CallFrame& frame) const;
    void handleAnswered(const protocol::CallFrame& frame);
    void handleEnded(const protocol::CallFrame& frame);
    void updatePending(const protocol::CallFrame& frame);
    CallerCard* chosenCardMutable();
    void enrichChosen();
    void enrich(CallerCard& card);
    std::optional<protocol::PhoneNumber> callerPhone() const;
    void emitCommand(QLatin1StringView type, QJsonObject payload,
        std::optional<qint64> baseRevision = std::nullopt);

    store::Store& store_;
    QString agentId_;
    State state_ = State::Idle;
    protocol::CallFrame call_;
    QList<CallerCard> cards_;
    // The customer the agent created or linked for this call when none of the matches was
    // them: chosen, but not one of cards(), which stay the server's matches.
    std::optional<CallerCard> ownCard_;
    QString chosenId_;
    bool shown_ = false; // the pop is up: dismissed() is due when it goes
    QList<protocol::CallFrame> pending_; // offers behind the current call, merged like call_
};

} // namespace switchboard::models
