// The README's first command, as a test: the desktop's demo starts its embedded server with
// demo data, signs in as the demo agent over real HTTP, syncs over a real WebSocket, shows
// the inbox, receives the live traffic, a change the agent makes is acknowledged by the
// server, and within seconds the demo's simulated PBX rings the desk and the call pops.
#include "app/DeskLauncher.h"
#include "models/Workspace.h"
#include "protocol/Conversation.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/Store.h"
#include "ui/CallPopWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace switchboard;
using namespace Qt::StringLiterals;

class TestDemoDesk : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoShowsALiveDeskAndTakesChanges();
};

void TestDemoDesk::demoShowsALiveDeskAndTakesChanges()
{
    QTemporaryDir dataDir;
    QVERIFY(dataDir.isValid());
    app::AppOptions options;
    options.demoCustomers = 150;
    app::DeskLauncher launcher(options, dataDir.path());
    QSignalSpy opened(&launcher, &app::DeskLauncher::deskOpened);
    launcher.start();
    QVERIFY(opened.wait(60000));
    app::DeskSession* desk = launcher.desk();
    QVERIFY(desk);
    QVERIFY(desk->window().isVisible());
    QElapsedTimer sinceOpened;
    sinceOpened.start();
    QSignalSpy popped(&desk->callPopWindow(), &ui::CallPopWindow::populated);
    QVERIFY(desk->cachePath().startsWith(QDir::tempPath()));

    // Catch-up fills the cache and the agent's inbox.
    models::Workspace& workspace = desk->workspace();
    store::Store& cache = workspace.store();
    QTRY_VERIFY_WITH_TIMEOUT(cache.cursor(u"live"_s).value_or(0) > 500, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(workspace.inbox().rowCount() > 0, 10000);

    // Live traffic: customers write in while the desk is open (only the demo traffic makes
    // messages with these ids; the seeded data set has none).
    auto liveMessages = [&] {
        return cache.database()
            .scalar("SELECT COUNT(*) FROM messages WHERE id LIKE 'msg-live-%'")
            .value_or(0);
    };
    QTRY_VERIFY_WITH_TIMEOUT(liveMessages() > 0, 30000);

    // The agent tags a conversation in view; the server takes it and the tag stays.
    const QString conversationId = workspace.inbox()
                                       .data(workspace.inbox().index(0, 0),
                                           models::ConversationListModel::ConversationIdRole)
                                       .toString();
    QVERIFY(!conversationId.isEmpty());
    QVERIFY(!workspace.commands().addTag(conversationId, u"Incident"_s).isNull());
    auto hasTag = [&] {
        auto found = cache.conversations().find(conversationId);
        return found && *found && (*found)->tags.contains(u"Incident"_s);
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasTag(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(
        cache.pending().value_or(QList<protocol::Command> { {} }).isEmpty(), 15000);
    QVERIFY(hasTag());

    // The first demo call rings about five seconds after the desk connected, and pops.
    QTRY_VERIFY_WITH_TIMEOUT(!popped.isEmpty(), 20000);
    QVERIFY2(sinceOpened.elapsed() < 20000, qPrintable(QString::number(sinceOpened.elapsed())));
    QVERIFY(desk->callLog().rowCount() > 0);
    auto* caller = desk->callPopWindow().findChild<QLabel*>(u"callerName"_s);
    QVERIFY(caller && !caller->text().isEmpty());
}

QTEST_MAIN(TestDemoDesk)
#include "tst_demodesk.moc"
