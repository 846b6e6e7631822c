// bench/timeline: the agent workspace's widgets over a real cache at full size, headless.
// Fills a Store file with one customer of 10k timeline entries and an inbox of 100k
// conversations (TimelineDataset), opens the real MainWindow over it, then measures the
// first paint of that customer's timeline, the memory a scroll through all of it costs,
// and the frame times of paging through the whole inbox. Beside them, the SQL of a
// timeline page and an inbox page timed by the sqlite3 shell on the same file.
#include "bench/common/LatencyStats.h"
#include "bench/common/SqliteShell.h"
#include "bench/timeline/PaintWatcher.h"
#include "bench/timeline/ScrollFrameTimer.h"
#include "bench/timeline/TimelineDataset.h"
#include "models/FileDraftStore.h"
#include "models/Workspace.h"
#include "store/Store.h"
#include "ui/MainWindow.h"
#include "ui/WorkspacePalette.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace switchboard;
using namespace Qt::StringLiterals;

namespace {

constexpr double kFirstPaintBudgetMs = 50;
constexpr double kRssGrowthBudgetMb = 50;
constexpr double kFrameBudgetMs = 16;
constexpr int kReopens = 9; // further opens of the same customer, after the first
constexpr int kShellRepeats = 20; // each baseline statement is run this often
constexpr qint64 kMaxFrames = 1'000'000;
constexpr int kSettleMs = 300; // lets start-up work (timers, first layouts) finish

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "bench timeline: %s\n", qPrintable(message));
    std::exit(1);
}

void say(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

// The resident set from /proc/self/status, in MB; 0 when it cannot be read.
double residentMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

void processEventsFor(int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

// From asking the workspace to open the customer to the end of the event-loop pass in
// which the timeline's viewport was painted with rows (the frame is then on screen).
double timeFirstPaint(models::Workspace& workspace, const QString& customerId, QListView& timeline,
    const bench::PaintWatcher& watcher)
{
    workspace.openCustomer({});
    processEventsFor(50);
    const qint64 before = watcher.paintsWithRows();
    QElapsedTimer clock;
    clock.start();
    workspace.openCustomer(customerId);
    while (watcher.paintsWithRows() == before) {
        QCoreApplication::processEvents();
        if (clock.elapsed() > 10'000)
            fail(u"the timeline was not painted within 10 s"_s);
    }
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    if (!timeline.indexAt(timeline.viewport()->rect().center()).isValid())
        fail(u"the timeline's first frame shows no entry"_s);
    return ms;
}

struct Measured {
    double firstPaintMs = 0;
    bench::LatencyStats reopen;
    double rssBeforeMb = 0;
    double rssAfterMb = 0;
    qint64 timelineRows = 0;
    qint64 inboxRows = 0;
    std::optional<bench::ScrollFrameTimer> timelineScroll;
    std::optional<bench::ScrollFrameTimer> inboxScroll;
    store::InboxKey lastInboxPageKey; // the page after it is the inbox's last
    double timelineSqlMs = 0; // means of kShellRepeats runs in the sqlite3 shell
    double inboxTopSqlMs = 0;
    double inboxLastSqlMs = 0;
};

// The statements TimelineModel and ConversationListModel run for a page (see
// MessageRepository::timeline and InboxQuery::page), with their parameters inlined.
QString timelinePageSql(const QString& customerId)
{
    return u"SELECT m.id, m.conversation_id, m.customer_id, m.direction, m.author_id,"
           " m.author_name, m.channel, m.body, m.sent_at, m.call_duration_seconds,"
           " m.call_disposition, m.call_recording_ref FROM messages m WHERE m.customer_id = "_s
        + bench::SqliteShell::literal(customerId)
        + u" ORDER BY m.sent_at DESC, m.id DESC LIMIT 100;"_s;
}

// The dated-rows query InboxQuery::page runs for a page after `after`.
QString inboxPageSql(const QString& agentId, const store::InboxKey* after)
{
    QString keyset;
    if (after) {
        const QString ms = QString::number(after->ms);
        keyset = u" AND (c.updated_at < "_s + ms + u" OR (c.updated_at = "_s + ms
            + u" AND c.id < "_s + bench::SqliteShell::literal(after->id)
            + u"))"_s;
    }
    return u"SELECT c.id, c.customer_id, c.channel, c.subject, c.status, c.priority, c.queue_id,"
           " c.assignee_id, c.updated_at, c.sla_due_at, c.snoozed_until,"
           " IFNULL(cu.first_name, ''), IFNULL(cu.last_name, ''),"
           " (SELECT m.body FROM messages m WHERE m.conversation_id = c.id"
           " AND m.direction <> 'note' ORDER BY m.sent_at DESC, m.id DESC LIMIT 1),"
           " (SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM conversation_tags"
           " WHERE conversation_id = c.id ORDER BY position))"
           " FROM conversations c LEFT JOIN customers cu ON cu.id = c.customer_id"
           " WHERE c.assignee_id = "_s
        + bench::SqliteShell::literal(agentId) + u" AND c.status IN ('open', 'pending')"_s + keyset
        + u" ORDER BY c.updated_at DESC, c.id DESC LIMIT 200;"_s;
}

void timeBaselines(const QString& path, const bench::TimelineDataset& data, Measured& m)
{
    const QStringList kinds = { timelinePageSql(data.longHistoryCustomerId()),
        inboxPageSql(data.agentId(), nullptr), inboxPageSql(data.agentId(), &m.lastInboxPageKey) };
    QStringList statements;
    for (int i = 0; i < kShellRepeats; ++i)
        statements << kinds;
    bench::SqliteShell shell(path);
    const auto times = shell.time(statements);
    if (!times)
        fail(shell.error());
    // The shell prints whole milliseconds; a mean of many runs resolves below that.
    double sums[3] = {};
    for (qsizetype i = 0; i < times->size(); ++i)
        sums[i % 3] += times->at(i);
    m.timelineSqlMs = sums[0] / kShellRepeats;
    m.inboxTopSqlMs = sums[1] / kShellRepeats;
    m.inboxLastSqlMs = sums[2] / kShellRepeats;
}

const char* verdict(double value, double budget)
{
    return value < budget ? "met" : "MISSED";
}

void row(const char* what, double ours, double budget = -1, double baseline = -1)
{
    char budgetText[16] = "";
    char baselineText[16] = "";
    if (budget >= 0)
        std::snprintf(budgetText, sizeof budgetText, "%.0f", budget);
    if (baseline >= 0)
        std::snprintf(baselineText, sizeof baselineText, "%.2f", baseline);
    std::printf("%-44s %10.2f %8s %10s %8s\n", what, ours, budgetText, baselineText,
        budget >= 0 ? verdict(ours, budget) : "");
}

void printFrames(const char* name, const bench::ScrollFrameTimer& scroll)
{
    std::printf("  %s: %lld frames, %lld fetching a page, %.1f s in all\n", name,
        scroll.frames().count(), scroll.fetchingFrames().count(), scroll.totalMs() / 1000.0);
    row("    frame p50 (ms)", scroll.frames().percentile(50));
    row("    frame max (ms)", scroll.frames().max());
    row("    frames without a fetch p99 (ms)", scroll.plainFrames().percentile(99));
    row("    frames fetching a page p50 (ms)", scroll.fetchingFrames().percentile(50));
    row("    frames fetching a page p99 (ms)", scroll.fetchingFrames().percentile(99));
}

void printTable(const bench::TimelineDataset::Size& size, const Measured& m)
{
    const double growth = m.rssAfterMb - m.rssBeforeMb;
    const double listP99 = m.inboxScroll->frames().percentile(99);
    std::printf("\ntimeline benchmark: %d timeline entries in %d conversations, %d inbox "
                "conversations; MainWindow 1440x900, offscreen\n",
        size.timelineEntries, size.timelineConversations, size.inboxConversations);
    std::printf("%-44s %10s %8s %10s %8s\n", "measure", "ours", "budget", "baseline", "");
    row("timeline first paint (ms)", m.firstPaintMs, kFirstPaintBudgetMs, m.timelineSqlMs);
    row("  reopen p50 (ms)", m.reopen.percentile(50));
    row("  reopen max (ms)", m.reopen.max());
    row("timeline scroll to the end, RSS growth (MB)", growth, kRssGrowthBudgetMb);
    std::printf(
        "  RSS %.1f -> %.1f MB; %lld rows loaded\n", m.rssBeforeMb, m.rssAfterMb, m.timelineRows);
    row("  timeline frame p99 (ms)", m.timelineScroll->frames().percentile(99));
    printFrames("timeline", *m.timelineScroll);
    row("inbox frame p99 (ms)", listP99, kFrameBudgetMs);
    printFrames("inbox", *m.inboxScroll);
    std::printf(
        "%-44s %10s %8s %10.2f\n", "  inbox page SQL, first page (ms)", "", "", m.inboxTopSqlMs);
    std::printf(
        "%-44s %10s %8s %10.2f\n", "  inbox page SQL, last page (ms)", "", "", m.inboxLastSqlMs);
    std::printf("how: first paint = Workspace::openCustomer() until the event-loop pass in which "
                "the timeline's viewport got a paint event with rows in the model; a frame = "
                "scroll bar + one page, processEvents() (fetch, layout, paint), repaint() only "
                "if no paint came; RSS = VmRSS before and after scrolling the whole timeline\n");
    std::printf("baseline: the model's page SQL in the sqlite3 shell on the same file, mean of "
                "%d runs (timeline: its first 100 entries; inbox: 200 rows)\n",
        kShellRepeats);
    std::printf("timeline: first_paint_ms=%.1f rss_growth_mb=%.1f list_frame_p99_ms=%.2f\n",
        m.firstPaintMs, growth, listP99);
}

bench::TimelineDataset::Size parseSize(const QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures the workspace's timeline and inbox widgets."_s);
    parser.addHelpOption();
    parser.addOptions({
        { u"entries"_s, u"Timeline entries of the long-history customer."_s, u"n"_s, u"10000"_s },
        { u"inbox"_s, u"Conversations in the inbox."_s, u"n"_s, u"100000"_s },
    });
    parser.process(app);
    bench::TimelineDataset::Size size;
    bool entriesOk = false;
    bool inboxOk = false;
    size.timelineEntries = parser.value(u"entries"_s).toInt(&entriesOk);
    size.inboxConversations = parser.value(u"inbox"_s).toInt(&inboxOk);
    if (!entriesOk || !inboxOk || size.timelineEntries < size.timelineConversations
        || size.inboxConversations < 1)
        fail(u"--entries takes a whole number of at least 100, --inbox one above 0"_s);
    size.inboxCustomers = std::min(size.inboxCustomers, size.inboxConversations);
    return size;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bench::TimelineDataset::Size size = parseSize(app);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    bench::TimelineDataset data(size);
    {
        auto writer = store::Store::open(path);
        if (!writer)
            fail(writer.error().toString());
        QElapsedTimer clock;
        clock.start();
        if (!data.writeTo(*writer))
            fail(u"apply failed: "_s + data.error());
        say(u"applied %1 events in %2 s"_s.arg(data.events())
                .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1));
    }

    // A fresh connection, as the desktop has after a restart.
    auto cache = store::Store::open(path);
    if (!cache)
        fail(cache.error().toString());
    QApplication::setPalette(ui::WorkspacePalette::light());
    models::Workspace workspace(*cache);
    models::FileDraftStore drafts(dir.filePath(u"drafts.json"_s));
    ui::MainWindow window(workspace, drafts);
    window.setCurrentAgent(data.agentId());
    window.resize(1440, 900);
    window.show();
    auto* timeline = window.findChild<QListView*>(u"timelineView"_s);
    auto* inbox = window.findChild<QListView*>(u"inboxList"_s);
    if (!timeline || !inbox)
        fail(u"the window has no timelineView or inboxList"_s);
    bench::PaintWatcher timelineWatch(*timeline);
    bench::PaintWatcher inboxWatch(*inbox);
    processEventsFor(kSettleMs);
    if (inboxWatch.paintsWithRows() == 0)
        fail(u"the inbox was never painted with rows"_s);

    Measured m;
    say(u"opening the customer..."_s);
    m.firstPaintMs
        = timeFirstPaint(workspace, data.longHistoryCustomerId(), *timeline, timelineWatch);
    for (int i = 0; i < kReopens; ++i)
        m.reopen.add(
            timeFirstPaint(workspace, data.longHistoryCustomerId(), *timeline, timelineWatch));

    say(u"scrolling the timeline..."_s);
    processEventsFor(kSettleMs);
    m.rssBeforeMb = residentMb();
    auto& timelineScroll = m.timelineScroll.emplace(*timeline, timelineWatch);
    if (!timelineScroll.scrollToEnd(kMaxFrames))
        fail(u"the timeline stopped scrolling at row %1"_s.arg(workspace.timeline().rowCount()));
    processEventsFor(kSettleMs);
    m.rssAfterMb = residentMb();
    m.timelineRows = workspace.timeline().rowCount();
    if (m.timelineRows != size.timelineEntries)
        fail(u"the timeline holds %1 rows, not %2"_s.arg(m.timelineRows).arg(size.timelineEntries));

    say(u"scrolling the inbox..."_s);
    auto& inboxScroll = m.inboxScroll.emplace(*inbox, inboxWatch);
    if (!inboxScroll.scrollToEnd(kMaxFrames))
        fail(u"the inbox stopped scrolling at row %1"_s.arg(workspace.inbox().rowCount()));
    m.inboxRows = workspace.inbox().rowCount();
    if (m.inboxRows != size.inboxConversations)
        fail(u"the inbox holds %1 rows, not %2"_s.arg(m.inboxRows).arg(size.inboxConversations));
    const int lastPage
        = std::max(0, int(m.inboxRows) - models::ConversationListModel::kPageSize - 1);
    m.lastInboxPageKey = workspace.inbox().rowAt(lastPage)->key(workspace.inbox().sort());

    say(u"the page queries in the sqlite3 shell..."_s);
    timeBaselines(path, data, m);
    printTable(size, m);
    return 0;
}
