// One call and whom it is with, as the pop (the live call) or the wrap-up panel (the ended
// call) shows it: the call's frames merged, one card per customer the server matched, and
// the customer chosen (the only match, the one picked, or one the agent created or linked).
// A plain value: CallPop keeps one for the live call and one per call to wrap up, reads the
// cache into its cards and sends the commands; this only records what was chosen.
#pragma once

#include "protocol/CallFrame.h"
#include "protocol/Customer.h"
#include "protocol/Order.h"

#include <QList>
#include <QString>

#include <optional>

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

class CallerChoice {
public:
    // No call.
    CallerChoice() = default;
    // A call as its first frame says; its only match is chosen.
    explicit CallerChoice(const protocol::CallFrame& first);

    bool isEmpty() const { return call_.callId.isEmpty(); }
    // The call's frames merged: the `offered` one, updated by `answered`/`ended`.
    const protocol::CallFrame& call() const { return call_; }
    // One card per match, in the server's order; empty: an unknown or withheld caller.
    const QList<CallerCard>& cards() const { return cards_; }
    // Empty while unknown or not yet picked among several.
    QString chosenCustomerId() const { return chosenId_; }
    // The chosen customer's card, if any.
    const CallerCard* chosenCard() const;
    CallerCard* chosenCard();
    // Whether the hangup put the call on a timeline by itself (exactly one match; once
    // ended, whether `ended` named a conversation); if not, a wrap-up names the chosen
    // customer so the server can.
    bool landed() const;
    // The customer's end of the call as a phone to store: none for a withheld caller.
    std::optional<protocol::PhoneNumber> callerPhone() const;

    // `later`'s news on top of what the earlier frames said.
    void merge(const protocol::CallFrame& later);
    // One of the matches; false when it is not one, or is chosen already.
    bool pick(const QString& customerId);
    // A customer the agent created or linked: chosen, with a card of its own unless it is
    // one of the matches (cards() stay the server's matches).
    void choose(const protocol::Customer& customer);
    // The chosen customer left the cache: one created or linked here is unchosen (the
    // caller is unknown again), a match loses what the cache had added.
    void forgetChosen();

private:
    protocol::CallFrame call_;
    QList<CallerCard> cards_;
    std::optional<CallerCard> ownCard_; // the customer created or linked, if not a match
    QString chosenId_;
};

} // namespace switchboard::models
