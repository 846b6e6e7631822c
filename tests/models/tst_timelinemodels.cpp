// The centre and right panes' models and search over a real demo cache: the timeline reads
// lazily and in order, groups by conversation, jumps to a date and follows new messages;
// the profile and search results read what the store holds.
#include "models/CustomerProfile.h"
#include "models/SearchResultsModel.h"
#include "models/TimelineModel.h"
#include "models/WorkspaceCommands.h"
#include "store/ConversationRepository.h"
#include "store/CustomerRepository.h"
#include "store/MessageRepository.h"
#include "tests/models/DemoStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace switchboard {

using models::TimelineModel;

class TimelineModelsTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testing::DemoStore> demo_;
    QString busyCustomer_; // the customer with the most messages

    protocol::Command commandFrom(const std::function<void(models::WorkspaceCommands&)>& intent)
    {
        models::WorkspaceCommands commands;
        protocol::Command made;
        connect(&commands, &models::WorkspaceCommands::commandReady,
            [&made](const protocol::Command& c) { made = c; });
        intent(commands);
        return made;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Few customers with many messages each, so a timeline spans several pages.
        demo_ = std::make_unique<testing::DemoStore>(30, 3000);
        qsizetype most = 0;
        auto all = demo_->store().customers().forEach([&](const protocol::Customer& c) {
            auto conversations = demo_->store().conversations().forCustomer(c.id);
            qsizetype n = 0;
            for (const auto& conversation : *conversations)
                n += demo_->store().messages().forConversation(conversation.id)->size();
            if (n > most) {
                most = n;
                busyCustomer_ = c.id;
            }
            return store::StoreResult<>();
        });
        QVERIFY(all);
        QVERIFY2(most > 2 * TimelineModel::kPageSize, "the demo needs a long timeline");
    }

    void timelineLoadsLazilyNewestFirst()
    {
        TimelineModel timeline(demo_->store());
        QAbstractItemModelTester tester(
            &timeline, QAbstractItemModelTester::FailureReportingMode::Fatal);
        timeline.setCustomer(busyCustomer_);
        // One page of messages, plus any survey answers from the same span.
        QVERIFY(timeline.rowCount() >= TimelineModel::kPageSize);
        QVERIFY(timeline.rowCount() < 2 * TimelineModel::kPageSize);
        QVERIFY(timeline.canFetchMore({}));
        while (timeline.canFetchMore({}))
            timeline.fetchMore({});
        QSet<QString> seen;
        int groups = 0;
        bool sawNote = false, sawCall = false;
        for (int row = 0; row < timeline.rowCount(); ++row) {
            const QModelIndex index = timeline.index(row);
            const QString id = index.data(TimelineModel::EntryIdRole).toString();
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
            if (row > 0) {
                QVERIFY(timeline.index(row - 1).data(TimelineModel::AtRole).toDateTime()
                    >= index.data(TimelineModel::AtRole).toDateTime());
            }
            if (index.data(TimelineModel::StartsGroupRole).toBool()) {
                ++groups;
                QVERIFY(!index.data(TimelineModel::ConversationSubjectRole).toString().isEmpty());
            }
            sawNote = sawNote || index.data(TimelineModel::IsNoteRole).toBool();
            if (index.data(TimelineModel::IsCallRole).toBool()) {
                sawCall = true;
                QVERIFY(index.data(TimelineModel::CallDurationRole).isValid());
            }
        }
        QVERIFY(groups >= 1);
        Q_UNUSED(sawNote);
        Q_UNUSED(sawCall);
    }

    void jumpsToADate()
    {
        TimelineModel timeline(demo_->store());
        QAbstractItemModelTester tester(
            &timeline, QAbstractItemModelTester::FailureReportingMode::Fatal);
        timeline.setCustomer(busyCustomer_);
        const int firstPage = timeline.rowCount();
        // A date far back makes it read older pages until it gets there.
        QModelIndex last;
        {
            TimelineModel all(demo_->store());
            all.setCustomer(busyCustomer_);
            while (all.canFetchMore({}))
                all.fetchMore({});
            last = all.index(all.rowCount() - 1);
            const QDate oldest = last.data(TimelineModel::AtRole).toDateTime().toLocalTime().date();
            const int row = timeline.rowForDate(oldest);
            QVERIFY(row >= firstPage);
            QCOMPARE(
                timeline.index(row).data(TimelineModel::AtRole).toDateTime().toLocalTime().date(),
                oldest);
        }
        QCOMPARE(timeline.rowForDate(QDate(2100, 1, 1)), 0);
    }

    void followsANewReplyAndNote()
    {
        TimelineModel timeline(demo_->store());
        models::CustomerProfile profile(demo_->store());
        QAbstractItemModelTester tester(
            &timeline, QAbstractItemModelTester::FailureReportingMode::Fatal);
        timeline.setCustomer(busyCustomer_);
        profile.setCustomer(busyCustomer_);
        // The tester fetches pages itself on every change; read them all first so the
        // counts below are the change's alone.
        while (timeline.canFetchMore({}))
            timeline.fetchMore({});
        const QString conversationId
            = timeline.index(0).data(TimelineModel::ConversationIdRole).toString();
        const int before = timeline.rowCount();

        const protocol::Command reply = commandFrom([&](models::WorkspaceCommands& c) {
            c.reply(conversationId, protocol::Channel::Email, u"Your refund is on its way."_s);
        });
        auto changes = demo_->store().enqueue(reply);
        QVERIFY2(changes, qPrintable(changes ? QString() : changes.error().toString()));
        QSignalSpy profileChanged(&profile, &models::CustomerProfile::changed);
        timeline.applyChanges(*changes);
        profile.applyChanges(*changes);
        QCOMPARE(timeline.rowCount(), before + 1);
        QCOMPARE(timeline.index(0).data(TimelineModel::BodyRole).toString(),
            u"Your refund is on its way."_s);
        QCOMPARE(timeline.index(0).data(TimelineModel::EntryIdRole).toString(),
            reply.payload.value(u"messageId"_s).toString());
        QCOMPARE(profileChanged.size(), 0); // a reply changes nothing the profile shows

        const protocol::Command note = commandFrom([&](models::WorkspaceCommands& c) {
            c.addNote(conversationId, u"Customer prefers email."_s);
        });
        auto noted = demo_->store().enqueue(note);
        QVERIFY(noted);
        timeline.applyChanges(*noted);
        QCOMPARE(timeline.rowCount(), before + 2);
        QVERIFY(timeline.index(0).data(TimelineModel::IsNoteRole).toBool());

        // A rejected note disappears again.
        auto undone = demo_->store().reject(note.id);
        QVERIFY(undone);
        timeline.applyChanges(*undone);
        QCOMPARE(timeline.rowCount(), before + 1);
    }

    void profileShowsTheCustomer()
    {
        models::CustomerProfile profile(demo_->store());
        QVERIFY(profile.isEmpty());
        profile.setCustomer(busyCustomer_);
        QVERIFY(!profile.isEmpty());
        QCOMPARE(profile.customer()->id, busyCustomer_);
        QVERIFY(!profile.conversations().isEmpty());
    }

    void searchGroupsCustomersAndMessages()
    {
        models::SearchResultsModel results(demo_->store());
        QAbstractItemModelTester tester(
            &results, QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto customer = demo_->store().customers().find(busyCustomer_);
        QVERIFY(customer && customer->has_value());
        results.setQuery((*customer)->lastName);
        QVERIFY(results.rowCount() >= 2);
        QCOMPARE(results.kindAt(0), models::SearchResultsModel::RowKind::Heading);
        QCOMPARE(results.flags(results.index(0)) & Qt::ItemIsSelectable, Qt::NoItemFlags);
        const int first = results.nextHitRow(0, 1);
        QCOMPARE(first, 1);
        bool found = false;
        for (int row = 0; row < results.rowCount(); ++row) {
            found = found
                || results.index(row).data(models::SearchResultsModel::CustomerIdRole).toString()
                    == busyCustomer_;
        }
        QVERIFY(found);
        QCOMPARE(results.nextHitRow(0, -1), -1);
        results.setQuery(QString());
        QCOMPARE(results.rowCount(), 0);
    }
};

} // namespace switchboard

QTEST_GUILESS_MAIN(switchboard::TimelineModelsTest)
#include "tst_timelinemodels.moc"
