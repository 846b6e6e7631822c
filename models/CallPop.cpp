#include "models/CallPop.h"

#include "protocol/Limits.h"
#include "store/CustomerRepository.h"
#include "store/OrderRepository.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace switchboard::models {

namespace CommandType = protocol::CommandType;
namespace CallEvent = protocol::CallEvent;

namespace {

constexpr QLatin1StringView kCallerPhoneLabel { "phone" };

// `later`'s news on top of `earlier`: the event and whatever it says; what only an earlier
// frame said (the matches, the e164 an `ended` may leave out) stays.
void merge(protocol::CallFrame& earlier, const protocol::CallFrame& later)
{
    auto take = [](QString& field, const QString& value) {
        if (!value.isEmpty())
            field = value;
    };
    earlier.event = later.event;
    take(earlier.direction, later.direction);
    take(earlier.from, later.from);
    take(earlier.to, later.to);
    take(earlier.e164, later.e164);
    take(earlier.agentId, later.agentId);
    take(earlier.queue, later.queue);
    earlier.withheld = earlier.withheld || later.withheld;
    take(earlier.answeredBy, later.answeredBy);
    take(earlier.answeringNumber, later.answeringNumber);
    take(earlier.cause, later.cause);
    take(earlier.disposition, later.disposition);
    if (later.event == CallEvent::Ended)
        earlier.durationSeconds = later.durationSeconds;
    take(earlier.conversationId, later.conversationId);
    if (later.at.isValid())
        earlier.at = later.at;
}

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

bool sameNumber(const protocol::PhoneNumber& a, const protocol::PhoneNumber& b)
{
    return a.e164.isEmpty() || b.e164.isEmpty() ? a.number == b.number : a.e164 == b.e164;
}

bool isValidName(const QString& name)
{
    return name.size() <= protocol::kMaxNameChars;
}

} // namespace

CallPop::CallPop(store::Store& store, QObject* parent)
    : QObject(parent)
    , store_(store)
{
}

void CallPop::setCurrentAgent(const QString& agentId)
{
    agentId_ = agentId;
}

CallPop::State CallPop::state() const
{
    return state_;
}

const protocol::CallFrame& CallPop::call() const
{
    return call_;
}

const QList<CallerCard>& CallPop::cards() const
{
    return cards_;
}

QString CallPop::chosenCustomerId() const
{
    return chosenId_;
}

const CallerCard* CallPop::chosenCard() const
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

bool CallPop::landed() const
{
    // The `ended` frame says where the call landed; before it, the server's rule does: a
    // call lands when its number matched exactly one customer.
    if (call_.event == CallEvent::Ended)
        return !call_.conversationId.isEmpty();
    return call_.matches.size() == 1;
}

int CallPop::pending() const
{
    return int(pending_.size());
}

void CallPop::handle(const protocol::CallFrame& frame)
{
    if (frame.callId.isEmpty())
        return;
    if (frame.event == CallEvent::Offered) {
        if (isCurrent(frame.callId))
            return; // a replay
        for (const auto& waiting : std::as_const(pending_)) {
            if (waiting.callId == frame.callId)
                return;
        }
        if (state_ == State::Idle)
            start(frame);
        else
            pending_.append(frame);
        return;
    }
    if (!isCurrent(frame.callId)) {
        updatePending(frame);
        return;
    }
    if (frame.event == CallEvent::Answered)
        handleAnswered(frame);
    else if (frame.event == CallEvent::Ended)
        handleEnded(frame);
}

void CallPop::handleAnswered(const protocol::CallFrame& frame)
{
    if (state_ != State::Ringing)
        return; // a replay, or an answer after the hangup
    merge(call_, frame);
    if (answeredElsewhere(call_)) {
        // A colleague (or a pickup group) took it: nothing is left for this agent to do.
        dismiss();
        finish();
        return;
    }
    setState(State::Answered);
}

void CallPop::handleEnded(const protocol::CallFrame& frame)
{
    if (state_ == State::Ended)
        return; // a replay
    merge(call_, frame);
    dismiss();
    if (answeredElsewhere(call_)) {
        finish();
        return;
    }
    // Answered here: the wrap-up. Missed or abandoned: the same panel, so the agent can log
    // a callback (a wrap-up with a follow-up) or skip it.
    setState(State::Ended);
    Q_EMIT wrapUpDue(call_.callId);
}

// An answer or hangup for an offer still waiting behind the current call. One nobody here
// will ever answer is dropped (the call log still shows it as missed); one this agent took
// on the phone meanwhile stays and pops as it now is.
void CallPop::updatePending(const protocol::CallFrame& frame)
{
    for (qsizetype i = 0; i < pending_.size(); ++i) {
        protocol::CallFrame& waiting = pending_[i];
        if (waiting.callId != frame.callId)
            continue;
        if (waiting.event == CallEvent::Ended)
            return;
        merge(waiting, frame);
        const bool answeredHere = !waiting.answeredBy.isEmpty() && !answeredElsewhere(waiting);
        if (answeredElsewhere(waiting) || (frame.event == CallEvent::Ended && !answeredHere))
            pending_.removeAt(i);
        return;
    }
    // Not a call this agent knows of (declined, taken elsewhere, before this session): ignored.
}

void CallPop::applyChanges(const store::ChangeSet& changes)
{
    if (chosenId_.isEmpty())
        return;
    CallerCard* card = chosenCardMutable();
    if (!card)
        return;
    if (changes.removedCustomers.contains(chosenId_)) {
        if (ownCard_) {
            // The create or link was undone (the server refused it, or merged the customer
            // away): the caller is unknown again.
            ownCard_.reset();
            chosenId_.clear();
        } else {
            card->customer.reset();
            card->enriched = false;
        }
        Q_EMIT cardsChanged();
        return;
    }
    // Order notices name orders, not their customer; reading theirs again is two indexed
    // lookups, cheaper than finding out.
    if (changes.customers.contains(chosenId_) || !changes.orders.isEmpty())
        enrichChosen();
}

void CallPop::pick(const QString& customerId)
{
    if (state_ == State::Idle || customerId == chosenId_)
        return;
    for (const auto& card : std::as_const(cards_)) {
        if (card.summary.customerId != customerId)
            continue;
        chosenId_ = customerId;
        ownCard_.reset();
        Q_EMIT cardsChanged();
        enrichChosen();
        return;
    }
}

void CallPop::accept()
{
    if (state_ == State::Idle)
        return;
    if (!chosenId_.isEmpty())
        Q_EMIT customerOpened(chosenId_);
    dismiss();
}

void CallPop::decline()
{
    if (state_ != State::Ringing)
        return;
    protocol::CallDecline decline;
    decline.callId = call_.callId;
    emitCommand(CommandType::DeclineCall, decline.toJson());
    // The server offers it to someone else; what it says about the call from now on is
    // not this agent's business.
    dismiss();
    finish();
}

void CallPop::ignore()
{
    if (state_ != State::Idle)
        dismiss();
}

QString CallPop::createCustomer(const QString& firstName, const QString& lastName)
{
    if (state_ == State::Idle)
        return {};
    protocol::Customer customer;
    customer.firstName = firstName.trimmed();
    customer.lastName = lastName.trimmed();
    if ((customer.firstName.isEmpty() && customer.lastName.isEmpty())
        || !isValidName(customer.firstName) || !isValidName(customer.lastName))
        return {};
    // "cus-c-": made by a client, so it can never clash with a server-made id.
    customer.id = u"cus-c-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto phone = callerPhone())
        customer.phones.append(*phone);
    customer.segment = protocol::Segment::New;
    customer.createdAt = QDateTime::currentDateTimeUtc();
    customer.updatedAt = customer.createdAt;
    const QJsonObject payload = customer.toJson();
    if (!protocol::Customer::fromJson(payload))
        return {}; // beyond what the protocol allows: the server would refuse it too
    emitCommand(CommandType::CreateCustomer, payload);
    chosenId_ = customer.id;
    ownCard_ = cardOf(customer);
    Q_EMIT cardsChanged();
    return customer.id;
}

bool CallPop::link(const QString& customerId)
{
    if (state_ == State::Idle || customerId.isEmpty())
        return false;
    auto found = store_.customers().find(customerId);
    if (!found) {
        Q_EMIT loadFailed(found.error().toString());
        return false;
    }
    if (!*found)
        return false;
    const protocol::Customer& customer = **found;
    const auto phone = callerPhone();
    const bool known = phone
        && std::any_of(customer.phones.begin(), customer.phones.end(),
            [&](const protocol::PhoneNumber& p) { return sameNumber(p, *phone); });
    // A customer with every phone slot taken is still linked, just without the number: the
    // call is theirs even if the next one will not pop them.
    if (phone && !known && customer.phones.size() < protocol::kMaxContactPoints) {
        QJsonArray phones;
        for (const auto& p : customer.phones)
            phones.append(p.toJson());
        phones.append(phone->toJson());
        emitCommand(CommandType::UpdateCustomer,
            { { u"customerId"_s, customerId },
                { u"fields"_s, QJsonObject { { u"phones"_s, phones } } } },
            customer.revision);
    }
    chosenId_ = customerId;
    const bool isMatch = std::any_of(cards_.begin(), cards_.end(),
        [&](const CallerCard& card) { return card.summary.customerId == customerId; });
    if (isMatch)
        ownCard_.reset();
    else
        ownCard_ = cardOf(customer);
    Q_EMIT cardsChanged();
    enrichChosen();
    return true;
}

bool CallPop::wrapUp(protocol::WrapUpCode code, const QString& notes, const QStringList& tags,
    const QDateTime& followUpAt)
{
    if (state_ != State::Ended)
        return false;
    const bool landedByItself = landed();
    if (!landedByItself && chosenId_.isEmpty())
        return false;
    if (followUpAt.isValid() && followUpAt <= QDateTime::currentDateTimeUtc())
        return false;
    protocol::CallWrapUp wrapUp;
    wrapUp.callId = call_.callId;
    if (!landedByItself)
        wrapUp.customerId = chosenId_;
    wrapUp.code = code;
    wrapUp.notes = notes.trimmed();
    for (const QString& tag : tags) {
        const QString name = tag.trimmed();
        if (!name.isEmpty() && !wrapUp.tags.contains(name))
            wrapUp.tags.append(name);
    }
    wrapUp.followUpAt = followUpAt.toUTC();
    const QJsonObject payload = wrapUp.toJson();
    if (!protocol::CallWrapUp::fromJson(payload))
        return false; // notes or tags beyond the protocol's limits
    emitCommand(CommandType::WrapUpCall, payload);
    finish();
    return true;
}

void CallPop::skipWrapUp()
{
    if (state_ == State::Ended)
        finish();
}

void CallPop::start(const protocol::CallFrame& frame)
{
    call_ = frame;
    cards_.clear();
    for (const auto& match : frame.matches)
        cards_.append(cardOf(match));
    ownCard_.reset();
    chosenId_ = cards_.size() == 1 ? cards_.first().summary.customerId : QString();
    if (frame.event == CallEvent::Ended) {
        // Taken on the phone while another call was on screen, and over already.
        setState(State::Ended);
        Q_EMIT cardsChanged();
        enrichChosen();
        Q_EMIT wrapUpDue(call_.callId);
        return;
    }
    setState(frame.event == CallEvent::Answered ? State::Answered : State::Ringing);
    Q_EMIT cardsChanged();
    shown_ = true;
    Q_EMIT ringing(call_.callId);
    // The pop is up from the frame alone; the cache's details follow.
    enrichChosen();
}

// The current call is done with: back to Idle, and the next offer waiting, if any, pops.
void CallPop::finish()
{
    call_ = {};
    cards_.clear();
    ownCard_.reset();
    chosenId_.clear();
    shown_ = false;
    setState(State::Idle);
    Q_EMIT cardsChanged();
    if (!pending_.isEmpty())
        start(pending_.takeFirst());
}

void CallPop::setState(State state)
{
    if (state_ == state)
        return;
    state_ = state;
    Q_EMIT stateChanged(state);
}

void CallPop::dismiss()
{
    if (!shown_)
        return;
    shown_ = false;
    Q_EMIT dismissed();
}

bool CallPop::isCurrent(const QString& callId) const
{
    return state_ != State::Idle && call_.callId == callId;
}

bool CallPop::answeredElsewhere(const protocol::CallFrame& frame) const
{
    return !frame.answeredBy.isEmpty() && !agentId_.isEmpty() && frame.answeredBy != agentId_;
}

CallerCard* CallPop::chosenCardMutable()
{
    return const_cast<CallerCard*>(std::as_const(*this).chosenCard());
}

void CallPop::enrichChosen()
{
    if (CallerCard* card = chosenCardMutable()) {
        enrich(*card);
        Q_EMIT cardsChanged();
    }
}

// Two indexed lookups (the customer by id, their orders by customer): quick enough for the
// GUI thread while the phone rings.
void CallPop::enrich(CallerCard& card)
{
    const QString& id = card.summary.customerId;
    auto customer = store_.customers().find(id);
    auto orders = store_.orders().forCustomer(id);
    if (!customer || !orders) {
        Q_EMIT loadFailed(!customer ? customer.error().toString() : orders.error().toString());
        return;
    }
    if (!*customer) {
        // Not cached yet (created a moment ago, or the cache is behind the server): what is
        // known stays, and a later change notice brings the rest.
        card.enriched = false;
        return;
    }
    card.customer = std::move(**customer);
    // "Bought five times this year": the calendar year where the agent sits; a cancelled
    // order was not a purchase.
    const int year = QDate::currentDate().year();
    card.ordersThisYear = int(std::count_if(orders->begin(), orders->end(), [year](const auto& o) {
        return o.status != protocol::OrderStatus::Cancelled
            && o.placedAt.toLocalTime().date().year() == year;
    }));
    card.latestOrder.reset();
    if (!orders->isEmpty())
        card.latestOrder = orders->first(); // most recent first
    card.enriched = true;
}

std::optional<protocol::PhoneNumber> CallPop::callerPhone() const
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

void CallPop::emitCommand(
    QLatin1StringView type, QJsonObject payload, std::optional<qint64> baseRevision)
{
    Q_EMIT commandReady(protocol::Command::make(type, std::move(payload), baseRevision));
}

} // namespace switchboard::models
