#include "models/CallPop.h"

#include "models/CallLog.h"
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
namespace CallDisposition = protocol::CallDisposition;

namespace {

bool sameNumber(const protocol::PhoneNumber& a, const protocol::PhoneNumber& b)
{
    return a.e164.isEmpty() || b.e164.isEmpty() ? a.number == b.number : a.e164 == b.e164;
}

bool isValidName(const QString& name)
{
    return name.size() <= protocol::kMaxNameChars;
}

bool isUnanswered(const QString& disposition)
{
    return disposition == CallDisposition::Missed || disposition == CallDisposition::Abandoned;
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

const CallerChoice& CallPop::choice(Target target) const
{
    return target == Target::Live ? live_ : wrapUp_;
}

CallerChoice* CallPop::choiceFor(Target target)
{
    CallerChoice& call = target == Target::Live ? live_ : wrapUp_;
    return call.isEmpty() ? nullptr : &call;
}

int CallPop::pending() const
{
    return int(pending_.size());
}

int CallPop::wrapUpsWaiting() const
{
    return int(wrapUpsWaiting_.size());
}

void CallPop::handle(const protocol::CallFrame& frame)
{
    if (frame.callId.isEmpty())
        return;
    if (frame.event == CallEvent::Offered) {
        if (isKnown(frame.callId))
            return; // a replay
        if (state_ == State::Idle) {
            ring(CallerChoice(frame));
        } else {
            pending_.append(CallerChoice(frame));
            Q_EMIT pendingChanged(pending());
        }
        return;
    }
    if (!isLive(frame.callId)) {
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
        return; // a replay
    live_.merge(frame);
    if (answeredElsewhere(live_.call())) {
        // A colleague (or a pickup group) took it: nothing is left for this agent to do.
        dismiss();
        endLive();
        return;
    }
    setState(State::Answered);
}

void CallPop::handleEnded(const protocol::CallFrame& frame)
{
    live_.merge(frame);
    dismiss();
    // Answered here: on to the wrap-up. Missed or abandoned: nothing to wrap up unless the
    // agent asks to log a callback (logCallback()); the call log shows it in red meanwhile.
    CallerChoice ended = live_;
    if (!answeredElsewhere(ended.call()) && !isUnanswered(ended.call().disposition))
        queueWrapUp(std::move(ended));
    endLive();
}

// An answer or hangup for an offer still waiting behind the live call. One nobody here
// will ever answer is dropped (the call log still shows it as missed); one this agent took
// on the phone meanwhile stays: it pops as it now is, or goes to the wrap-up if over.
void CallPop::updatePending(const protocol::CallFrame& frame)
{
    for (qsizetype i = 0; i < pending_.size(); ++i) {
        CallerChoice& waiting = pending_[i];
        if (waiting.call().callId != frame.callId)
            continue;
        if (waiting.call().event == CallEvent::Ended)
            return;
        waiting.merge(frame);
        const protocol::CallFrame& call = waiting.call();
        const bool answeredHere = !call.answeredBy.isEmpty() && !answeredElsewhere(call);
        if (answeredElsewhere(call) || (frame.event == CallEvent::Ended && !answeredHere)) {
            pending_.removeAt(i);
            Q_EMIT pendingChanged(pending());
        }
        return;
    }
    // Not a call this agent knows of (declined, taken elsewhere, before this session): ignored.
}

void CallPop::applyChanges(const store::ChangeSet& changes)
{
    for (Target target : { Target::Live, Target::WrapUp }) {
        CallerChoice* call = choiceFor(target);
        if (!call || call->chosenCustomerId().isEmpty() || !call->chosenCard())
            continue;
        const QString chosenId = call->chosenCustomerId();
        if (changes.removedCustomers.contains(chosenId)) {
            call->forgetChosen();
            Q_EMIT cardsChanged(target);
            continue;
        }
        // Order notices name orders, not their customer; reading theirs again is two
        // indexed lookups, cheaper than finding out.
        if (changes.customers.contains(chosenId) || !changes.orders.isEmpty())
            enrichChosen(target);
    }
}

void CallPop::pick(Target target, const QString& customerId)
{
    CallerChoice* call = choiceFor(target);
    if (!call || !call->pick(customerId))
        return;
    Q_EMIT cardsChanged(target);
    enrichChosen(target);
}

void CallPop::accept()
{
    if (state_ == State::Idle)
        return;
    if (!live_.chosenCustomerId().isEmpty())
        Q_EMIT customerOpened(live_.chosenCustomerId());
    dismiss();
}

void CallPop::decline()
{
    if (state_ != State::Ringing)
        return;
    protocol::CallDecline decline;
    decline.callId = live_.call().callId;
    emitCommand(CommandType::DeclineCall, decline.toJson());
    // The server offers it to someone else; what it says about the call from now on is
    // not this agent's business.
    dismiss();
    endLive();
}

void CallPop::ignore()
{
    if (state_ != State::Idle)
        dismiss();
}

QString CallPop::createCustomer(Target target, const QString& firstName, const QString& lastName)
{
    CallerChoice* call = choiceFor(target);
    if (!call)
        return {};
    protocol::Customer customer;
    customer.firstName = firstName.trimmed();
    customer.lastName = lastName.trimmed();
    if ((customer.firstName.isEmpty() && customer.lastName.isEmpty())
        || !isValidName(customer.firstName) || !isValidName(customer.lastName))
        return {};
    // "cus-c-": made by a client, so it can never clash with a server-made id.
    customer.id = u"cus-c-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto phone = call->callerPhone())
        customer.phones.append(*phone);
    customer.segment = protocol::Segment::New;
    customer.createdAt = QDateTime::currentDateTimeUtc();
    customer.updatedAt = customer.createdAt;
    const QJsonObject payload = customer.toJson();
    if (!protocol::Customer::fromJson(payload))
        return {}; // beyond what the protocol allows: the server would refuse it too
    emitCommand(CommandType::CreateCustomer, payload);
    call->choose(customer);
    Q_EMIT cardsChanged(target);
    return customer.id;
}

bool CallPop::link(Target target, const QString& customerId)
{
    CallerChoice* call = choiceFor(target);
    if (!call || customerId.isEmpty())
        return false;
    auto found = store_.customers().find(customerId);
    if (!found) {
        Q_EMIT loadFailed(found.error().toString());
        return false;
    }
    if (!*found)
        return false;
    const protocol::Customer& customer = **found;
    const auto phone = call->callerPhone();
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
    call->choose(customer);
    Q_EMIT cardsChanged(target);
    enrichChosen(target);
    return true;
}

bool CallPop::wrapUp(protocol::WrapUpCode code, const QString& notes, const QStringList& tags,
    const QDateTime& followUpAt)
{
    if (wrapUp_.isEmpty())
        return false;
    const bool landedByItself = wrapUp_.landed();
    if (!landedByItself && wrapUp_.chosenCustomerId().isEmpty())
        return false;
    if (followUpAt.isValid() && followUpAt <= QDateTime::currentDateTimeUtc())
        return false;
    protocol::CallWrapUp wrapUp;
    wrapUp.callId = wrapUp_.call().callId;
    if (!landedByItself)
        wrapUp.customerId = wrapUp_.chosenCustomerId();
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
    finishWrapUp();
    return true;
}

void CallPop::skipWrapUp()
{
    if (!wrapUp_.isEmpty())
        finishWrapUp();
}

bool CallPop::logCallback(const CallLog& log, const QString& callId)
{
    const protocol::CallFrame offered = log.offeredFrame(callId);
    const protocol::CallFrame ended = log.endedFrame(callId);
    if (offered.callId.isEmpty() || ended.callId.isEmpty() || !isUnanswered(ended.disposition))
        return false;
    const auto isIt = [&](const CallerChoice& call) { return call.call().callId == callId; };
    if (isIt(wrapUp_) || std::any_of(wrapUpsWaiting_.begin(), wrapUpsWaiting_.end(), isIt))
        return false;
    CallerChoice call(offered);
    call.merge(ended);
    queueWrapUp(std::move(call));
    return true;
}

// The live call is over (or was never there): back to Idle, and the next offer waiting
// rings.
void CallPop::endLive()
{
    live_ = {};
    shown_ = false;
    setState(State::Idle);
    Q_EMIT cardsChanged(Target::Live);
    ringNext();
}

void CallPop::ringNext()
{
    while (state_ == State::Idle && !pending_.isEmpty()) {
        CallerChoice next = pending_.takeFirst();
        Q_EMIT pendingChanged(pending());
        if (next.call().event == CallEvent::Ended) {
            // Taken on the phone while another call was on screen, and over already.
            queueWrapUp(std::move(next));
            continue;
        }
        ring(std::move(next));
    }
}

void CallPop::ring(CallerChoice call)
{
    live_ = std::move(call);
    setState(live_.call().event == CallEvent::Answered ? State::Answered : State::Ringing);
    Q_EMIT cardsChanged(Target::Live);
    shown_ = true;
    Q_EMIT ringing(live_.call().callId);
    // The pop is up from the frame alone; the cache's details follow.
    enrichChosen(Target::Live);
}

void CallPop::queueWrapUp(CallerChoice call)
{
    if (!wrapUp_.isEmpty()) {
        wrapUpsWaiting_.append(std::move(call));
        Q_EMIT wrapUpsWaitingChanged(wrapUpsWaiting());
        return;
    }
    wrapUp_ = std::move(call);
    enrichChosen(Target::WrapUp);
    Q_EMIT cardsChanged(Target::WrapUp);
    Q_EMIT wrapUpDue(wrapUp_.call().callId);
}

void CallPop::finishWrapUp()
{
    const QString done = wrapUp_.call().callId;
    wrapUp_ = {};
    if (!wrapUpsWaiting_.isEmpty()) {
        wrapUp_ = wrapUpsWaiting_.takeFirst();
        Q_EMIT wrapUpsWaitingChanged(wrapUpsWaiting());
        enrichChosen(Target::WrapUp);
    }
    Q_EMIT wrapUpDone(done);
    Q_EMIT cardsChanged(Target::WrapUp);
    if (!wrapUp_.isEmpty())
        Q_EMIT wrapUpDue(wrapUp_.call().callId);
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

bool CallPop::isLive(const QString& callId) const
{
    return state_ != State::Idle && live_.call().callId == callId;
}

bool CallPop::isKnown(const QString& callId) const
{
    const auto isIt = [&](const CallerChoice& call) { return call.call().callId == callId; };
    return isLive(callId) || std::any_of(pending_.begin(), pending_.end(), isIt);
}

bool CallPop::answeredElsewhere(const protocol::CallFrame& frame) const
{
    return !frame.answeredBy.isEmpty() && !agentId_.isEmpty() && frame.answeredBy != agentId_;
}

void CallPop::enrichChosen(Target target)
{
    CallerChoice* call = choiceFor(target);
    if (CallerCard* card = call ? call->chosenCard() : nullptr) {
        enrich(*card);
        Q_EMIT cardsChanged(target);
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

void CallPop::emitCommand(
    QLatin1StringView type, QJsonObject payload, std::optional<qint64> baseRevision)
{
    Q_EMIT commandReady(protocol::Command::make(type, std::move(payload), baseRevision));
}

} // namespace switchboard::models
