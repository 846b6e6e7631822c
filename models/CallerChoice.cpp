#include "models/CallerChoice.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace switchboard::models {

namespace CallEvent = protocol::CallEvent;

namespace {

constexpr QLatin1StringView kCallerPhoneLabel { "phone" };

CallerCard cardOf(const protocol::CallerProfile& summary)
{
    CallerCard card;
    card.summary = summary;
    return card;
}

// A card for a customer the agent created or linked: the cache's copy is all there is.
CallerCard cardOf(const protocol::Customer& customer)
{
    protocol::CallerProfile summary;
    summary.customerId = customer.id;
    summary.name = customer.displayName();
    summary.segment = customer.segment;
    summary.lifetimeValueMinor = customer.lifetimeValueMinor;
    summary.currency = customer.currency;
    summary.tags = customer.tags;
    CallerCard card = cardOf(summary);
    card.customer = customer;
    return card;
}

} // namespace

CallerChoice::CallerChoice(const protocol::CallFrame& first)
    : call_(first)
{
    for (const auto& match : first.matches)
        cards_.append(cardOf(match));
    if (cards_.size() == 1)
        chosenId_ = cards_.first().summary.customerId;
}

const CallerCard* CallerChoice::chosenCard() const
{
    if (chosenId_.isEmpty())
        return nullptr;
    if (ownCard_ && ownCard_->summary.customerId == chosenId_)
        return &*ownCard_;
    for (const auto& card : cards_) {
        if (card.summary.customerId == chosenId_)
            return &card;
    }
    return nullptr;
}

CallerCard* CallerChoice::chosenCard()
{
    return const_cast<CallerCard*>(std::as_const(*this).chosenCard());
}

bool CallerChoice::landed() const
{
    // The `ended` frame says where the call landed; before it, the server's rule does: a
    // call lands when its number matched exactly one customer.
    if (call_.event == CallEvent::Ended)
        return !call_.conversationId.isEmpty();
    return call_.matches.size() == 1;
}

std::optional<protocol::PhoneNumber> CallerChoice::callerPhone() const
{
    if (call_.withheld)
        return std::nullopt;
    // The customer's end of the call: the caller of an inbound call, the callee of an
    // outbound one.
    const QString number = call_.direction == "out"_L1 ? call_.to : call_.from;
    if (number.isEmpty() && call_.e164.isEmpty())
        return std::nullopt;
    // As the PBX spelt it when the protocol allows that; its E.164 form otherwise.
    const QList<protocol::PhoneNumber> candidates {
        { number, call_.e164, QString(kCallerPhoneLabel) },
        { call_.e164, call_.e164, QString(kCallerPhoneLabel) },
        { number, {}, QString(kCallerPhoneLabel) },
    };
    for (const auto& phone : candidates) {
        if (!phone.number.isEmpty() && protocol::PhoneNumber::fromJson(phone.toJson()))
            return phone;
    }
    return std::nullopt;
}

// What only an earlier frame said (the matches, the e164 an `ended` may leave out) stays.
void CallerChoice::merge(const protocol::CallFrame& later)
{
    auto take = [](QString& field, const QString& value) {
        if (!value.isEmpty())
            field = value;
    };
    call_.event = later.event;
    take(call_.direction, later.direction);
    take(call_.from, later.from);
    take(call_.to, later.to);
    take(call_.e164, later.e164);
    take(call_.agentId, later.agentId);
    take(call_.queue, later.queue);
    call_.withheld = call_.withheld || later.withheld;
    take(call_.answeredBy, later.answeredBy);
    take(call_.answeringNumber, later.answeringNumber);
    take(call_.cause, later.cause);
    take(call_.disposition, later.disposition);
    if (later.event == CallEvent::Ended)
        call_.durationSeconds = later.durationSeconds;
    take(call_.conversationId, later.conversationId);
    if (later.at.isValid())
        call_.at = later.at;
}

bool CallerChoice::pick(const QString& customerId)
{
    if (customerId == chosenId_)
        return false;
    const bool isMatch = std::any_of(cards_.begin(), cards_.end(),
        [&](const CallerCard& card) { return card.summary.customerId == customerId; });
    if (!isMatch)
        return false;
    chosenId_ = customerId;
    ownCard_.reset();
    return true;
}

void CallerChoice::choose(const protocol::Customer& customer)
{
    chosenId_ = customer.id;
    const bool isMatch = std::any_of(cards_.begin(), cards_.end(),
        [&](const CallerCard& card) { return card.summary.customerId == customer.id; });
    if (isMatch)
        ownCard_.reset();
    else
        ownCard_ = cardOf(customer);
}

void CallerChoice::forgetChosen()
{
    if (ownCard_ && ownCard_->summary.customerId == chosenId_) {
        // The create or link was undone (the server refused it, or merged the customer
        // away).
        ownCard_.reset();
        chosenId_.clear();
    } else if (CallerCard* card = chosenCard()) {
        card->customer.reset();
        card->enriched = false;
    }
}

} // namespace switchboard::models
