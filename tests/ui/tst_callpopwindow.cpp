// The call pop, the wrap-up panel and the missed-call count over a real demo cache, on the
// offscreen platform, fed `call` frames the way the sync client hands them over, and driven
// the way an agent drives them: read who is calling, accept by button or Ctrl+Shift+A, Esc
// to ignore, pick among several matches, create an unknown caller, wrap up with a
// follow-up; a call pops over the last one's open wrap-up; a missed call opens no wrap-up
// until the agent logs a callback from the call list. Also renders the windows to
// /tmp/callpop-*.png for a person to look at.
#include "models/CallLog.h"
#include "models/CallPop.h"
#include "models/FileDraftStore.h"
#include "models/SearchResultsModel.h"
#include "models/Workspace.h"
#include "protocol/CallWrapUp.h"
#include "store/CustomerRepository.h"
#include "store/OrderRepository.h"
#include "tests/models/DemoStore.h"
#include "ui/CallListDialog.h"
#include "ui/CallPopWindow.h"
#include "ui/CallerCardView.h"
#include "ui/DisplayNames.h"
#include "ui/MainWindow.h"
#include "ui/WorkspaceActions.h"
#include "ui/WorkspacePalette.h"
#include "ui/WrapUpPanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace switchboard {

namespace CommandType = protocol::CommandType;
namespace CallEvent = protocol::CallEvent;

// The call pop's part of a desk, wired as DeskSession wires it, without the network.
struct CallsUnderTest {
    explicit CallsUnderTest(store::Store& store, const QString& agent)
        : workspace(store)
        , pop(store)
        , search(store)
        , window(pop, search, workspace.tags())
        , wrapUp(pop, workspace.tags(), search)
        , commands(&pop, &models::CallPop::commandReady)
        , opened(&pop, &models::CallPop::customerOpened)
        , populated(&window, &ui::CallPopWindow::populated)
    {
        workspace.setCurrentAgent(agent);
        pop.setCurrentAgent(agent);
        this->agent = agent;
        // As the sync client does: a command's optimistic effect lands in the cache and its
        // change notice comes back.
        QObject::connect(&pop, &models::CallPop::commandReady, &pop,
            [&store, this](const protocol::Command& command) {
                if (command.type != CommandType::CreateCustomer
                    && command.type != CommandType::UpdateCustomer)
                    return;
                auto changes = store.enqueue(command);
                QVERIFY2(changes, qPrintable(changes ? QString() : changes.error().toString()));
                pop.applyChanges(*changes);
            });
    }

    void feed(const protocol::CallFrame& frame)
    {
        pop.handle(frame);
        log.handle(frame);
    }

    QLabel* label(const QString& name) { return window.findChild<QLabel*>(name); }
    QPushButton* button(QWidget* in, const QString& name)
    {
        return in->findChild<QPushButton*>(name);
    }
    protocol::Command lastCommand() const
    {
        return commands.isEmpty() ? protocol::Command()
                                  : commands.last().at(0).value<protocol::Command>();
    }

    QString agent;
    models::Workspace workspace;
    models::CallPop pop;
    models::CallLog log;
    models::SearchResultsModel search;
    ui::CallPopWindow window;
    ui::WrapUpPanel wrapUp;
    QSignalSpy commands;
    QSignalSpy opened;
    QSignalSpy populated;
};

class CallPopWindowTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testing::DemoStore> demo_;
    QString agent_;
    protocol::Customer kevin_; // a cached customer with orders
    protocol::Customer other_; // another cached customer
    int callNumber_ = 0;

    std::unique_ptr<CallsUnderTest> open()
    {
        return std::make_unique<CallsUnderTest>(demo_->store(), agent_);
    }

    protocol::CallerProfile profileOf(const protocol::Customer& customer)
    {
        protocol::CallerProfile p;
        p.customerId = customer.id;
        p.name = customer.displayName();
        p.segment = protocol::Segment::Loyal;
        p.lifetimeValueMinor = 1289900;
        p.currency = u"TRY"_s;
        p.tags = { u"VIP"_s, u"Returns"_s };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        p.lastInteractions = {
            { u"con-1"_s, protocol::Channel::Email, protocol::MessageDirection::Inbound,
                u"The lens I ordered arrived scratched; can you send a new one?"_s,
                now.addDays(-2) },
            { u"con-1"_s, protocol::Channel::Email, protocol::MessageDirection::Outbound,
                u"Sorry to hear that! A replacement is on its way."_s, now.addDays(-2) },
            { u"con-2"_s, protocol::Channel::Chat, protocol::MessageDirection::Inbound,
                u"Thanks, the support was great."_s, now.addDays(-30) },
        };
        p.openConversations = { { u"con-1"_s, protocol::Channel::Email,
            u"Scratched lens, replacement"_s, protocol::ConversationStatus::Open } };
        protocol::CallerFeedback feedback;
        feedback.csat = 5;
        feedback.comment = u"Quick and friendly, thank you"_s;
        feedback.at = now.addDays(-20);
        p.lastFeedback = feedback;
        return p;
    }

    protocol::CallFrame offered(
        const QList<protocol::CallerProfile>& matches, const QString& from = u"0532 123 45 67"_s)
    {
        protocol::CallFrame frame;
        frame.event = QString(CallEvent::Offered);
        frame.callId = u"pbx-%1"_s.arg(++callNumber_);
        frame.direction = u"in"_s;
        frame.from = from;
        frame.to = u"4401"_s;
        frame.e164 = from.isEmpty() ? QString() : u"+905321234567"_s;
        frame.withheld = from.isEmpty();
        frame.agentId = agent_;
        frame.matches = matches;
        frame.at = QDateTime::currentDateTimeUtc();
        return frame;
    }

    static protocol::CallFrame next(const protocol::CallFrame& offer, QLatin1StringView event,
        const QString& disposition = {}, qint64 seconds = 0, const QString& conversationId = {})
    {
        protocol::CallFrame frame = offer;
        frame.event = QString(event);
        frame.matches.clear();
        frame.answeredBy = disposition == u"answered" || event == CallEvent::Answered
            ? offer.agentId
            : QString();
        frame.disposition = disposition;
        frame.durationSeconds = seconds;
        frame.conversationId = conversationId;
        frame.at = QDateTime::currentDateTimeUtc();
        return frame;
    }

    // Rings, answers and hangs up: the wrap-up is due.
    protocol::CallFrame talk(CallsUnderTest& w, const QList<protocol::CallerProfile>& matches,
        const QString& from = u"0532 123 45 67"_s)
    {
        const protocol::CallFrame offer = offered(matches, from);
        w.feed(offer);
        w.feed(next(offer, CallEvent::Answered));
        w.feed(next(offer, CallEvent::Ended, u"answered"_s, 204,
            matches.size() == 1 ? u"con-call-%1"_s.arg(offer.callId) : QString()));
        return offer;
    }

    void activate(QWidget& window)
    {
        window.show();
        window.raise();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the ring-sound setting stays out of ~
        QApplication::setPalette(ui::WorkspacePalette::light());
        demo_ = std::make_unique<testing::DemoStore>(200, 2000);
        agent_ = demo_->busiestAgent();
        auto visited = demo_->store().customers().forEach([this](const protocol::Customer& c) {
            if (!kevin_.id.isEmpty() && !other_.id.isEmpty())
                return store::StoreResult<> {};
            auto orders = demo_->store().orders().forCustomer(c.id);
            if (kevin_.id.isEmpty() && orders && !orders->isEmpty() && !c.company.isEmpty())
                kevin_ = c;
            else if (other_.id.isEmpty() && c.id != kevin_.id && !c.firstName.isEmpty())
                other_ = c;
            return store::StoreResult<> {};
        });
        QVERIFY(visited);
        QVERIFY(!kevin_.id.isEmpty());
        QVERIFY(!other_.id.isEmpty());
    }

    void knownCallerShowsAtOnceThenEnriches()
    {
        auto w = open();
        const protocol::CallerProfile profile = profileOf(kevin_);
        // What the labels say at the moment `populated` is emitted: set already.
        QString nameAtSignal;
        connect(&w->window, &ui::CallPopWindow::populated, this,
            [&] { nameAtSignal = w->label(u"callerName"_s)->text(); });
        const protocol::CallFrame offer = offered({ profile });
        w->feed(offer);

        QCOMPARE(w->window.objectName(), u"callPopWindow"_s);
        QVERIFY(w->window.isVisible());
        QVERIFY(w->window.windowFlags().testFlag(Qt::WindowStaysOnTopHint));
        QCOMPARE(w->populated.size(), 1);
        QCOMPARE(w->populated.first().at(0).toString(), offer.callId);
        QCOMPARE(nameAtSignal, profile.name);
        QCOMPARE(w->label(u"callerName"_s)->text(), profile.name);
        QVERIFY(w->label(u"callerNumber"_s)->text().contains(u"0532 123 45 67"_s));
        const QString summary = w->window.cardView()->summaryText();
        QVERIFY2(summary.contains(ui::DisplayNames::segment(protocol::Segment::Loyal)),
            qPrintable(summary));
        QVERIFY2(summary.contains(ui::DisplayNames::money(1289900, u"TRY"_s)), qPrintable(summary));
        QVERIFY(w->window.findChildren<QLabel*>(u"callerInteraction"_s).size() == 3);
        QVERIFY(w->label(u"callerFeedback"_s)->text().contains(u"CSAT 5/5"_s));
        QVERIFY(w->label(u"callerFeedback"_s)->text().contains(u"Quick and friendly"_s));
        // Enriched from the cache: the company and the orders.
        const QString enrichment = w->window.cardView()->enrichmentText();
        QVERIFY2(enrichment.contains(kevin_.company), qPrintable(enrichment));
        QVERIFY2(enrichment.contains(u"order"_s), qPrintable(enrichment));
        QVERIFY(w->commands.isEmpty());
    }

    void acceptByButtonOpensTheCustomer()
    {
        auto w = open();
        w->feed(offered({ profileOf(kevin_) }));
        QTest::mouseClick(w->button(&w->window, u"acceptCallButton"_s), Qt::LeftButton);
        QCOMPARE(w->opened.size(), 1);
        QCOMPARE(w->opened.first().at(0).toString(), kevin_.id);
        QVERIFY(!w->window.isVisible());
        QVERIFY(w->commands.isEmpty());
    }

    // Picked up at the phone: the pop says the call is on, and Accept only opens the customer.
    void answeredAtThePhoneTheCallIsOn()
    {
        auto w = open();
        const protocol::CallFrame offer = offered({ profileOf(kevin_) });
        w->feed(offer);
        auto* accept = w->button(&w->window, u"acceptCallButton"_s);
        QVERIFY(w->label(u"callerNumber"_s)->text().startsWith(u"Incoming call"_s));
        QCOMPARE(accept->text(), u"&Accept"_s);

        w->feed(next(offer, CallEvent::Answered));
        QVERIFY(w->window.isVisible());
        QVERIFY2(w->label(u"callerNumber"_s)->text().startsWith(u"On the call"_s),
            qPrintable(w->label(u"callerNumber"_s)->text()));
        QCOMPARE(accept->text(), u"&Open customer"_s);
        QVERIFY(!w->button(&w->window, u"declineCallButton"_s)->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);
        QCOMPARE(w->opened.size(), 1);
        QCOMPARE(w->opened.first().at(0).toString(), kevin_.id);
        QVERIFY(w->commands.isEmpty());
    }

    void acceptByShortcutFromThePop()
    {
        auto w = open();
        w->feed(offered({ profileOf(kevin_) }));
        w->window.bringUp();
        QVERIFY(QTest::qWaitForWindowActive(&w->window));
        QTest::keyClick(&w->window, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w->opened.size(), 1);
        QCOMPARE(w->opened.first().at(0).toString(), kevin_.id);
        QVERIFY(!w->window.isVisible());
    }

    // Ctrl+Shift+A is Assign… in the main window; while a call rings it accepts the call,
    // from the main window too, and is Assign… again once the call is over.
    void acceptByShortcutFromTheMainWindow()
    {
        auto w = open();
        models::FileDraftStore drafts(demo_->dir() + u"/drafts.json"_s);
        ui::MainWindow main(w->workspace, drafts);
        main.setCurrentAgent(agent_);
        main.addCallControls(w->log, w->window.acceptAction(), new QAction(u"ring"_s, &main));
        activate(main);
        const QKeySequence keys(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
        QVERIFY(main.actions().assign->shortcuts().contains(keys));

        const protocol::CallFrame offer = offered({ profileOf(kevin_) });
        w->feed(offer);
        QVERIFY(!main.actions().assign->shortcuts().contains(keys));
        QSignalSpy assigned(main.actions().assign, &QAction::triggered);
        QApplication::setActiveWindow(&main); // the pop appeared without taking the keyboard
        QTest::keyClick(&main, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w->opened.size(), 1);
        QCOMPARE(assigned.size(), 0);

        w->feed(next(offer, CallEvent::Answered));
        w->feed(next(offer, CallEvent::Ended, u"answered"_s, 30, u"con-x"_s));
        w->wrapUp.skip();
        QCOMPARE(w->pop.state(), models::CallPop::State::Idle);
        QVERIFY(main.actions().assign->shortcuts().contains(keys));
    }

    void escapeIgnores()
    {
        auto w = open();
        w->feed(offered({ profileOf(kevin_) }));
        w->window.bringUp();
        QVERIFY(QTest::qWaitForWindowActive(&w->window));
        QTest::keyClick(&w->window, Qt::Key_Escape);
        QVERIFY(!w->window.isVisible());
        QVERIFY(w->commands.isEmpty());
        QVERIFY(w->opened.isEmpty());
        QCOMPARE(w->pop.state(), models::CallPop::State::Ringing); // the phone still rings
    }

    void declineHandsTheCallOn()
    {
        auto w = open();
        const protocol::CallFrame offer = offered({ profileOf(kevin_) });
        w->feed(offer);
        QTest::mouseClick(w->button(&w->window, u"declineCallButton"_s), Qt::LeftButton);
        QCOMPARE(w->lastCommand().type, QString(CommandType::DeclineCall));
        QCOMPARE(w->lastCommand().payload.value(u"callId"_s).toString(), offer.callId);
        QVERIFY(!w->window.isVisible());
    }

    void severalMatchesArePickedFrom()
    {
        auto w = open();
        w->feed(offered({ profileOf(kevin_), profileOf(other_) }));
        auto* matches = w->window.findChild<QListWidget*>(u"callerMatches"_s);
        QVERIFY(matches);
        QVERIFY(matches->isVisible());
        QCOMPARE(matches->count(), 2);
        QCOMPARE(w->populated.size(), 1);
        QVERIFY(w->label(u"callerName"_s)->text().contains(u"2"_s));
        QVERIFY(w->pop.live().chosenCustomerId().isEmpty());

        const QRect second = matches->visualItemRect(matches->item(1));
        QTest::mouseClick(matches->viewport(), Qt::LeftButton, {}, second.center());
        QCOMPARE(w->pop.live().chosenCustomerId(), other_.id);
        QCOMPARE(w->label(u"callerName"_s)->text(), other_.displayName());
        QTest::mouseClick(w->button(&w->window, u"acceptCallButton"_s), Qt::LeftButton);
        QCOMPARE(w->opened.first().at(0).toString(), other_.id);
    }

    void unknownCallerIsCreatedWithTheNumber()
    {
        auto w = open();
        w->feed(offered({}));
        QCOMPARE(w->label(u"callerName"_s)->text(), u"Unknown caller"_s);
        QCOMPARE(w->populated.size(), 1);
        auto* form = w->window.findChild<QWidget*>(u"unknownCallerForm"_s);
        QVERIFY(form->isVisible());
        QCOMPARE(w->label(u"newCustomerNumber"_s)->text(), u"0532 123 45 67"_s);

        // Creating without a name says why, and sends nothing.
        QTest::mouseClick(w->button(&w->window, u"createCustomerButton"_s), Qt::LeftButton);
        QVERIFY(w->commands.isEmpty());
        QVERIFY(w->label(u"callerChooserError"_s)->isVisible());

        QTest::keyClicks(w->window.findChild<QLineEdit*>(u"newCustomerFirstName"_s), u"Deniz"_s);
        QTest::keyClicks(w->window.findChild<QLineEdit*>(u"newCustomerLastName"_s), u"Arslan"_s);
        QTest::mouseClick(w->button(&w->window, u"createCustomerButton"_s), Qt::LeftButton);
        const protocol::Command command = w->lastCommand();
        QCOMPARE(command.type, QString(CommandType::CreateCustomer));
        auto customer = protocol::Customer::fromJson(command.payload);
        QVERIFY(customer);
        QCOMPARE(customer->firstName, u"Deniz"_s);
        QCOMPARE(customer->lastName, u"Arslan"_s);
        QCOMPARE(customer->phones.size(), 1);
        QCOMPARE(customer->phones.first().number, u"0532 123 45 67"_s);
        QCOMPARE(customer->phones.first().e164, u"+905321234567"_s);
        QCOMPARE(w->pop.live().chosenCustomerId(), customer->id);
        QVERIFY(!form->isVisible());
        QCOMPARE(w->label(u"callerName"_s)->text(), u"Deniz Arslan"_s);
        QVERIFY(w->opened.isEmpty()); // Enter or a click on Create never accepts the call
    }

    void unknownCallerIsLinkedFromTheCache()
    {
        auto w = open();
        w->feed(offered({}, u"0212 555 01 02"_s));
        auto* field = w->window.findChild<QLineEdit*>(u"linkSearchField"_s);
        field->setText(other_.displayName()); // names may have letters keyClicks cannot type
        auto* results = w->window.findChild<QListView*>(u"linkResults"_s);
        QVERIFY(results->isVisible());
        QVERIFY(w->search.rowCount() > 1);
        QTest::keyClick(field, Qt::Key_Return);
        const protocol::Command command = w->lastCommand();
        QCOMPARE(command.type, QString(CommandType::UpdateCustomer));
        QCOMPARE(command.payload.value(u"customerId"_s).toString(),
            w->pop.live().chosenCustomerId()); // the first hit, whoever it is
        QVERIFY(!w->pop.live().chosenCustomerId().isEmpty());
        QVERIFY(!w->window.findChild<QWidget*>(u"unknownCallerForm"_s)->isVisible());
        QVERIFY(w->opened.isEmpty());
    }

    void wrapUpBuildsTheCommand()
    {
        auto w = open();
        const protocol::CallFrame offer = talk(*w, { profileOf(kevin_) });
        QVERIFY(!w->window.isVisible());
        QVERIFY(w->wrapUp.isVisible());
        QVERIFY(
            w->wrapUp.findChild<QLabel*>(u"wrapUpTitle"_s)->text().contains(kevin_.displayName()));
        QVERIFY(w->wrapUp.findChild<QLabel*>(u"wrapUpCall"_s)->text().contains(u"3:24"_s));

        auto* code = w->wrapUp.findChild<QComboBox*>(u"wrapUpCode"_s);
        QCOMPARE(code->count(), 5);
        QCOMPARE(code->currentText(), ui::DisplayNames::wrapUpCode(protocol::WrapUpCode::Resolved));
        code->setCurrentIndex(code->findData(int(protocol::WrapUpCode::CallbackNeeded)));
        QTest::keyClicks(w->wrapUp.findChild<QPlainTextEdit*>(u"wrapUpNotes"_s),
            u"Replacement lens promised; call back to confirm."_s);
        auto* tagInput = w->wrapUp.findChild<QLineEdit*>(u"tagInput"_s);
        QTest::keyClicks(tagInput, u"Returns"_s);
        QTest::keyClick(tagInput, Qt::Key_Return);
        QVERIFY(w->commands.isEmpty()); // Enter in the tag field adds a tag, nothing else
        auto* followUp = w->wrapUp.findChild<QCheckBox*>(u"wrapUpFollowUp"_s);
        QVERIFY(!followUp->isChecked());
        followUp->setChecked(true);
        auto* at = w->wrapUp.findChild<QDateTimeEdit*>(u"wrapUpFollowUpAt"_s);
        const QDateTime expected = ui::WrapUpPanel::defaultFollowUp(QDateTime::currentDateTime());
        QCOMPARE(at->dateTime(), expected);
        QCOMPARE(expected.time(), QTime(10, 0));
        QCOMPARE(expected.date(), QDate::currentDate().addDays(2));

        activate(w->wrapUp);
        QTest::keyClick(&w->wrapUp, Qt::Key_Return, Qt::ControlModifier);
        const protocol::Command command = w->lastCommand();
        QCOMPARE(command.type, QString(CommandType::WrapUpCall));
        auto wrapUp = protocol::CallWrapUp::fromJson(command.payload);
        QVERIFY(wrapUp);
        QCOMPARE(wrapUp->callId, offer.callId);
        QVERIFY(wrapUp->customerId.isEmpty()); // it landed on Kevin's timeline by itself
        QCOMPARE(wrapUp->code, protocol::WrapUpCode::CallbackNeeded);
        QCOMPARE(wrapUp->notes, u"Replacement lens promised; call back to confirm."_s);
        QCOMPARE(wrapUp->tags, QStringList { u"Returns"_s });
        QCOMPARE(wrapUp->followUpAt, expected.toUTC());
        QVERIFY(!w->wrapUp.isVisible());
        QVERIFY(w->pop.wrappingUp().isEmpty());
    }

    void wrapUpRefusesAFollowUpInThePast()
    {
        auto w = open();
        const protocol::CallFrame offer = talk(*w, { profileOf(kevin_) });
        w->wrapUp.findChild<QCheckBox*>(u"wrapUpFollowUp"_s)->setChecked(true);
        w->wrapUp.findChild<QDateTimeEdit*>(u"wrapUpFollowUpAt"_s)
            ->setDateTime(QDateTime::currentDateTime().addSecs(-3600));
        QVERIFY(w->wrapUp.findChild<QLabel*>(u"wrapUpProblem"_s)->isVisible());
        QTest::mouseClick(w->wrapUp.findChild<QPushButton*>(u"wrapUpSubmit"_s), Qt::LeftButton);
        QVERIFY(w->commands.isEmpty());
        QVERIFY(w->wrapUp.problem().contains(u"future"_s));
        QVERIFY(w->wrapUp.isVisible());
        QCOMPARE(w->pop.wrappingUp().call().callId, offer.callId);
        // Without the follow-up it goes through.
        w->wrapUp.findChild<QCheckBox*>(u"wrapUpFollowUp"_s)->setChecked(false);
        QVERIFY(w->wrapUp.problem().isEmpty());
        QTest::mouseClick(w->wrapUp.findChild<QPushButton*>(u"wrapUpSubmit"_s), Qt::LeftButton);
        QCOMPARE(w->lastCommand().type, QString(CommandType::WrapUpCall));
    }

    // An unknown caller's call landed nowhere: the wrap-up waits for the customer.
    void wrapUpOfAnUnknownCallerNeedsTheCustomer()
    {
        auto w = open();
        const protocol::CallFrame offer = talk(*w, {});
        auto* submit = w->wrapUp.findChild<QPushButton*>(u"wrapUpSubmit"_s);
        QVERIFY(!submit->isEnabled());
        QVERIFY(w->wrapUp.findChild<QLabel*>(u"wrapUpNotLogged"_s)->isVisible());
        QVERIFY(!w->wrapUp.problem().isEmpty());
        QVERIFY(w->wrapUp.findChild<QWidget*>(u"unknownCallerForm"_s)->isVisible());
        QTest::keyClicks(w->wrapUp.findChild<QLineEdit*>(u"newCustomerFirstName"_s), u"Ece"_s);
        QTest::mouseClick(
            w->wrapUp.findChild<QPushButton*>(u"createCustomerButton"_s), Qt::LeftButton);
        QCOMPARE(w->lastCommand().type, QString(CommandType::CreateCustomer));
        const QString created = w->pop.wrappingUp().chosenCustomerId();
        QVERIFY(submit->isEnabled());
        QVERIFY(!w->wrapUp.findChild<QLabel*>(u"wrapUpNotLogged"_s)->isVisible());
        QTest::mouseClick(submit, Qt::LeftButton);
        auto wrapUp = protocol::CallWrapUp::fromJson(w->lastCommand().payload);
        QVERIFY(wrapUp);
        QCOMPARE(wrapUp->callId, offer.callId);
        QCOMPARE(wrapUp->customerId, created);
    }

    // The next call rings while the last one's wrap-up is open: the pop shows the new
    // caller, the panel still the old one, and each acts on its own call.
    void callPopsOverAnOpenWrapUp()
    {
        auto w = open();
        const protocol::CallFrame first = talk(*w, { profileOf(kevin_) });
        auto* title = w->wrapUp.findChild<QLabel*>(u"wrapUpTitle"_s);
        QVERIFY(w->wrapUp.isVisible());
        QVERIFY(!w->window.isVisible());

        const protocol::CallFrame second = offered({ profileOf(other_) });
        w->feed(second);
        QVERIFY(w->window.isVisible());
        QCOMPARE(w->label(u"callerName"_s)->text(), other_.displayName());
        QVERIFY(w->wrapUp.isVisible());
        QVERIFY2(title->text().contains(kevin_.displayName()), qPrintable(title->text()));
        QVERIFY(!title->text().contains(other_.displayName()));
        QVERIFY(w->window.findChild<QPushButton*>(u"declineCallButton"_s)->isEnabled());

        // A third call waits behind the ringing one; the pop says so as it arrives.
        QVERIFY(w->window.waitingText().isEmpty());
        const protocol::CallFrame third = offered({});
        w->feed(third);
        QCOMPARE(w->window.waitingText(), u"1 more waiting"_s);
        QCOMPARE(w->label(u"callerName"_s)->text(), other_.displayName());

        // Submitting the wrap-up logs the first call, and leaves the ringing one be.
        QTest::mouseClick(w->wrapUp.findChild<QPushButton*>(u"wrapUpSubmit"_s), Qt::LeftButton);
        QCOMPARE(w->lastCommand().type, QString(CommandType::WrapUpCall));
        QCOMPARE(w->lastCommand().payload.value(u"callId"_s).toString(), first.callId);
        QVERIFY(!w->wrapUp.isVisible());
        QVERIFY(w->window.isVisible());
        QCOMPARE(w->label(u"callerName"_s)->text(), other_.displayName());

        // The second call is talked through; its wrap-up opens while the third rings.
        w->feed(next(second, CallEvent::Answered));
        w->feed(next(second, CallEvent::Ended, u"answered"_s, 40, u"con-2"_s));
        QVERIFY(w->wrapUp.isVisible());
        QVERIFY(title->text().contains(other_.displayName()));
        QVERIFY(w->window.isVisible());
        QCOMPARE(w->label(u"callerName"_s)->text(), u"Unknown caller"_s);
        QVERIFY(w->window.waitingText().isEmpty());
        w->feed(next(third, CallEvent::Answered));
        w->feed(next(third, CallEvent::Ended, u"answered"_s, 25));
        // Queued behind the open wrap-up, which says so.
        auto* waiting = w->wrapUp.findChild<QLabel*>(u"wrapUpsWaiting"_s);
        QVERIFY(waiting->isVisible());
        QCOMPARE(waiting->text(), u"1 more to wrap up"_s);
        QVERIFY(title->text().contains(other_.displayName()));
        QTest::qWait(50);
        QVERIFY(w->wrapUp.grab().save(u"/tmp/callpop-wrapup-queued.png"_s));
        w->wrapUp.skip();
        QVERIFY(w->wrapUp.isVisible());
        QCOMPARE(title->text(), u"Wrap up the call with an unknown caller"_s);
        QVERIFY(!waiting->isVisible());
        w->wrapUp.skip();
        QVERIFY(!w->wrapUp.isVisible());
    }

    void missedCallsAreCountedAndACallbackIsLogged()
    {
        auto w = open();
        models::FileDraftStore drafts(demo_->dir() + u"/drafts.json"_s);
        ui::MainWindow main(w->workspace, drafts);
        main.addCallControls(w->log, w->window.acceptAction(), new QAction(u"ring"_s, &main));
        // As DeskSession wires it.
        connect(&main, &ui::MainWindow::callbackRequested, &w->pop,
            [&w](const QString& callId) { w->pop.logCallback(w->log, callId); });
        main.show();
        auto* missed = main.findChild<QToolButton*>(u"missedCalls"_s);
        QVERIFY(missed);
        QVERIFY(!missed->isVisible());

        const protocol::CallFrame first = offered({ profileOf(kevin_) });
        w->feed(first);
        QVERIFY(w->window.isVisible());
        w->feed(next(first, CallEvent::Ended, u"missed"_s, 0, u"con-missed"_s));
        QVERIFY(missed->isVisible());
        QCOMPARE(missed->text(), u"1 missed call"_s);
        // The pop goes, and no wrap-up opens by itself.
        QVERIFY(!w->window.isVisible());
        QVERIFY(!w->wrapUp.isVisible());

        const protocol::CallFrame second = offered({}, QString());
        w->feed(second);
        w->feed(next(second, CallEvent::Ended, u"abandoned"_s));
        QCOMPARE(missed->text(), u"2 missed calls"_s);
        QVERIFY(!w->wrapUp.isVisible());

        const protocol::CallFrame third = offered({ profileOf(other_) });
        w->feed(third);
        w->feed(next(third, CallEvent::Answered));
        w->feed(next(third, CallEvent::Ended, u"answered"_s, 65, u"con-y"_s));
        QCOMPARE(missed->text(), u"2 missed calls"_s);
        QVERIFY(w->wrapUp.isVisible()); // answered: the wrap-up is due
        w->wrapUp.skip();
        QVERIFY(!w->wrapUp.isVisible());

        QTest::mouseClick(missed, Qt::LeftButton);
        auto* list = main.findChild<ui::CallListDialog*>();
        QVERIFY(list && list->isVisible());
        auto* table = list->findChild<QTableWidget*>(u"callList"_s);
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 1)->text(), other_.displayName()); // newest first
        QCOMPARE(table->item(0, 4)->text(), u"1:05"_s);
        QCOMPARE(table->item(1, 3)->text(), ui::DisplayNames::disposition(u"abandoned"_s));
        QCOMPARE(table->item(2, 3)->text(), ui::DisplayNames::disposition(u"missed"_s));
        const QColor danger = ui::WorkspacePalette::danger(list->palette());
        QCOMPARE(table->item(2, 3)->foreground().color(), danger);
        // "Log a callback…" on the missed and abandoned rows only.
        const auto callbackButton = [table](int row) {
            QWidget* cell = table->cellWidget(row, 5);
            return cell ? cell->findChild<QPushButton*>(u"logCallbackButton"_s) : nullptr;
        };
        QVERIFY(!callbackButton(0));
        QVERIFY(callbackButton(1) && callbackButton(2));
        QCOMPARE(callbackButton(2)->text(), u"Log a callback…"_s);
        QVERIFY(callbackButton(2)->isVisible());
        if (QTest::currentTestFailed())
            return;
        QVERIFY(list->grab().save(u"/tmp/callpop-calllist.png"_s));

        // Kevin's missed call: the wrap-up opens for it, set for a callback.
        QTest::mouseClick(callbackButton(2), Qt::LeftButton);
        QVERIFY(w->wrapUp.isVisible());
        auto* title = w->wrapUp.findChild<QLabel*>(u"wrapUpTitle"_s);
        QCOMPARE(title->text(), u"Missed call from %1"_s.arg(kevin_.displayName()));
        QCOMPARE(w->wrapUp.findChild<QComboBox*>(u"wrapUpCode"_s)->currentText(),
            ui::DisplayNames::wrapUpCode(protocol::WrapUpCode::CallbackNeeded));
        QVERIFY(w->wrapUp.findChild<QCheckBox*>(u"wrapUpFollowUp"_s)->isChecked());
        QVERIFY(w->wrapUp.findChild<QDateTimeEdit*>(u"wrapUpFollowUpAt"_s)->isEnabled());
        QVERIFY(w->wrapUp.problem().isEmpty()); // it landed on Kevin's timeline
        QVERIFY(!w->window.isVisible()); // nothing rings

        // The withheld caller's, by keyboard: queued behind Kevin's.
        table->setFocus();
        table->setCurrentCell(1, 1);
        QTest::keyClick(table, Qt::Key_Return);
        auto* waiting = w->wrapUp.findChild<QLabel*>(u"wrapUpsWaiting"_s);
        QCOMPARE(waiting->text(), u"1 more to wrap up"_s);
        QVERIFY(waiting->isVisible());

        QTest::mouseClick(w->wrapUp.findChild<QPushButton*>(u"wrapUpSubmit"_s), Qt::LeftButton);
        auto wrapUp = protocol::CallWrapUp::fromJson(w->lastCommand().payload);
        QVERIFY(wrapUp);
        QCOMPARE(wrapUp->callId, first.callId);
        QCOMPARE(wrapUp->code, protocol::WrapUpCode::CallbackNeeded);
        QCOMPARE(wrapUp->followUpAt,
            ui::WrapUpPanel::defaultFollowUp(QDateTime::currentDateTime()).toUTC());
        // Then the withheld caller's, which needs a customer first.
        QVERIFY(w->wrapUp.isVisible());
        QCOMPARE(title->text(), u"Missed call from an unknown caller"_s);
        QVERIFY(!w->wrapUp.findChild<QPushButton*>(u"wrapUpSubmit"_s)->isEnabled());
        QVERIFY(!waiting->isVisible());
        w->wrapUp.skip();
        QVERIFY(!w->wrapUp.isVisible());
    }

    // For a person to look at: the pop (known caller, several matches, unknown caller) and
    // the wrap-up, in light and dark.
    void screenshots()
    {
        for (const bool dark : { false, true }) {
            QApplication::setPalette(
                dark ? ui::WorkspacePalette::dark() : ui::WorkspacePalette::light());
            const QString suffix = dark ? u"-dark.png"_s : u".png"_s;
            auto w = open();
            w->feed(offered({ profileOf(kevin_) }));
            QTest::qWait(50);
            QVERIFY(w->window.grab().save(u"/tmp/callpop-known"_s + suffix));
            w->pop.decline();
            w->feed(offered({ profileOf(kevin_), profileOf(other_) }));
            QTest::qWait(50);
            QVERIFY(w->window.grab().save(u"/tmp/callpop-several"_s + suffix));
            w->pop.decline();
            const protocol::CallFrame unknown = offered({});
            w->feed(unknown);
            QTest::qWait(50);
            QVERIFY(w->window.grab().save(u"/tmp/callpop-unknown"_s + suffix));
            w->feed(next(unknown, CallEvent::Answered));
            w->feed(next(unknown, CallEvent::Ended, u"answered"_s, 204));
            QTest::qWait(50);
            QVERIFY(w->wrapUp.grab().save(u"/tmp/callpop-wrapup-unknown"_s + suffix));
            w->wrapUp.skip();
            talk(*w, { profileOf(kevin_) });
            w->wrapUp.findChild<QCheckBox*>(u"wrapUpFollowUp"_s)->setChecked(true);
            QTest::qWait(50);
            QVERIFY(w->wrapUp.grab().save(u"/tmp/callpop-wrapup"_s + suffix));
        }
        QApplication::setPalette(ui::WorkspacePalette::light());
    }
};

} // namespace switchboard

QTEST_MAIN(switchboard::CallPopWindowTest)
#include "tst_callpopwindow.moc"
