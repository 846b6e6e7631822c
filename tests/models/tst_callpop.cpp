// The call pop's model over a real cache file: the pop shows the server's summary at once
// and the cache's details right after; several matches wait for a pick; an unknown caller
// is created or linked with the number; decline and wrap-up become the commands
// docs/protocol.md describes (customerId only when the call did not land by itself); a
// follow-up in the past is refused; a call taken by a colleague goes away; a new call rings
// while the previous one is wrapped up, each acting on its own call; wrap-ups queue in
// order; missed and abandoned calls are not wrapped up unless a callback is logged from the
// call log; frames about unknown calls change nothing. And the call log counts missed and
// abandoned calls, not answered ones.
#include "models/CallLog.h"
#include "models/CallPop.h"
#include "protocol/CallWrapUp.h"
#include "protocol/Customer.h"
#include "protocol/Event.h"
#include "protocol/Order.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace switchboard {

using models::CallLog;
using models::CallPop;
constexpr auto Live = CallPop::Target::Live;
constexpr auto WrapUp = CallPop::Target::WrapUp;
namespace CommandType = protocol::CommandType;
namespace CallEvent = protocol::CallEvent;

namespace {

const QString kMe = u"agent-3"_s;
const QString kKevin = u"cus-kevin"_s;
const QString kEleni = u"cus-eleni"_s;
const QString kNikos = u"cus-nikos"_s;
const QString kNumber = u"0532 123 45 67"_s;
const QString kE164 = u"+905321234567"_s;

protocol::CallerProfile profile(const QString& customerId, const QString& name)
{
    protocol::CallerProfile p;
    p.customerId = customerId;
    p.name = name;
    p.segment = protocol::Segment::Loyal;
    p.lifetimeValueMinor = 1289900;
    p.currency = u"TRY"_s;
    p.tags = { u"vip"_s };
    return p;
}

protocol::CallFrame frame(QLatin1StringView event, const QString& callId,
    const QList<protocol::CallerProfile>& matches = {})
{
    protocol::CallFrame f;
    f.event = event;
    f.callId = callId;
    f.direction = u"in"_s;
    f.from = kNumber;
    f.to = u"4401"_s;
    f.e164 = kE164;
    f.agentId = kMe;
    f.matches = matches;
    f.at = QDateTime::currentDateTimeUtc();
    return f;
}

protocol::CallFrame answered(const QString& callId, const QString& by = kMe)
{
    protocol::CallFrame f = frame(CallEvent::Answered, callId);
    f.answeredBy = by;
    return f;
}

protocol::CallFrame ended(const QString& callId, QLatin1StringView disposition,
    const QString& conversationId = {}, qint64 seconds = 0)
{
    protocol::CallFrame f = frame(CallEvent::Ended, callId);
    f.cause = u"normalClearing"_s;
    f.disposition = disposition;
    f.durationSeconds = seconds;
    f.conversationId = conversationId;
    if (disposition == protocol::CallDisposition::Answered)
        f.answeredBy = kMe;
    return f;
}

protocol::Customer customer(const QString& id, const QString& first, const QString& company,
    qint64 revision, const QString& phone = u"0212 555 00 11"_s)
{
    protocol::Customer c;
    c.id = id;
    c.firstName = first;
    c.lastName = u"Demir"_s;
    c.company = company;
    c.phones = { { phone, {}, u"work"_s } };
    c.segment = protocol::Segment::Loyal;
    c.revision = revision;
    c.createdAt = QDateTime::currentDateTimeUtc().addYears(-2);
    c.updatedAt = c.createdAt;
    return c;
}

protocol::Order order(const QString& id, const QString& customerId, const QDateTime& placedAt,
    protocol::OrderStatus status = protocol::OrderStatus::Delivered)
{
    protocol::Order o;
    o.id = id;
    o.customerId = customerId;
    o.placedAt = placedAt;
    o.items = { { u"lens-50"_s, u"50 mm lens"_s, 1, 349900 } };
    o.amountMinor = 349900;
    o.currency = u"TRY"_s;
    o.status = status;
    return o;
}

QList<protocol::Command> commandsIn(const QSignalSpy& spy)
{
    QList<protocol::Command> commands;
    for (const auto& arguments : spy)
        commands.append(arguments.at(0).value<protocol::Command>());
    return commands;
}

} // namespace

class CallPopTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::optional<store::Store> store_;
    qint64 seq_ = 0;
    // This calendar year and the one before, in the agent's time zone as the pop counts.
    const QDateTime thisYear_ { QDate(QDate::currentDate().year(), 1, 1), QTime(12, 0) };
    const QDateTime lastYear_ = thisYear_.addMonths(-6);

    void put(QLatin1StringView type, const QString& entity, const QJsonObject& payload)
    {
        protocol::Event event { ++seq_, QString(protocol::kLiveSpace), QString(type), entity,
            payload, QDateTime::currentDateTimeUtc() };
        auto applied = store_->apply(protocol::kLiveSpace, { event });
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
    }

    std::unique_ptr<CallPop> newPop()
    {
        auto pop = std::make_unique<CallPop>(*store_);
        pop->setCurrentAgent(kMe);
        return pop;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        auto opened = store::Store::open(dir_.filePath(u"cache.sqlite"_s));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        store_.emplace(std::move(*opened));
        put(protocol::EventType::CustomerUpserted, kKevin,
            customer(kKevin, u"Kevin"_s, u"Lens & Co"_s, 4, kNumber).toJson());
        put(protocol::EventType::CustomerUpserted, kEleni,
            customer(kEleni, u"Eleni"_s, u"Acropolis Optics"_s, 2).toJson());
        put(protocol::EventType::CustomerUpserted, kNikos,
            customer(kNikos, u"Nikos"_s, {}, 7).toJson());
        // Kevin: three purchases this year and a cancelled order (not a purchase), one
        // last year (not this year's).
        const QList<protocol::Order> orders {
            order(u"ord-k1"_s, kKevin, thisYear_),
            order(u"ord-k2"_s, kKevin, thisYear_.addSecs(3600)),
            order(u"ord-k3"_s, kKevin, thisYear_.addSecs(7200)),
            order(u"ord-k4"_s, kKevin, thisYear_.addSecs(9000), protocol::OrderStatus::Cancelled),
            order(u"ord-k0"_s, kKevin, lastYear_),
        };
        for (const auto& o : orders)
            put(protocol::EventType::OrderUpserted, o.id, o.toJson());
    }

    void singleMatchPopsAtOnceThenEnriches()
    {
        auto pop = newPop();
        QSignalSpy states(pop.get(), &CallPop::stateChanged);
        QSignalSpy cardsChanged(pop.get(), &CallPop::cardsChanged);
        std::optional<models::CallerCard> shownFirst;
        connect(pop.get(), &CallPop::ringing, this, [&](const QString& callId) {
            QCOMPARE(callId, u"pbx-1"_s);
            QCOMPARE(pop->live().cards().size(), 1);
            shownFirst = pop->live().cards().first();
        });
        pop->handle(frame(CallEvent::Offered, u"pbx-1"_s, { profile(kKevin, u"Kevin Demir"_s) }));

        // What the pop showed first came from the frame alone.
        QVERIFY(shownFirst);
        QCOMPARE(shownFirst->summary.name, u"Kevin Demir"_s);
        QCOMPARE(shownFirst->summary.tags, QStringList { u"vip"_s });
        QVERIFY(!shownFirst->enriched);
        // Then the cache's details.
        QCOMPARE(pop->state(), CallPop::State::Ringing);
        QCOMPARE(states.size(), 1);
        QCOMPARE(pop->live().chosenCustomerId(), kKevin);
        QVERIFY(pop->live().landed());
        const models::CallerCard* card = pop->live().chosenCard();
        QVERIFY(card);
        QVERIFY(card->enriched);
        QCOMPARE(card->customer->company, u"Lens & Co"_s);
        QCOMPARE(card->ordersThisYear, 3);
        QCOMPARE(card->latestOrder->id, u"ord-k4"_s);
        QVERIFY(cardsChanged.size() >= 2); // the offer, then the enrichment
    }

    void severalMatchesWaitForAPick()
    {
        auto pop = newPop();
        pop->handle(frame(CallEvent::Offered, u"pbx-2"_s,
            { profile(kEleni, u"Eleni Demir"_s), profile(kNikos, u"Nikos Demir"_s) }));
        QCOMPARE(pop->live().cards().size(), 2);
        QCOMPARE(pop->live().cards().at(1).summary.customerId, kNikos); // the server's order
        QVERIFY(pop->live().chosenCustomerId().isEmpty());
        QVERIFY(!pop->live().chosenCard());
        QVERIFY(!pop->live().landed());
        QVERIFY(!pop->live().cards().at(0).enriched && !pop->live().cards().at(1).enriched);

        pop->pick(Live, kKevin); // not one of the matches
        QVERIFY(pop->live().chosenCustomerId().isEmpty());
        QSignalSpy cardsChanged(pop.get(), &CallPop::cardsChanged);
        pop->pick(Live, kNikos);
        QCOMPARE(pop->live().chosenCustomerId(), kNikos);
        QVERIFY(pop->live().chosenCard()->enriched);
        QCOMPARE(pop->live().chosenCard()->customer->revision, 7);
        QVERIFY(!cardsChanged.isEmpty());
    }

    void unknownCallerIsCreatedWithTheNumber()
    {
        auto pop = newPop();
        QSignalSpy commands(pop.get(), &CallPop::commandReady);
        pop->handle(frame(CallEvent::Offered, u"pbx-3"_s));
        QVERIFY(pop->live().cards().isEmpty());
        QVERIFY(pop->createCustomer(Live, u" "_s, QString()).isEmpty());
        QVERIFY(pop->createCustomer(Live, QString(500, u'x'), u"Long"_s).isEmpty());
        QVERIFY(commands.isEmpty());

        const QString id = pop->createCustomer(Live, u" Ayşe "_s, u"Yılmaz"_s);
        QVERIFY(id.startsWith(u"cus-"_s));
        QCOMPARE(pop->live().chosenCustomerId(), id);
        QCOMPARE(commands.size(), 1);
        const protocol::Command create = commandsIn(commands).first();
        QCOMPARE(create.type, QString(CommandType::CreateCustomer));
        QVERIFY(!create.id.isNull());
        auto created = protocol::Customer::fromJson(create.payload);
        QVERIFY(created);
        QCOMPARE(created->id, id);
        QCOMPARE(created->firstName, u"Ayşe"_s);
        QCOMPARE(created->lastName, u"Yılmaz"_s);
        QCOMPARE(created->segment, protocol::Segment::New);
        QCOMPARE(created->phones.size(), 1);
        QCOMPARE(created->phones.first().number, kNumber);
        QCOMPARE(created->phones.first().e164, kE164);
        QVERIFY(pop->live().chosenCard());
        QVERIFY(!pop->live().chosenCard()->enriched);

        // The sync client queues it with its local effect; the change notice enriches.
        auto queued = store_->enqueue(create);
        QVERIFY(queued);
        QVERIFY(queued->customers.contains(id));
        pop->applyChanges(*queued);
        QVERIFY(pop->live().chosenCard()->enriched);
        QCOMPARE(pop->live().chosenCard()->customer->displayName(), u"Ayşe Yılmaz"_s);
    }

    void withheldCallerIsCreatedWithoutAPhone()
    {
        auto pop = newPop();
        QSignalSpy commands(pop.get(), &CallPop::commandReady);
        protocol::CallFrame offer = frame(CallEvent::Offered, u"pbx-4"_s);
        offer.from = u"anonymous"_s;
        offer.e164.clear();
        offer.withheld = true;
        pop->handle(offer);
        QVERIFY(!pop->createCustomer(Live, u"Jonas"_s, {}).isEmpty());
        QCOMPARE(commands.size(), 1);
        QVERIFY(
            protocol::Customer::fromJson(commandsIn(commands).first().payload)->phones.isEmpty());
    }

    void unknownCallerIsLinkedToACustomer()
    {
        auto pop = newPop();
        QSignalSpy commands(pop.get(), &CallPop::commandReady);
        pop->handle(frame(CallEvent::Offered, u"pbx-5"_s));
        QVERIFY(!pop->link(Live, u"cus-not-cached"_s));
        QVERIFY(commands.isEmpty());
        QVERIFY(pop->live().chosenCustomerId().isEmpty());

        QVERIFY(pop->link(Live, kEleni));
        QCOMPARE(pop->live().chosenCustomerId(), kEleni);
        QVERIFY(pop->live().cards().isEmpty()); // still the server's matches: none
        QVERIFY(pop->live().chosenCard()->enriched);
        QCOMPARE(pop->live().chosenCard()->customer->company, u"Acropolis Optics"_s);
        QCOMPARE(commands.size(), 1);
        const protocol::Command update = commandsIn(commands).first();
        QCOMPARE(update.type, QString(CommandType::UpdateCustomer));
        QCOMPARE(update.baseRevision, std::optional<qint64>(2));
        QCOMPARE(update.payload.value("customerId"_L1).toString(), kEleni);
        const QJsonArray phones
            = update.payload.value("fields"_L1).toObject().value("phones"_L1).toArray();
        QCOMPARE(phones.size(), 2);
        QCOMPARE(phones.at(0).toObject().value("number"_L1).toString(), u"0212 555 00 11"_s);
        QCOMPARE(phones.at(1).toObject().value("number"_L1).toString(), kNumber);
        QCOMPARE(phones.at(1).toObject().value("e164"_L1).toString(), kE164);
        // The store takes it as the edit it is.
        QVERIFY(store_->enqueue(update));
    }

    void acceptOpensTheCustomerAndIgnoreSendsNothing()
    {
        auto pop = newPop();
        QSignalSpy commands(pop.get(), &CallPop::commandReady);
        QSignalSpy dismissed(pop.get(), &CallPop::dismissed);
        QSignalSpy opened(pop.get(), &CallPop::customerOpened);
        pop->handle(frame(CallEvent::Offered, u"pbx-6"_s, { profile(kKevin, u"Kevin"_s) }));
        pop->ignore();
        QCOMPARE(dismissed.size(), 1);
        QCOMPARE(pop->state(), CallPop::State::Ringing); // the phone keeps ringing
        QVERIFY(commands.isEmpty());

        auto other = newPop();
        QSignalSpy otherOpened(other.get(), &CallPop::customerOpened);
        QSignalSpy otherDismissed(other.get(), &CallPop::dismissed);
        other->handle(frame(CallEvent::Offered, u"pbx-7"_s, { profile(kKevin, u"Kevin"_s) }));
        other->accept();
        QCOMPARE(otherOpened.size(), 1);
        QCOMPARE(otherOpened.first().at(0).toString(), kKevin);
        QCOMPARE(otherDismissed.size(), 1);
        QVERIFY(opened.isEmpty());
    }

    void declineSendsTheCallId()
    {
        auto pop = newPop();
        QSignalSpy commands(pop.get(), &CallPop::commandReady);
        QSignalSpy dismissed(pop.get(), &CallPop::dismissed);
        pop->handle(frame(CallEvent::Offered, u"pbx-8"_s, { profile(kKevin, u"Kevin"_s) }));
        pop->decline();
        QCOMPARE(commands.size(), 1);
        const protocol::Command decline = commandsIn(commands).first();
        QCOMPARE(decline.type, QString(CommandType::DeclineCall));
        QCOMPARE(protocol::CallDecline::fromJson(decline.payload)->callId, u"pbx-8"_s);
        QCOMPARE(dismissed.size(), 1);
        QCOMPARE(pop->state(), CallPop::State::Idle);
        // What the server says about it afterwards is for whoever takes it.
        pop->handle(ended(u"pbx-8"_s, protocol::CallDisposition::Answered));
        QCOMPARE(pop->state(), CallPop::State::Idle);
        QVERIFY(pop->wrappingUp().isEmpty());
    }

    void wrapUpOfALandedCallNamesNoCustomer()
    {
        auto pop = newPop();
        QSignalSpy commands(pop.get(), &CallPop::commandReady);
        QSignalSpy wrapUpDue(pop.get(), &CallPop::wrapUpDue);
        QSignalSpy wrapUpDone(pop.get(), &CallPop::wrapUpDone);
        pop->handle(frame(CallEvent::Offered, u"pbx-9"_s, { profile(kKevin, u"Kevin"_s) }));
        QVERIFY(!pop->wrapUp(protocol::WrapUpCode::Resolved, {}, {})); // still ringing
        pop->handle(answered(u"pbx-9"_s));
        QCOMPARE(pop->state(), CallPop::State::Answered);
        pop->handle(ended(u"pbx-9"_s, protocol::CallDisposition::Answered, u"con-call-9"_s, 204));
        // The live call is over; the ended one is the wrap-up's.
        QCOMPARE(pop->state(), CallPop::State::Idle);
        QVERIFY(pop->live().isEmpty());
        QCOMPARE(wrapUpDue.size(), 1);
        QCOMPARE(wrapUpDue.first().at(0).toString(), u"pbx-9"_s);
        const models::CallerChoice& ended = pop->wrappingUp();
        QCOMPARE(ended.call().callId, u"pbx-9"_s);
        QCOMPARE(ended.call().durationSeconds, 204);
        QCOMPARE(ended.call().matches.size(), 1); // the offer's, kept
        QVERIFY(ended.landed());
        QCOMPARE(ended.chosenCustomerId(), kKevin);
        QVERIFY(ended.chosenCard()->enriched);

        const QDateTime inTwoDays = QDateTime::currentDateTimeUtc().addDays(2);
        QVERIFY(pop->wrapUp(protocol::WrapUpCode::Resolved, u"Lens swapped"_s,
            { u"lens"_s, u" warranty "_s }, inTwoDays));
        QCOMPARE(commands.size(), 1);
        const protocol::Command command = commandsIn(commands).first();
        QCOMPARE(command.type, QString(CommandType::WrapUpCall));
        QVERIFY(!command.payload.contains("customerId"_L1));
        auto wrapUp = protocol::CallWrapUp::fromJson(command.payload);
        QVERIFY(wrapUp);
        QCOMPARE(wrapUp->callId, u"pbx-9"_s);
        QCOMPARE(wrapUp->code, protocol::WrapUpCode::Resolved);
        QCOMPARE(wrapUp->notes, u"Lens swapped"_s);
        QCOMPARE(wrapUp->tags, (QStringList { u"lens"_s, u"warranty"_s }));
        QCOMPARE(wrapUp->followUpAt.toMSecsSinceEpoch(), inTwoDays.toMSecsSinceEpoch());
        QCOMPARE(wrapUpDone.size(), 1);
        QCOMPARE(wrapUpDone.first().at(0).toString(), u"pbx-9"_s);
        QVERIFY(pop->wrappingUp().isEmpty());
        QVERIFY(!pop->wrapUp(protocol::WrapUpCode::Resolved, {}, {})); // nothing left
        QCOMPARE(commands.size(), 1);
    }

    void wrapUpOfACallThatDidNotLandNamesTheChosenCustomer()
    {
        auto pop = newPop();
        QSignalSpy commands(pop.get(), &CallPop::commandReady);
        pop->handle(frame(CallEvent::Offered, u"pbx-10"_s,
            { profile(kEleni, u"Eleni"_s), profile(kNikos, u"Nikos"_s) }));
        pop->handle(answered(u"pbx-10"_s));
        pop->handle(ended(u"pbx-10"_s, protocol::CallDisposition::Answered, {}, 60));
        QVERIFY(!pop->wrappingUp().landed());
        QVERIFY(!pop->wrapUp(protocol::WrapUpCode::InformationGiven, {}, {})); // whose?
        QVERIFY(commands.isEmpty());
        pop->pick(Live, kEleni); // no live call: nothing to pick for
        QVERIFY(pop->wrappingUp().chosenCustomerId().isEmpty());
        pop->pick(WrapUp, kEleni);
        QCOMPARE(pop->wrappingUp().chosenCustomerId(), kEleni);
        QVERIFY(pop->wrapUp(protocol::WrapUpCode::InformationGiven, {}, {}));
        QCOMPARE(commands.size(), 1);
        auto wrapUp = protocol::CallWrapUp::fromJson(commandsIn(commands).first().payload);
        QVERIFY(wrapUp);
        QCOMPARE(wrapUp->customerId, kEleni);
        QCOMPARE(wrapUp->code, protocol::WrapUpCode::InformationGiven);
        QVERIFY(!wrapUp->followUpAt.isValid());
    }

    void followUpInThePastIsRefused()
    {
        auto pop = newPop();
        QSignalSpy commands(pop.get(), &CallPop::commandReady);
        pop->handle(frame(CallEvent::Offered, u"pbx-11"_s, { profile(kKevin, u"Kevin"_s) }));
        pop->handle(answered(u"pbx-11"_s));
        pop->handle(ended(u"pbx-11"_s, protocol::CallDisposition::Answered, u"con-call-11"_s));
        QVERIFY(!pop->wrapUp(protocol::WrapUpCode::CallbackNeeded, {}, {},
            QDateTime::currentDateTimeUtc().addSecs(-60)));
        QVERIFY(commands.isEmpty());
        QCOMPARE(pop->wrappingUp().call().callId, u"pbx-11"_s); // the panel stays for a fix
        pop->skipWrapUp();
        QVERIFY(pop->wrappingUp().isEmpty());
        QVERIFY(commands.isEmpty());
    }

    // A missed or abandoned call only makes the pop go: no wrap-up opens by itself.
    void missedAndAbandonedCallsAreNotWrappedUp()
    {
        auto pop = newPop();
        QSignalSpy wrapUpDue(pop.get(), &CallPop::wrapUpDue);
        QSignalSpy dismissed(pop.get(), &CallPop::dismissed);
        QSignalSpy ringing(pop.get(), &CallPop::ringing);
        pop->handle(frame(CallEvent::Offered, u"pbx-12"_s, { profile(kKevin, u"Kevin"_s) }));
        pop->handle(frame(CallEvent::Offered, u"pbx-12b"_s, { profile(kNikos, u"Nikos"_s) }));
        QCOMPARE(pop->pending(), 1);
        pop->handle(ended(u"pbx-12"_s, protocol::CallDisposition::Missed, u"con-call-12"_s));
        QCOMPARE(dismissed.size(), 1);
        QVERIFY(wrapUpDue.isEmpty());
        QVERIFY(pop->wrappingUp().isEmpty());
        // The one waiting rings at once, not behind a wrap-up.
        QCOMPARE(ringing.size(), 2);
        QCOMPARE(pop->live().call().callId, u"pbx-12b"_s);
        QCOMPARE(pop->state(), CallPop::State::Ringing);

        pop->handle(ended(u"pbx-12b"_s, protocol::CallDisposition::Abandoned));
        QCOMPARE(dismissed.size(), 2);
        QCOMPARE(pop->state(), CallPop::State::Idle);
        QVERIFY(pop->live().isEmpty());
        QVERIFY(wrapUpDue.isEmpty());
        QVERIFY(!pop->wrapUp(protocol::WrapUpCode::CallbackNeeded, {}, {}));
    }

    // "Log a callback…" in the call list: a wrap-up of that missed call, with its customer.
    void callbackIsLoggedForAMissedCallFromTheLog()
    {
        auto pop = newPop();
        CallLog log;
        QSignalSpy commands(pop.get(), &CallPop::commandReady);
        QSignalSpy wrapUpDue(pop.get(), &CallPop::wrapUpDue);
        const auto feed = [&](const protocol::CallFrame& f) {
            pop->handle(f);
            log.handle(f);
        };
        feed(frame(CallEvent::Offered, u"pbx-30"_s, { profile(kKevin, u"Kevin"_s) }));
        feed(ended(u"pbx-30"_s, protocol::CallDisposition::Missed, u"con-call-30"_s));
        feed(frame(CallEvent::Offered, u"pbx-31"_s, { profile(kNikos, u"Nikos"_s) }));
        feed(answered(u"pbx-31"_s));
        feed(ended(u"pbx-31"_s, protocol::CallDisposition::Answered, u"con-call-31"_s, 30));
        pop->skipWrapUp();
        wrapUpDue.clear();

        QVERIFY(!pop->logCallback(log, u"pbx-31"_s)); // answered: wrapped up already
        QVERIFY(!pop->logCallback(log, u"pbx-nope"_s));
        QVERIFY(wrapUpDue.isEmpty());
        QVERIFY(pop->logCallback(log, u"pbx-30"_s));
        QCOMPARE(wrapUpDue.size(), 1);
        QCOMPARE(wrapUpDue.first().at(0).toString(), u"pbx-30"_s);
        const models::CallerChoice& missed = pop->wrappingUp();
        QCOMPARE(missed.call().disposition, QString(protocol::CallDisposition::Missed));
        QCOMPARE(missed.call().conversationId, u"con-call-30"_s);
        QCOMPARE(missed.chosenCustomerId(), kKevin);
        QVERIFY(missed.chosenCard()->enriched);
        QCOMPARE(missed.chosenCard()->customer->company, u"Lens & Co"_s);
        QVERIFY(!pop->logCallback(log, u"pbx-30"_s)); // once is enough
        QCOMPARE(wrapUpDue.size(), 1);
        QCOMPARE(pop->state(), CallPop::State::Idle); // nothing rings

        const QDateTime inAnHour = QDateTime::currentDateTimeUtc().addSecs(3600);
        QVERIFY(pop->wrapUp(protocol::WrapUpCode::CallbackNeeded, {}, {}, inAnHour));
        QCOMPARE(commands.size(), 1);
        auto wrapUp = protocol::CallWrapUp::fromJson(commandsIn(commands).first().payload);
        QVERIFY(wrapUp);
        QCOMPARE(wrapUp->callId, u"pbx-30"_s);
        QVERIFY(wrapUp->customerId.isEmpty()); // it landed on Kevin's timeline
        QCOMPARE(wrapUp->followUpAt.toMSecsSinceEpoch(), inAnHour.toMSecsSinceEpoch());
    }

    void answeredBySomeoneElseIsDismissed()
    {
        auto pop = newPop();
        QSignalSpy dismissed(pop.get(), &CallPop::dismissed);
        QSignalSpy wrapUpDue(pop.get(), &CallPop::wrapUpDue);
        pop->handle(frame(CallEvent::Offered, u"pbx-13"_s, { profile(kKevin, u"Kevin"_s) }));
        pop->handle(answered(u"pbx-13"_s, u"agent-9"_s));
        QCOMPARE(dismissed.size(), 1);
        QCOMPARE(pop->state(), CallPop::State::Idle);
        QVERIFY(pop->live().cards().isEmpty());
        pop->handle(ended(u"pbx-13"_s, protocol::CallDisposition::Answered));
        QVERIFY(wrapUpDue.isEmpty()); // theirs to wrap up
    }

    // The wrap-up of one call is open when the next one rings: it rings at once, and the
    // wrap-up and the pop each act on their own call.
    void callRingsWhileThePreviousOneIsWrappedUp()
    {
        auto pop = newPop();
        QSignalSpy commands(pop.get(), &CallPop::commandReady);
        QSignalSpy ringing(pop.get(), &CallPop::ringing);
        QSignalSpy pendingChanged(pop.get(), &CallPop::pendingChanged);
        pop->handle(frame(CallEvent::Offered, u"pbx-14"_s,
            { profile(kEleni, u"Eleni"_s), profile(kNikos, u"Nikos"_s) }));
        pop->handle(answered(u"pbx-14"_s));
        pop->handle(ended(u"pbx-14"_s, protocol::CallDisposition::Answered, {}, 90));
        QCOMPARE(pop->wrappingUp().call().callId, u"pbx-14"_s);

        pop->handle(frame(CallEvent::Offered, u"pbx-15"_s, { profile(kKevin, u"Kevin"_s) }));
        QCOMPARE(ringing.size(), 2);
        QCOMPARE(ringing.last().at(0).toString(), u"pbx-15"_s);
        QCOMPARE(pop->state(), CallPop::State::Ringing);
        QCOMPARE(pop->pending(), 0);
        QVERIFY(pendingChanged.isEmpty());
        QCOMPARE(pop->live().call().callId, u"pbx-15"_s);
        QCOMPARE(pop->live().chosenCustomerId(), kKevin);
        QCOMPARE(pop->wrappingUp().call().callId, u"pbx-14"_s); // untouched

        // A pick for the wrap-up is the wrap-up's; the ringing call keeps its caller.
        pop->pick(WrapUp, kNikos);
        QCOMPARE(pop->wrappingUp().chosenCustomerId(), kNikos);
        QCOMPARE(pop->live().chosenCustomerId(), kKevin);
        QVERIFY(pop->wrapUp(protocol::WrapUpCode::Resolved, u"Done"_s, {}));
        auto wrapUp = protocol::CallWrapUp::fromJson(commandsIn(commands).last().payload);
        QVERIFY(wrapUp);
        QCOMPARE(wrapUp->callId, u"pbx-14"_s);
        QCOMPARE(wrapUp->customerId, kNikos);
        // The call still rings.
        QCOMPARE(pop->state(), CallPop::State::Ringing);
        QCOMPARE(pop->live().call().callId, u"pbx-15"_s);
        QVERIFY(pop->wrappingUp().isEmpty());
        pop->decline();
        QCOMPARE(commandsIn(commands).last().type, QString(CommandType::DeclineCall));
        QCOMPARE(commandsIn(commands).last().payload.value("callId"_L1).toString(), u"pbx-15"_s);
    }

    // Calls that end while another is being wrapped up wait their turn, in order.
    void wrapUpsQueueInOrder()
    {
        auto pop = newPop();
        QSignalSpy wrapUpDue(pop.get(), &CallPop::wrapUpDue);
        QSignalSpy waiting(pop.get(), &CallPop::wrapUpsWaitingChanged);
        for (const QString& id : { u"pbx-20"_s, u"pbx-21"_s, u"pbx-22"_s }) {
            pop->handle(frame(CallEvent::Offered, id, { profile(kKevin, u"Kevin"_s) }));
            pop->handle(answered(id));
            pop->handle(ended(id, protocol::CallDisposition::Answered, u"con-"_s + id, 10));
        }
        QCOMPARE(wrapUpDue.size(), 1);
        QCOMPARE(pop->wrappingUp().call().callId, u"pbx-20"_s);
        QCOMPARE(pop->wrapUpsWaiting(), 2);
        QCOMPARE(waiting.size(), 2);
        QCOMPARE(waiting.last().at(0).toInt(), 2);

        QVERIFY(pop->wrapUp(protocol::WrapUpCode::Resolved, {}, {}));
        QCOMPARE(wrapUpDue.size(), 2);
        QCOMPARE(wrapUpDue.last().at(0).toString(), u"pbx-21"_s);
        QCOMPARE(pop->wrappingUp().call().callId, u"pbx-21"_s);
        QVERIFY(pop->wrappingUp().chosenCard()->enriched);
        QCOMPARE(pop->wrapUpsWaiting(), 1);
        QCOMPARE(waiting.last().at(0).toInt(), 1);
        pop->skipWrapUp();
        QCOMPARE(pop->wrappingUp().call().callId, u"pbx-22"_s);
        QCOMPARE(pop->wrapUpsWaiting(), 0);
        pop->skipWrapUp();
        QVERIFY(pop->wrappingUp().isEmpty());
        QCOMPARE(wrapUpDue.size(), 3);
    }

    // Only a live call keeps offers waiting; the count is told as it changes.
    void offerWaitsWhileACallIsLive()
    {
        auto pop = newPop();
        QSignalSpy ringing(pop.get(), &CallPop::ringing);
        QSignalSpy pendingChanged(pop.get(), &CallPop::pendingChanged);
        pop->handle(frame(CallEvent::Offered, u"pbx-16"_s, { profile(kKevin, u"Kevin"_s) }));
        pop->handle(frame(CallEvent::Offered, u"pbx-17"_s, { profile(kNikos, u"Nikos"_s) }));
        pop->handle(frame(CallEvent::Offered, u"pbx-17"_s, { profile(kNikos, u"Nikos"_s) }));
        QCOMPARE(pop->pending(), 1); // the replay counts once
        QCOMPARE(pendingChanged.size(), 1);
        QCOMPARE(pendingChanged.last().at(0).toInt(), 1);
        QCOMPARE(ringing.size(), 1);
        QCOMPARE(pop->live().call().callId, u"pbx-16"_s);

        pop->handle(answered(u"pbx-16"_s));
        QCOMPARE(pop->pending(), 1); // still live: answered
        pop->handle(ended(u"pbx-16"_s, protocol::CallDisposition::Answered, u"con-call-16"_s));
        // Over: the waiting one rings at once, while pbx-16 is wrapped up.
        QCOMPARE(ringing.size(), 2);
        QCOMPARE(ringing.last().at(0).toString(), u"pbx-17"_s);
        QCOMPARE(pop->pending(), 0);
        QCOMPARE(pendingChanged.last().at(0).toInt(), 0);
        QCOMPARE(pop->live().chosenCustomerId(), kNikos);
        QVERIFY(pop->live().chosenCard()->enriched);
        QCOMPARE(pop->wrappingUp().call().callId, u"pbx-16"_s);
    }

    void waitingOfferThatEndsUnansweredIsDropped()
    {
        auto pop = newPop();
        QSignalSpy pendingChanged(pop.get(), &CallPop::pendingChanged);
        pop->handle(frame(CallEvent::Offered, u"pbx-18a"_s, { profile(kKevin, u"Kevin"_s) }));
        pop->handle(frame(CallEvent::Offered, u"pbx-18b"_s));
        QCOMPARE(pop->pending(), 1);
        pop->handle(ended(u"pbx-18b"_s, protocol::CallDisposition::Abandoned));
        QCOMPARE(pop->pending(), 0);
        QCOMPARE(pendingChanged.size(), 2);
        QCOMPARE(pendingChanged.last().at(0).toInt(), 0);
        QCOMPARE(pop->live().call().callId, u"pbx-18a"_s);
        QCOMPARE(pop->state(), CallPop::State::Ringing);
    }

    void framesAboutUnknownCallsChangeNothing()
    {
        auto pop = newPop();
        QSignalSpy states(pop.get(), &CallPop::stateChanged);
        QSignalSpy cardsChanged(pop.get(), &CallPop::cardsChanged);
        pop->handle(answered(u"pbx-nope"_s));
        pop->handle(ended(u"pbx-nope"_s, protocol::CallDisposition::Missed));
        QCOMPARE(pop->state(), CallPop::State::Idle);
        QVERIFY(states.isEmpty() && cardsChanged.isEmpty());

        pop->handle(frame(CallEvent::Offered, u"pbx-18"_s, { profile(kKevin, u"Kevin"_s) }));
        states.clear();
        pop->handle(answered(u"pbx-other"_s));
        pop->handle(ended(u"pbx-other"_s, protocol::CallDisposition::Missed));
        QCOMPARE(pop->state(), CallPop::State::Ringing);
        QCOMPARE(pop->live().call().callId, u"pbx-18"_s);
        QVERIFY(states.isEmpty());
        QCOMPARE(pop->pending(), 0);
    }

    void callLogCountsMissedAndAbandoned()
    {
        CallLog log;
        QAbstractItemModelTester tester(
            &log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy missed(&log, &CallLog::missedCountChanged);
        protocol::CallFrame withheld = frame(CallEvent::Offered, u"c-3"_s);
        withheld.from = u"anonymous"_s;
        withheld.e164.clear();
        withheld.withheld = true;
        log.handle(frame(CallEvent::Offered, u"c-1"_s, { profile(kKevin, u"Kevin Demir"_s) }));
        log.handle(frame(CallEvent::Offered, u"c-2"_s));
        log.handle(withheld);
        log.handle(frame(CallEvent::Offered, u"c-2"_s)); // a replay
        QCOMPARE(log.rowCount(), 3);
        // Newest first.
        QCOMPARE(log.index(0).data(CallLog::CallIdRole).toString(), u"c-3"_s);
        QCOMPARE(log.index(0).data(CallLog::CallerRole).toString(), u"Withheld"_s);
        QCOMPARE(log.index(1).data(CallLog::CallerRole).toString(), kNumber);
        QCOMPARE(log.index(2).data(CallLog::CallerRole).toString(), u"Kevin Demir"_s);
        QCOMPARE(log.index(2).data(CallLog::DirectionRole).toString(), u"in"_s);
        QVERIFY(log.index(2).data(CallLog::AtRole).toDateTime().isValid());
        QVERIFY(log.index(2).data(CallLog::DispositionRole).toString().isEmpty());

        log.handle(answered(u"c-1"_s));
        log.handle(ended(u"c-1"_s, protocol::CallDisposition::Answered, u"con-1"_s, 204));
        QCOMPARE(log.missedCount(), 0);
        QVERIFY(missed.isEmpty());
        QCOMPARE(log.index(2).data(CallLog::DispositionRole).toString(), u"answered"_s);
        QCOMPARE(log.index(2).data(CallLog::DurationRole).toLongLong(), 204);

        log.handle(ended(u"c-2"_s, protocol::CallDisposition::Missed));
        log.handle(ended(u"c-3"_s, protocol::CallDisposition::Abandoned));
        log.handle(ended(u"c-3"_s, protocol::CallDisposition::Abandoned)); // a replay
        log.handle(ended(u"c-unknown"_s, protocol::CallDisposition::Missed));
        QCOMPARE(log.missedCount(), 2);
        QCOMPARE(missed.size(), 2);
        QCOMPARE(missed.at(0).at(0).toInt(), 1);
        QCOMPARE(missed.at(1).at(0).toInt(), 2);
        QCOMPARE(log.rowCount(), 3);
    }
};

} // namespace switchboard

QTEST_GUILESS_MAIN(switchboard::CallPopTest)
#include "tst_callpop.moc"
