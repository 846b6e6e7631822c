// Call pop end to end: the demo's embedded server (a real switchboard-server, its CTI
// webhook set up by the same admin code as `cti rotate-token` and `cti map-user`), an
// offscreen desk signed in as the agent the PBX user is mapped to, and webhook sequences
// the test POSTs over real HTTP as a PBX bridge would. The agent sees who calls (a number
// written unlike the stored one still finds the customer; a shared number lists both
// customers; an unknown one says so and shows the number), gets the wrap-up after the
// hangup, and the wrap-up reaches the call's conversation through the server; the next
// call pops at once over an open wrap-up; missed calls are counted and open no wrap-up.
// Then the demo's simulated PBX rings the same desk, and keeps ringing
// when its POSTs fail.
//
// The embedded server rather than a server process: it is what --demo runs, it is seeded
// and set up in a second in-process, and the desk still reaches it only over HTTP and the
// WebSocket. Its live traffic and simulated calls are off, so only the test's calls ring.
#include "app/DemoCallSimulator.h"
#include "app/DeskSession.h"
#include "app/EmbeddedDemoServer.h"
#include "demodata/EntityIds.h"
#include "models/CallLog.h"
#include "models/CallPop.h"
#include "protocol/Customer.h"
#include "store/ConversationRepository.h"
#include "store/CustomerRepository.h"
#include "store/MessageRepository.h"
#include "store/Store.h"
#include "sync/LoginClient.h"
#include "ui/CallPopWindow.h"
#include "ui/WrapUpPanel.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace switchboard;
using namespace Qt::StringLiterals;

namespace {

constexpr int kCustomers = 60;
constexpr int kHttpTimeoutMs = 10'000;
// Nobody in the demo data has a number with this prefix.
const QString kUnknownNumber = u"0546 000 12 34"_s;

struct Reply {
    int status = 0;
    QJsonObject body;
};

// One request over real HTTP, waited for.
Reply send(QNetworkAccessManager& network, const QUrl& url, const QByteArray& json = {})
{
    QNetworkRequest request(url);
    request.setTransferTimeout(kHttpTimeoutMs);
    QNetworkReply* reply = nullptr;
    if (json.isNull()) {
        reply = network.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        reply = network.post(request, json);
    }
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(kHttpTimeoutMs);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return result;
}

// "+905321234567" as a Turkish office writes it: "(0532) 123-4567".
QString bracketed(const QString& e164)
{
    return u"(0%1) %2-%3"_s.arg(e164.sliced(3, 3), e164.sliced(6, 3), e164.sliced(9));
}

bool isTurkishMobileOrLandline(const QString& e164)
{
    return e164.startsWith(u"+90"_s) && e164.size() == 13;
}

} // namespace

class TestCallPopDesk : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QNetworkAccessManager network_;
    std::unique_ptr<app::EmbeddedDemoServer> server_;
    QUrl url_;
    std::unique_ptr<app::DeskSession> desk_;

    store::Store& cache() { return desk_->workspace().store(); }
    models::CallPop& pop() { return desk_->callPop(); }
    ui::CallPopWindow& popWindow() { return desk_->callPopWindow(); }
    ui::WrapUpPanel& wrapUpPanel() { return desk_->wrapUpPanel(); }

    template <typename W> W* popPart(const QString& name)
    {
        return popWindow().findChild<W*>(name);
    }

    bool popShows(const QString& name)
    {
        auto* label = popPart<QLabel>(u"callerName"_s);
        return popWindow().isVisible() && label && label->text() == name;
    }

    Reply webhook(const QString& event, const QString& callId, const QString& from,
        const QJsonObject& extra = {})
    {
        QJsonObject body { { "event"_L1, event }, { "callId"_L1, callId }, { "from"_L1, from },
            { "to"_L1, u"4401"_s }, { "direction"_L1, u"in"_s },
            { "user"_L1, QString(app::EmbeddedDemoServer::kDeskPbxUser) } };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return send(network_, server_->ctiWebhook(), QJsonDocument(body).toJson());
    }

    qint64 liveSeq()
    {
        QUrl health = url_;
        health.setPath(u"/health"_s);
        return send(network_, health).body.value("liveSeq"_L1).toInteger(-1);
    }

    // The customers of the cache with a Turkish number of their own.
    QList<protocol::Customer> turkishCallers()
    {
        QList<protocol::Customer> found;
        for (int n = 1; n <= kCustomers; ++n) {
            auto customer = cache().customers().find(demodata::EntityIds::customer(n));
            if (!customer || !*customer)
                continue;
            for (const protocol::PhoneNumber& phone : (*customer)->phones) {
                if (isTurkishMobileOrLandline(phone.e164)) {
                    found.append(**customer);
                    break;
                }
            }
        }
        return found;
    }

    static protocol::PhoneNumber turkishPhone(const protocol::Customer& customer)
    {
        for (const protocol::PhoneNumber& phone : customer.phones) {
            if (isTurkishMobileOrLandline(phone.e164))
                return phone;
        }
        return {};
    }

    // The agent skips every wrap-up still due (they queue behind one), until none is left
    // and nothing rings.
    bool skippedToIdle()
    {
        if (!pop().wrappingUp().isEmpty())
            pop().skipWrapUp();
        return pop().wrappingUp().isEmpty() && pop().state() == models::CallPop::State::Idle;
    }

    QString wrapUpTitle()
    {
        auto* title = wrapUpPanel().findChild<QLabel*>(u"wrapUpTitle"_s);
        return title ? title->text() : QString();
    }

private Q_SLOTS:
    void initTestCase();
    void knownCallerPopsAndTheWrapUpReachesTheConversation();
    void sharedNumberListsBothAndAnAbandonedCallIsMissed();
    void unknownCallerShowsTheNumberAndAMissedCallIsCounted();
    void secondCallPopsDuringTheFirstOnesWrapUp();
    void demoPbxRingsTheDeskAndSurvivesFailedPosts();
    void cleanupTestCase();
};

void TestCallPopDesk::initTestCase()
{
    QVERIFY(dir_.isValid());
    server_ = std::make_unique<app::EmbeddedDemoServer>(kCustomers);
    server_->setLiveTraffic(false);
    server_->setCallTiming(std::nullopt);
    QSignalSpy ready(server_.get(), &app::EmbeddedDemoServer::ready);
    server_->start();
    QVERIFY(ready.wait(60000));
    url_ = ready.first().first().toUrl();
    QVERIFY(server_->ctiWebhook().path().startsWith(u"/api/v1/cti/"_s));

    sync::LoginClient login;
    QSignalSpy loggedIn(&login, &sync::LoginClient::loggedIn);
    login.login(url_, QString(app::EmbeddedDemoServer::kDeskAgent),
        QString(app::EmbeddedDemoServer::kDemoPassword));
    QVERIFY(loggedIn.wait(20000));
    const auto reply = loggedIn.first().first().value<protocol::LoginReply>();
    sync::SyncEndpoint endpoint;
    endpoint.server = url_;
    endpoint.token = reply.token;
    auto desk = app::DeskSession::open(
        dir_.filePath(u"live.sqlite"_s), dir_.filePath(u"drafts.json"_s), endpoint, reply.agent);
    QVERIFY(desk);
    desk_ = std::move(*desk);
    desk_->window().show();
    // Caught up: the server offers calls to a live session only.
    QTRY_VERIFY_WITH_TIMEOUT(cache().cursor(u"live"_s).value_or(0) > 0
            && cache().cursor(u"live"_s).value_or(0) == liveSeq(),
        30000);
}

void TestCallPopDesk::knownCallerPopsAndTheWrapUpReachesTheConversation()
{
    const QList<protocol::Customer> callers = turkishCallers();
    QVERIFY(!callers.isEmpty());
    const protocol::Customer& ayse = callers.first();
    const protocol::PhoneNumber phone = turkishPhone(ayse);
    const QString dialled = bracketed(phone.e164);
    QVERIFY(dialled != phone.number);

    QCOMPARE(webhook(u"newCall"_s, u"e2e-known"_s, dialled).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(popShows(ayse.displayName()), 10000);
    auto* number = popPart<QLabel>(u"callerNumber"_s);
    QVERIFY(number && number->text().contains(dialled));

    QCOMPARE(webhook(u"answer"_s, u"e2e-known"_s, dialled).status, 200);
    QCOMPARE(webhook(u"hangup"_s, u"e2e-known"_s, dialled, { { "cause"_L1, u"normalClearing"_s } })
                 .status,
        200);
    QTRY_VERIFY_WITH_TIMEOUT(wrapUpPanel().isVisible(), 10000);
    QCOMPARE(pop().state(), models::CallPop::State::Idle);
    QVERIFY(!popWindow().isVisible());
    QVERIFY(wrapUpTitle().contains(ayse.displayName()));
    const QString conversationId = pop().wrappingUp().call().conversationId;
    QVERIFY(conversationId.startsWith(u"con-"_s));

    // The agent writes notes, adds a tag and submits, in the panel.
    const QString notes = u"Asked where parcel 4471 is; tracking link sent again."_s;
    auto* notesEdit = wrapUpPanel().findChild<QPlainTextEdit*>(u"wrapUpNotes"_s);
    auto* tagsEditor = wrapUpPanel().findChild<QWidget*>(u"wrapUpTags"_s);
    auto* submit = wrapUpPanel().findChild<QPushButton*>(u"wrapUpSubmit"_s);
    QVERIFY(notesEdit && tagsEditor && submit);
    auto* tagInput = tagsEditor->findChild<QLineEdit*>(u"tagInput"_s);
    QVERIFY(tagInput);
    notesEdit->setPlainText(notes);
    tagInput->setText(u"Incident"_s);
    QTest::keyClick(tagInput, Qt::Key_Return);
    QVERIFY2(wrapUpPanel().problem().isEmpty(), qPrintable(wrapUpPanel().problem()));
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!wrapUpPanel().isVisible(), 5000);
    QVERIFY(pop().wrappingUp().isEmpty());
    auto conversationTags = [&] {
        auto found = cache().conversations().find(conversationId);
        return found && *found ? (*found)->tags : QStringList {};
    };
    auto hasNote = [&] {
        auto messages = cache().messages().forConversation(conversationId);
        if (!messages)
            return false;
        return std::ranges::any_of(*messages,
            [&](const protocol::Message& message) { return message.body.contains(notes); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(conversationTags().contains(u"Incident"_s) && hasNote(), 10000);
    // The server took it: nothing waits in the outbox.
    QTRY_VERIFY_WITH_TIMEOUT(
        cache().pending().value_or(QList<protocol::Command> { {} }).isEmpty(), 10000);
    QVERIFY(conversationTags().contains(u"Incident"_s));
    QTRY_VERIFY_WITH_TIMEOUT(skippedToIdle(), 10000);
}

void TestCallPopDesk::sharedNumberListsBothAndAnAbandonedCallIsMissed()
{
    const QList<protocol::Customer> callers = turkishCallers();
    QVERIFY(callers.size() >= 3);
    const protocol::Customer& nikos = callers.at(1);
    protocol::Customer eleni = callers.at(2);
    const protocol::PhoneNumber shared = turkishPhone(nikos);

    // Eleni's profile gets Nikos's number (a household line), through the server.
    QJsonArray phones;
    for (const protocol::PhoneNumber& phone : eleni.phones)
        phones.append(phone.toJson());
    phones.append(shared.toJson());
    QVERIFY(!desk_->workspace()
                 .commands()
                 .updateCustomer(eleni.id, { { "phones"_L1, phones } }, eleni.revision)
                 .isNull());
    // Her profile holds it, and the server took it (nothing waits in the outbox).
    auto sharedBy = [&] {
        return cache().customers().findByPhone(shared.e164).value_or(QList<protocol::Customer> {});
    };
    QTRY_VERIFY_WITH_TIMEOUT(sharedBy().size() == 2
            && cache().pending().value_or(QList<protocol::Command> { {} }).isEmpty(),
        10000);

    const int missedBefore = desk_->callLog().missedCount();
    const QString dialled = u"0090"_s + shared.e164.sliced(3);
    QCOMPARE(webhook(u"newCall"_s, u"e2e-shared"_s, dialled).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(popWindow().isVisible(), 10000);
    auto* matches = popPart<QListWidget>(u"callerMatches"_s);
    QVERIFY(matches);
    QTRY_COMPARE_WITH_TIMEOUT(matches->count(), 2, 5000);
    QStringList listed;
    for (int row = 0; row < matches->count(); ++row)
        listed.append(matches->item(row)->text());
    const QString both = listed.join(u'\n');
    QVERIFY2(
        both.contains(nikos.displayName()) && both.contains(eleni.displayName()), qPrintable(both));

    // The caller gives up before anyone answers.
    QCOMPARE(webhook(u"hangup"_s, u"e2e-shared"_s, dialled, { { "cause"_L1, u"cancel"_s } }).status,
        200);
    QTRY_COMPARE_WITH_TIMEOUT(desk_->callLog().missedCount(), missedBefore + 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!popWindow().isVisible(), 5000);
    // Nothing to wrap up unless the agent logs a callback.
    QCOMPARE(pop().state(), models::CallPop::State::Idle);
    QVERIFY(!wrapUpPanel().isVisible());
    QVERIFY(pop().wrappingUp().isEmpty());
}

void TestCallPopDesk::unknownCallerShowsTheNumberAndAMissedCallIsCounted()
{
    const int missedBefore = desk_->callLog().missedCount();
    QCOMPARE(webhook(u"newCall"_s, u"e2e-unknown"_s, kUnknownNumber).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(popShows(u"Unknown caller"_s), 10000);
    auto* number = popPart<QLabel>(u"callerNumber"_s);
    QVERIFY(number && number->text().contains(kUnknownNumber));

    // Nobody answers; the PBX stops ringing.
    QCOMPARE(
        webhook(u"hangup"_s, u"e2e-unknown"_s, kUnknownNumber, { { "cause"_L1, u"noAnswer"_s } })
            .status,
        200);
    QTRY_COMPARE_WITH_TIMEOUT(desk_->callLog().missedCount(), missedBefore + 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!popWindow().isVisible(), 5000);
    QVERIFY(!wrapUpPanel().isVisible());
    QVERIFY(pop().wrappingUp().isEmpty());
}

// The first call's wrap-up is open when the next call comes in: it pops at once, over the
// panel, which still shows the first call.
void TestCallPopDesk::secondCallPopsDuringTheFirstOnesWrapUp()
{
    const QList<protocol::Customer> callers = turkishCallers();
    QVERIFY(callers.size() >= 4);
    const protocol::Customer& first = callers.at(3);
    const QString dialled = turkishPhone(first).number;
    QCOMPARE(webhook(u"newCall"_s, u"e2e-first"_s, dialled).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(popShows(first.displayName()), 10000);
    QCOMPARE(webhook(u"answer"_s, u"e2e-first"_s, dialled).status, 200);
    QCOMPARE(webhook(u"hangup"_s, u"e2e-first"_s, dialled, { { "cause"_L1, u"normalClearing"_s } })
                 .status,
        200);
    QTRY_VERIFY_WITH_TIMEOUT(wrapUpPanel().isVisible(), 10000);
    QVERIFY(wrapUpTitle().contains(first.displayName()));

    QCOMPARE(webhook(u"newCall"_s, u"e2e-second"_s, kUnknownNumber).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(popShows(u"Unknown caller"_s), 10000);
    QVERIFY(wrapUpPanel().isVisible());
    QVERIFY(wrapUpTitle().contains(first.displayName()));
    QCOMPARE(pop().pending(), 0);

    // The panel's Submit logs the first call; the second still rings.
    auto* submit = wrapUpPanel().findChild<QPushButton*>(u"wrapUpSubmit"_s);
    QVERIFY(submit && submit->isEnabled());
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(!wrapUpPanel().isVisible());
    QVERIFY(popShows(u"Unknown caller"_s));
    QCOMPARE(pop().state(), models::CallPop::State::Ringing);

    QCOMPARE(
        webhook(u"hangup"_s, u"e2e-second"_s, kUnknownNumber, { { "cause"_L1, u"noAnswer"_s } })
            .status,
        200);
    QTRY_VERIFY_WITH_TIMEOUT(!popWindow().isVisible(), 10000);
    QVERIFY(!wrapUpPanel().isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(
        cache().pending().value_or(QList<protocol::Command> { {} }).isEmpty(), 10000);
}

void TestCallPopDesk::demoPbxRingsTheDeskAndSurvivesFailedPosts()
{
    // The demo's PBX, 50 times faster: calls within a second, one after the other.
    app::DemoCallOptions options;
    options.server = url_;
    options.token = server_->ctiWebhook().path().sliced(QStringLiteral("/api/v1/cti/").size());
    options.pbxUser = QString(app::EmbeddedDemoServer::kDeskPbxUser);
    for (const protocol::Customer& customer : turkishCallers())
        options.knownNumbers.append(turkishPhone(customer).e164);
    options.timing = app::DemoCallTiming {}.scaledDown(50);
    {
        app::DemoCallSimulator pbx(options);
        QSignalSpy ended(&pbx, &app::DemoCallSimulator::callEnded);
        const int logged = desk_->callLog().rowCount();
        pbx.start();
        QTRY_VERIFY_WITH_TIMEOUT(ended.size() >= 3, 20000);
        QCOMPARE(pbx.failedPosts(), 0);
        // Each call rang on the desk.
        QTRY_VERIFY_WITH_TIMEOUT(desk_->callLog().rowCount() >= logged + 3, 5000);
    }
    QTRY_VERIFY_WITH_TIMEOUT(skippedToIdle(), 10000);

    // A PBX whose token was rotated: every POST is refused; it says so and goes on.
    options.token = u"rotated-long-ago"_s;
    app::DemoCallSimulator stale(options);
    QSignalSpy ended(&stale, &app::DemoCallSimulator::callEnded);
    QTest::ignoreMessage(QtWarningMsg,
        QRegularExpression(u"^demo call demo-call-1: POST newCall failed \\(HTTP 401\\)"_s));
    QTest::ignoreMessage(QtWarningMsg,
        QRegularExpression(u"^demo call demo-call-2: POST newCall failed \\(HTTP 401\\)"_s));
    stale.start();
    QTRY_VERIFY_WITH_TIMEOUT(ended.size() >= 2, 10000);
    QCOMPARE(stale.failedPosts(), 2);
    QCOMPARE(stale.callsStarted(), 2);
}

void TestCallPopDesk::cleanupTestCase()
{
    desk_.reset();
    server_.reset();
}

QTEST_MAIN(TestCallPopDesk)
#include "tst_callpopdesk.moc"
