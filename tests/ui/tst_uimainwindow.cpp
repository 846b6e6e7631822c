// The agent workspace window over a real demo cache, on the offscreen platform, driven the
// way an agent drives it: select a conversation, tag it from the keyboard, assign it,
// reply, search with Ctrl+K; and drafts survive closing the window. Also renders the
// window to /tmp/mainwindow.png (and -dark.png) for a person to look at.
#include "models/FileDraftStore.h"
#include "models/TimelineModel.h"
#include "models/Workspace.h"
#include "tests/models/DemoStore.h"
#include "ui/CustomerEditDialog.h"
#include "ui/MainWindow.h"
#include "ui/ProfilePanel.h"
#include "ui/WorkspacePalette.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace switchboard {

namespace CommandType = protocol::CommandType;

// One window over the shared demo cache, with its own workspace and drafts file.
struct WindowUnderTest {
    WindowUnderTest(store::Store& store, const QString& draftsPath, const QString& agent)
        : workspace(store)
        , drafts(draftsPath)
        , window(workspace, drafts)
        , commands(&workspace.commands(), &models::WorkspaceCommands::commandReady)
    {
        window.setCurrentAgent(agent);
        window.resize(1440, 900);
        window.show();
        window.activateWindow();
    }

    QListView* inbox() { return window.findChild<QListView*>(u"inboxList"_s); }
    QPlainTextEdit* composer() { return window.findChild<QPlainTextEdit*>(u"composerEdit"_s); }

    const store::InboxRow& select(int row)
    {
        QListView* list = inbox();
        const QModelIndex index = workspace.inbox().index(row);
        list->scrollTo(index);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        return *workspace.inbox().rowAt(row);
    }

    protocol::Command lastCommand() const
    {
        return commands.isEmpty() ? protocol::Command()
                                  : commands.last().at(0).value<protocol::Command>();
    }

    models::Workspace workspace;
    models::FileDraftStore drafts;
    ui::MainWindow window;
    QSignalSpy commands;
};

class MainWindowTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testing::DemoStore> demo_;
    QString agent_;
    QString draftsPath_;

    std::unique_ptr<WindowUnderTest> open()
    {
        auto w = std::make_unique<WindowUnderTest>(demo_->store(), draftsPath_, agent_);
        if (!QTest::qWaitForWindowActive(&w->window))
            qWarning("window did not become active");
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setPalette(ui::WorkspacePalette::light());
        demo_ = std::make_unique<testing::DemoStore>(400, 4000);
        agent_ = demo_->busiestAgent();
        draftsPath_ = demo_->dir() + u"/drafts.json"_s;
    }

    void selectingAConversationShowsItsCustomer()
    {
        auto w = open();
        QVERIFY(w->workspace.inbox().rowCount() > 1);
        const store::InboxRow row = w->select(1);
        QCOMPARE(w->window.currentConversationId(), row.id);
        QCOMPARE(w->workspace.timeline().customerId(), row.customerId);
        QVERIFY(w->workspace.timeline().rowCount() > 0);
        QCOMPARE(w->window.findChild<ui::ProfilePanel*>()->shownName(), row.customerName);
        QCOMPARE(w->lastCommand().type, QString(CommandType::SignalViewing));
    }

    void taggingFromTheKeyboard()
    {
        auto w = open();
        const store::InboxRow row = w->select(0);
        QTest::keyClick(&w->window, Qt::Key_T, Qt::ControlModifier);
        auto* input = w->window.findChild<QLineEdit*>(u"tagInput"_s);
        QTRY_VERIFY(input->hasFocus());
        const QString tag
            = row.tags.contains(u"Feature request"_s) ? u"Sales lead"_s : u"Feature request"_s;
        QTest::keyClicks(input, tag);
        QTest::keyClick(input, Qt::Key_Return);
        const protocol::Command command = w->lastCommand();
        QCOMPARE(command.type, QString(CommandType::AddTag));
        QCOMPARE(
            command.payload, (QJsonObject { { u"conversationId"_s, row.id }, { u"tag"_s, tag } }));
    }

    void filteringByChannelFromTheKeyboard()
    {
        auto w = open();
        auto* channel = w->window.findChild<QComboBox*>(u"inboxChannel"_s);
        QVERIFY(channel);
        channel->setFocus();
        for (int i = 0; i < 3; ++i) // All channels, Phone, Email, Chat
            QTest::keyClick(channel, Qt::Key_Down);
        QCOMPARE(w->workspace.inbox().channelFilter(), std::optional(protocol::Channel::Chat));
        for (int row = 0; row < w->workspace.inbox().rowCount(); ++row)
            QCOMPARE(w->workspace.inbox().rowAt(row)->channel, protocol::Channel::Chat);
        QTest::keyClick(channel, Qt::Key_Home);
        QCOMPARE(w->workspace.inbox().channelFilter(), std::nullopt);
    }

    void sortingBySlaFromTheKeyboard()
    {
        auto w = open();
        auto* sort = w->window.findChild<QComboBox*>(u"inboxSort"_s);
        QVERIFY(sort);
        sort->setFocus();
        QTest::keyClick(sort, Qt::Key_Down);
        QCOMPARE(w->workspace.inbox().sort(), store::InboxSort::SlaDue);
        QVERIFY(w->workspace.inbox().rowCount() > 1);
        const auto* first = w->workspace.inbox().rowAt(0);
        const auto* second = w->workspace.inbox().rowAt(1);
        QVERIFY(first->key(store::InboxSort::SlaDue)
                    .before(second->key(store::InboxSort::SlaDue), store::InboxSort::SlaDue));
    }

    void bulkTaggingTagsEverySelectedRow()
    {
        auto w = open();
        w->select(0);
        const QModelIndex third = w->workspace.inbox().index(2);
        QTest::mouseClick(w->inbox()->viewport(), Qt::LeftButton, Qt::ShiftModifier,
            w->inbox()->visualRect(third).center());
        QCOMPARE(w->inbox()->selectionModel()->selectedRows().size(), 3);
        w->commands.clear();
        QTest::keyClick(&w->window, Qt::Key_T, Qt::ControlModifier);
        auto* input = w->window.findChild<QLineEdit*>(u"tagInput"_s);
        QTest::keyClicks(input, u"Complaint"_s);
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(w->commands.size(), 3);
        QSet<QString> tagged;
        for (const auto& arguments : std::as_const(w->commands)) {
            const auto command = arguments.at(0).value<protocol::Command>();
            QCOMPARE(command.type, QString(CommandType::AddTag));
            tagged.insert(command.payload.value(u"conversationId"_s).toString());
        }
        QCOMPARE(tagged.size(), 3);
    }

    void assigningToMe()
    {
        auto w = open();
        const store::InboxRow row = w->select(0);
        QTest::keyClick(&w->window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        const protocol::Command command = w->lastCommand();
        QCOMPARE(command.type, QString(CommandType::Assign));
        QCOMPARE(command.payload,
            (QJsonObject { { u"conversationId"_s, row.id }, { u"agentId"_s, agent_ } }));
        // Resolving from the keyboard too.
        QTest::keyClick(&w->window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w->lastCommand().type, QString(CommandType::SetStatus));
        QCOMPARE(w->lastCommand().payload.value(u"status"_s).toString(), u"resolved"_s);
    }

    void replyingSendsAMessage()
    {
        auto w = open();
        const store::InboxRow row = w->select(0);
        QTest::keyClick(&w->window, Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY(w->composer()->hasFocus());
        QTest::keyClicks(w->composer(), u"Thank you, the courier is on the way."_s);
        QTest::keyClick(w->composer(), Qt::Key_Return, Qt::ControlModifier);
        const protocol::Command command = w->lastCommand();
        QCOMPARE(command.type, QString(CommandType::SendMessage));
        QCOMPARE(command.payload.value(u"conversationId"_s).toString(), row.id);
        QCOMPARE(command.payload.value(u"body"_s).toString(),
            u"Thank you, the courier is on the way."_s);
        QVERIFY(!command.payload.value(u"messageId"_s).toString().isEmpty());
        QVERIFY(w->composer()->toPlainText().isEmpty());

        // The same with the note toggle on makes a note.
        QTest::keyClick(&w->window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClicks(w->composer(), u"Customer prefers a call."_s);
        QTest::keyClick(w->composer(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(w->lastCommand().type, QString(CommandType::AddNote));
    }

    void cannedRepliesAreFilledIn()
    {
        auto w = open();
        const store::InboxRow row = w->select(0);
        w->composer()->setFocus();
        QTest::keyClicks(w->composer(), u"/greet"_s);
        QWidget* popup = QApplication::activePopupWidget();
        QVERIFY2(popup, "typing /greet shows the canned replies");
        QTest::keyClick(popup, Qt::Key_Return); // the popup takes it
        auto customer = w->workspace.profile().customer();
        QVERIFY(customer.has_value());
        QTRY_VERIFY2(w->composer()->toPlainText().contains(customer->firstName),
            qPrintable(w->composer()->toPlainText()));
        QVERIFY(!w->composer()->toPlainText().contains(u"{{"_s));
        w->composer()->clear();
    }

    void draftsSurviveClosingTheWindow()
    {
        QString conversation;
        {
            auto w = open();
            conversation = w->select(2).id;
            w->composer()->setFocus();
            // Typed as text (QTest types ASCII only); the composer sees it as typing.
            w->composer()->insertPlainText(u"Merhaba, siparişiniz"_s);
        } // the window, its composer and the draft store are gone
        auto w = open();
        w->window.selectConversation(conversation);
        QCOMPARE(w->window.currentConversationId(), conversation);
        QCOMPARE(w->composer()->toPlainText(), u"Merhaba, siparişiniz"_s);
    }

    void searchOpensACustomer()
    {
        auto w = open();
        QTest::keyClick(&w->window, Qt::Key_K, Qt::ControlModifier);
        auto* field = w->window.findChild<QLineEdit*>(u"searchField"_s);
        QTRY_VERIFY(field->isVisible());
        const store::InboxRow* row = w->workspace.inbox().rowAt(0);
        const QString lastName = row->customerName.section(u' ', -1);
        field->insert(lastName); // as typed; QTest types ASCII only, and names are Turkish or Greek
        QTest::keyClick(field, Qt::Key_Down);
        QTest::keyClick(field, Qt::Key_Up);
        QVERIFY(w->workspace.search().rowCount() > 1);
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(!field->isVisible());
        QVERIFY(!w->workspace.timeline().customerId().isEmpty());
    }

    void editingACustomerSendsOnlyTheChangedFields()
    {
        auto w = open();
        w->select(0);
        const auto customer = w->workspace.profile().customer();
        QVERIFY(customer.has_value());
        ui::CustomerEditDialog dialog(*customer, &w->window);
        QCOMPARE(dialog.changedFields(), QJsonObject());
        dialog.setField(u"company"_s, u"Acme Ltd"_s);
        QCOMPARE(dialog.changedFields(), (QJsonObject { { u"company"_s, u"Acme Ltd"_s } }));
        QVERIFY(w->window.findChild<QPushButton*>(u"editCustomerButton"_s));
    }

    void statusBarAndCollision()
    {
        auto w = open();
        const store::InboxRow row = w->select(0);
        w->window.setSyncState(ui::SyncState::Offline, 3);
        auto* sync = w->window.findChild<QLabel*>(u"syncState"_s);
        QVERIFY2(sync->text().contains(u"3"_s), qPrintable(sync->text()));
        w->window.showRejectNotice(u"Only a lead can reassign this conversation."_s);
        QVERIFY(w->window.findChild<QLabel*>(u"rejectNotice"_s)->text().contains(u"lead"_s));
        QString other;
        for (int i = 0; i < w->workspace.agents().rowCount(); ++i) {
            const QString id = w->workspace.agents()
                                   .index(i)
                                   .data(models::AgentListModel::AgentIdRole)
                                   .toString();
            if (id != agent_)
                other = id;
        }
        w->window.showSignal({ u"typing"_s, row.id, other, QDateTime::currentDateTimeUtc() });
        auto* collision = w->window.findChild<QLabel*>(u"collisionIndicator"_s);
        QVERIFY(collision->isVisible());
        QVERIFY(collision->text().contains(w->workspace.agents().nameOf(other)));
        w->window.showSignal({ u"left"_s, row.id, other, QDateTime::currentDateTimeUtc() });
        QVERIFY(!collision->isVisible());
    }

    void screenshot()
    {
        auto w = open();
        w->select(0);
        w->window.setSyncState(ui::SyncState::Online, 0);
        QTest::qWait(100); // the views lay their items out from the event loop
        QVERIFY(w->window.grab().save(u"/tmp/mainwindow.png"_s));
        QApplication::setPalette(ui::WorkspacePalette::dark());
        QTest::qWait(100);
        QVERIFY(w->window.grab().save(u"/tmp/mainwindow-dark.png"_s));
        QApplication::setPalette(ui::WorkspacePalette::light());
    }

    // The whole loop as the app wires it (without the network): each command is queued in
    // the store with its optimistic effect, and the change notice updates the window.
    void optimisticChangesShowAtOnce()
    {
        auto w = open();
        connect(&w->workspace.commands(), &models::WorkspaceCommands::commandReady, &w->workspace,
            [&](const protocol::Command& command) {
                if (command.type.startsWith(u"signal."_s))
                    return; // not queued: signals go straight to the server
                auto changes = demo_->store().enqueue(command);
                QVERIFY2(changes, qPrintable(changes ? QString() : changes.error().toString()));
                w->workspace.applyChanges(*changes);
            });
        // A phone conversation, so the timeline shows calls.
        int phoneRow = 0;
        for (int row = 0; row < w->workspace.inbox().rowCount(); ++row) {
            if (w->workspace.inbox().rowAt(row)->channel == protocol::Channel::Phone) {
                phoneRow = row;
                break;
            }
        }
        const store::InboxRow row = w->select(phoneRow);
        const int before = w->workspace.timeline().rowCount();
        QTest::keyClick(&w->window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClicks(w->composer(), u"Called back: the courier confirms delivery tomorrow."_s);
        QTest::keyClick(w->composer(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(w->workspace.timeline().rowCount(), before + 1);
        QVERIFY(w->workspace.timeline().index(0).data(models::TimelineModel::IsNoteRole).toBool());
        QTest::keyClick(&w->window, Qt::Key_T, Qt::ControlModifier);
        auto* input = w->window.findChild<QLineEdit*>(u"tagInput"_s);
        QTest::keyClicks(input, u"Callback"_s);
        QTest::keyClick(input, Qt::Key_Return);
        const int at = w->workspace.inbox().rowOf(row.id);
        QVERIFY(at >= 0);
        QVERIFY(w->workspace.inbox().rowAt(at)->tags.contains(u"Callback"_s));
        QTest::qWait(100);
        QVERIFY(w->window.grab().save(u"/tmp/mainwindow-call.png"_s));
    }

    void screenshotInTurkish()
    {
        QTranslator turkish;
        QVERIFY(turkish.load(u"switchboard_tr"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&turkish);
        {
            auto w = open();
            w->select(0);
            QTest::qWait(100);
            QVERIFY(w->window.grab().save(u"/tmp/mainwindow-tr.png"_s));
        }
        QCoreApplication::removeTranslator(&turkish);
    }
};

} // namespace switchboard

QTEST_MAIN(switchboard::MainWindowTest)
#include "tst_uimainwindow.moc"
