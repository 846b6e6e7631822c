// The left pane's models over a real demo cache: the views with their counts, the inbox
// list with keyset paging, and the staff and tag directories, each under
// QAbstractItemModelTester; then the same models following change notices from
// Store::enqueue, as they will follow the sync client's.
#include "models/AgentListModel.h"
#include "models/ConversationListModel.h"
#include "models/TagListModel.h"
#include "models/ViewListModel.h"
#include "models/WorkspaceCommands.h"
#include "store/InboxQuery.h"
#include "store/QueueRepository.h"
#include "store/TagRepository.h"
#include "tests/models/DemoStore.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace switchboard {

using models::ConversationListModel;
using store::InboxView;
using Kind = store::InboxView::Kind;

class InboxModelsTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testing::DemoStore> demo_;
    QString agent_;

    // Enqueues the command the intent made, as the sync client will, and returns the
    // change notice.
    store::ChangeSet enqueue(const protocol::Command& command)
    {
        auto changes = demo_->store().enqueue(command);
        if (!changes)
            qFatal("enqueue failed: %s", qPrintable(changes.error().toString()));
        return *changes;
    }

    static QList<protocol::Command> commandsOf(const QSignalSpy& spy)
    {
        QList<protocol::Command> commands;
        for (const auto& arguments : spy)
            commands.append(arguments.at(0).value<protocol::Command>());
        return commands;
    }

private Q_SLOTS:
    void initTestCase()
    {
        demo_ = std::make_unique<testing::DemoStore>(1500, 12000);
        agent_ = demo_->busiestAgent();
        QVERIFY(!agent_.isEmpty());
    }

    void viewsListEveryQueueAndTagWithCounts()
    {
        models::ViewListModel views(demo_->store());
        QAbstractItemModelTester tester(
            &views, QAbstractItemModelTester::FailureReportingMode::Fatal);
        views.setAgentId(agent_);
        auto queues = demo_->store().queues().all();
        auto tags = demo_->store().tags().all();
        QVERIFY(queues && tags);
        QCOMPARE(views.rowCount(), 4 + queues->size() + tags->size());
        QCOMPARE(views.viewAt(0).kind, Kind::Mine);
        const qint64 mine = views.index(0).data(models::ViewListModel::CountRole).toLongLong();
        QVERIFY(mine > 0);
        auto expected
            = store::InboxQuery(demo_->store().database()).count({ Kind::Mine, {} }, agent_);
        QCOMPARE(mine, *expected);
        const int queueRow = views.rowOf({ Kind::Queue, queues->first().id });
        QVERIFY(queueRow >= 4);
        QCOMPARE(views.index(queueRow).data().toString(), queues->first().name);
    }

    void inboxPagesThroughABigViewInOrder()
    {
        ConversationListModel inbox(demo_->store());
        QAbstractItemModelTester tester(
            &inbox, QAbstractItemModelTester::FailureReportingMode::Fatal);
        // The queue with the most open conversations needs several pages.
        auto queues = demo_->store().queues().all();
        QList<InboxView> candidates { { Kind::Unassigned, {} } };
        for (const auto& queue : *queues)
            candidates.append({ Kind::Queue, queue.id });
        InboxView biggest;
        qint64 most = 0;
        for (const InboxView& view : candidates) {
            const qint64 n = *store::InboxQuery(demo_->store().database()).count(view, agent_);
            if (n > most) {
                most = n;
                biggest = view;
            }
        }
        QVERIFY2(most > ConversationListModel::kPageSize, "the demo needs a view of several pages");
        inbox.setView(biggest, agent_);
        QCOMPARE(inbox.rowCount(), ConversationListModel::kPageSize);
        QVERIFY(inbox.canFetchMore({}));
        while (inbox.canFetchMore({}))
            inbox.fetchMore({});
        QCOMPARE(inbox.rowCount(), most);
        QSet<QString> seen;
        for (int row = 0; row < inbox.rowCount(); ++row) {
            const store::InboxRow* r = inbox.rowAt(row);
            QVERIFY(!seen.contains(r->id));
            seen.insert(r->id);
            QVERIFY(!r->customerName.isEmpty());
            QVERIFY(biggest.contains(*r, agent_));
            if (row > 0)
                QVERIFY(inbox.rowAt(row - 1)->key().before(r->key()));
        }
        // The same view by SLA due time: every row again, the soonest deadline first.
        inbox.setSort(store::InboxSort::SlaDue);
        while (inbox.canFetchMore({}))
            inbox.fetchMore({});
        QCOMPARE(inbox.rowCount(), most);
        QSet<QString> seenBySla;
        for (int row = 0; row < inbox.rowCount(); ++row) {
            const store::InboxRow* r = inbox.rowAt(row);
            seenBySla.insert(r->id);
            if (row > 0) {
                QVERIFY(inbox.rowAt(row - 1)
                            ->key(store::InboxSort::SlaDue)
                            .before(r->key(store::InboxSort::SlaDue), store::InboxSort::SlaDue));
            }
        }
        QCOMPARE(seenBySla, seen);
        const QModelIndex first = inbox.index(0);
        QVERIFY(!first.data(ConversationListModel::SubjectRole).toString().isEmpty());
        QVERIFY(first.data(ConversationListModel::UpdatedAtRole).toDateTime().isValid());
    }

    void channelFilterKeepsOnlyThatChannelInEveryView()
    {
        ConversationListModel inbox(demo_->store());
        QAbstractItemModelTester tester(
            &inbox, QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto idsOf = [&inbox](std::optional<protocol::Channel> only) {
            while (inbox.canFetchMore({}))
                inbox.fetchMore({});
            QSet<QString> ids;
            for (int row = 0; row < inbox.rowCount(); ++row) {
                if (!only || inbox.rowAt(row)->channel == *only)
                    ids.insert(inbox.rowAt(row)->id);
            }
            return ids;
        };
        for (const InboxView& view : { InboxView { Kind::Unassigned, {} }, InboxView { Kind::Mine, {} } }) {
            inbox.setChannelFilter(std::nullopt);
            inbox.setView(view, agent_);
            const QSet<QString> chats = idsOf(protocol::Channel::Chat);
            QVERIFY2(!chats.isEmpty(), "the demo has chats in both views");
            inbox.setChannelFilter(protocol::Channel::Chat);
            QCOMPARE(idsOf(std::nullopt), chats);
        }
        // The filter stays when the agent picks another view.
        inbox.setView({ Kind::Unassigned, {} }, agent_);
        QCOMPARE(inbox.channelFilter(), std::optional(protocol::Channel::Chat));
        for (int row = 0; row < inbox.rowCount(); ++row)
            QCOMPARE(inbox.rowAt(row)->channel, protocol::Channel::Chat);
    }

    void changesMoveRowsBetweenViews()
    {
        ConversationListModel mine(demo_->store());
        ConversationListModel unassigned(demo_->store());
        models::ViewListModel views(demo_->store());
        QAbstractItemModelTester t1(&mine, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester t2(
            &unassigned, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester t3(&views, QAbstractItemModelTester::FailureReportingMode::Fatal);
        views.setAgentId(agent_);
        mine.setView({ Kind::Mine, {} }, agent_);
        unassigned.setView({ Kind::Unassigned, {} }, agent_);
        while (mine.canFetchMore({}))
            mine.fetchMore({});
        QVERIFY(unassigned.rowCount() > 0);
        const qint64 mineBefore
            = views.index(0).data(models::ViewListModel::CountRole).toLongLong();
        QCOMPARE(mine.rowCount(), mineBefore);

        // Taking an unassigned conversation moves it from Unassigned to My open.
        models::WorkspaceCommands commands;
        commands.setCurrentAgent(agent_);
        QSignalSpy spy(&commands, &models::WorkspaceCommands::commandReady);
        const QString taken = unassigned.rowAt(0)->id;
        QVERIFY(!commands.assignToMe(taken).isNull());
        QCOMPARE(spy.size(), 1);
        const store::ChangeSet changes = enqueue(commandsOf(spy).first());
        QVERIFY(changes.conversations.contains(taken));
        QSignalSpy countChanged(&views, &QAbstractItemModel::dataChanged);
        mine.applyChanges(changes);
        unassigned.applyChanges(changes);
        views.applyChanges(changes);
        QCOMPARE(unassigned.rowOf(taken), -1);
        QVERIFY(mine.rowOf(taken) >= 0);
        QCOMPARE(mine.rowCount(), mineBefore + 1);
        QTRY_COMPARE(
            views.index(0).data(models::ViewListModel::CountRole).toLongLong(), mineBefore + 1);
        QTRY_VERIFY(countChanged.size() >= 2); // Mine and Unassigned

        // A tag shows on the row at once, and in the tag's count.
        spy.clear();
        const int tagRow = views.rowOf({ Kind::Tag, u"Incident"_s });
        QVERIFY(tagRow >= 0);
        const qint64 incidents
            = views.index(tagRow).data(models::ViewListModel::CountRole).toLongLong();
        if (!mine.rowAt(mine.rowOf(taken))->tags.contains(u"Incident"_s)) {
            commands.addTag(taken, u"Incident"_s);
            const store::ChangeSet tagged = enqueue(commandsOf(spy).first());
            QSignalSpy rowChanged(&mine, &QAbstractItemModel::dataChanged);
            mine.applyChanges(tagged);
            views.applyChanges(tagged);
            QCOMPARE(rowChanged.size(), 1);
            QVERIFY(mine.index(mine.rowOf(taken))
                        .data(ConversationListModel::TagsRole)
                        .toStringList()
                        .contains(u"Incident"_s));
            QTRY_COMPARE(views.index(tagRow).data(models::ViewListModel::CountRole).toLongLong(),
                incidents + 1);
        }

        // Resolving it takes it out of My open.
        spy.clear();
        commands.setStatus(taken, protocol::ConversationStatus::Resolved);
        const store::ChangeSet resolved = enqueue(commandsOf(spy).first());
        mine.applyChanges(resolved);
        QCOMPARE(mine.rowOf(taken), -1);
    }

    void agentsShowPresenceAndLoad()
    {
        models::AgentListModel agents(demo_->store());
        QAbstractItemModelTester tester(
            &agents, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(agents.rowCount() > 0);
        const int row = agents.rowOf(agent_);
        QVERIFY(row >= 0);
        QVERIFY(agents.index(row).data(models::AgentListModel::LoadRole).toLongLong() > 0);
        QVERIFY(!agents.nameOf(agent_).isEmpty());
        QVERIFY(agents.index(row).data(models::AgentListModel::PresenceRole).isValid());
    }

    // How long the GUI thread spends on the inbox's queries over a big cache. Off by
    // default (it fills a large file); run with SWITCHBOARD_BIG_INBOX=<customers>.
    void tagsHaveColours()
    {
        models::TagListModel tags(demo_->store());
        QAbstractItemModelTester tester(
            &tags, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(tags.rowCount() >= 5);
        QVERIFY(!tags.colourOf(u"Incident"_s).isEmpty());
        QVERIFY(tags.index(0).data(Qt::DecorationRole).value<QColor>().isValid());
    }
};

} // namespace switchboard

QTEST_GUILESS_MAIN(switchboard::InboxModelsTest)
#include "tst_inboxmodels.moc"
