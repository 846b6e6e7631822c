// Two desktops on one real server (the demo's embedded one, over real HTTP and WebSocket):
// a tag added from the keyboard in one window reaches the other desktop's cache; a change
// the second agent may not make is refused by the server, rolled back in their cache, and
// the reason is shown in their window.
#include "app/DeskSession.h"
#include "app/EmbeddedDemoServer.h"
#include "models/Workspace.h"
#include "store/ConversationRepository.h"
#include "store/Store.h"
#include "sync/LoginClient.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace switchboard;
using namespace Qt::StringLiterals;

namespace {

std::optional<protocol::LoginReply> logIn(const QUrl& server, const QString& user)
{
    sync::LoginClient client;
    QSignalSpy loggedIn(&client, &sync::LoginClient::loggedIn);
    client.login(server, user, QString(app::EmbeddedDemoServer::kDemoPassword));
    if (!loggedIn.wait(20000))
        return std::nullopt;
    return loggedIn.first().first().value<protocol::LoginReply>();
}

std::unique_ptr<app::DeskSession> openDesk(
    const QTemporaryDir& dir, const QUrl& server, const QString& user)
{
    auto login = logIn(server, user);
    if (!login)
        return nullptr;
    sync::SyncEndpoint endpoint;
    endpoint.server = server;
    endpoint.token = login->token;
    auto desk = app::DeskSession::open(dir.filePath(user + u"/live.sqlite"_s),
        dir.filePath(user + u"/drafts.json"_s), endpoint, login->agent);
    if (!desk)
        return nullptr;
    (*desk)->window().show();
    return std::move(*desk);
}

std::optional<protocol::Conversation> conversation(app::DeskSession& desk, const QString& id)
{
    auto found = desk.workspace().store().conversations().find(id);
    if (!found || !*found)
        return std::nullopt;
    return **found;
}

} // namespace

class TestTwoDesks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void changesReachTheOtherDeskAndRefusalsAreShown();
};

void TestTwoDesks::changesReachTheOtherDeskAndRefusalsAreShown()
{
    app::EmbeddedDemoServer server(150);
    server.setCallTiming(std::nullopt); // about edits: no call pops over the windows
    QSignalSpy ready(&server, &app::EmbeddedDemoServer::ready);
    server.start();
    QVERIFY(ready.wait(60000));
    const QUrl url = ready.first().first().toUrl();
    QTemporaryDir dir;
    auto elif = openDesk(dir, url, u"agent-1"_s); // Elif Demir, agent
    auto can = openDesk(dir, url, u"agent-2"_s); // Can Aydın, agent
    QVERIFY(elif && can);

    // Elif's own conversation, from her inbox ("My open").
    models::Workspace& mine = elif->workspace();
    QTRY_VERIFY_WITH_TIMEOUT(mine.inbox().rowCount() > 0, 30000);
    const QString id
        = mine.inbox()
              .data(mine.inbox().index(0, 0), models::ConversationListModel::ConversationIdRole)
              .toString();
    QTRY_VERIFY_WITH_TIMEOUT(conversation(*can, id).has_value(), 30000);
    const QString tag
        = conversation(*can, id)->tags.contains(u"Escalated"_s) ? u"VIP"_s : u"Escalated"_s;

    // Elif tags it from the keyboard; Can's desktop gets it through the server.
    elif->window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&elif->window()));
    elif->window().selectConversation(id);
    QCOMPARE(elif->window().currentConversationId(), id);
    QTest::keyClick(&elif->window(), Qt::Key_T, Qt::ControlModifier);
    auto* input = elif->window().findChild<QLineEdit*>(u"tagInput"_s);
    QVERIFY(input);
    QTRY_VERIFY(input->hasFocus());
    QTest::keyClicks(input, tag);
    QTest::keyClick(input, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(conversation(*can, id)->tags.contains(tag), 15000);

    // Can may not resolve Elif's conversation: his cache shows it resolved at once, the
    // server refuses, the cache goes back, and his window says why.
    QVERIFY(!can->workspace()
                 .commands()
                 .setStatus(id, protocol::ConversationStatus::Resolved)
                 .isNull());
    QTRY_VERIFY_WITH_TIMEOUT(
        can->workspace().store().pending().value_or(QList<protocol::Command> { {} }).isEmpty(),
        15000);
    QVERIFY(conversation(*can, id)->status != protocol::ConversationStatus::Resolved);
    QVERIFY(conversation(*elif, id)->status != protocol::ConversationStatus::Resolved);
    auto noticeShown = [&] {
        for (const QLabel* label : can->window().findChildren<QLabel*>()) {
            if (label->isVisible() && label->text().contains(u"Elif Demir"_s))
                return true;
        }
        return false;
    };
    // The refusal names who may change the conversation.
    QTRY_VERIFY_WITH_TIMEOUT(noticeShown(), 10000);
}

QTEST_MAIN(TestTwoDesks)
#include "tst_twodesks.moc"
