// bench/store: the desktop cache at full size. Fills a cache with the demo generator's
// customers and messages through Store::apply (beside a plain loop of prepared inserts of
// the same rows), then measures search as you type (beside the naive ranked FTS5 query in
// the sqlite3 shell on the same file) and phone lookup for call pop.
#include "bench/common/LatencyStats.h"
#include "bench/common/SqliteShell.h"
#include "bench/store/ApplyTimer.h"
#include "bench/store/QueryMix.h"
#include "bench/store/RawInsertSink.h"
#include "bench/store/TeeSink.h"
#include "demodata/DemoDataset.h"
#include "demodata/EventStreamSink.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"
#include "store/SearchIndex.h"
#include "store/Store.h"
#include "store/TextFolding.h"
#include "store/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace switchboard;
using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kApplyBatch = 1000;   // events per apply(), as a catch-up batch
constexpr int kResultsPerKeystroke = 20;
constexpr int kPhoneLookups = 10000;
constexpr qsizetype kSlowestShown = 8; // keystrokes listed under the percentiles

struct Options {
    demodata::DatasetSize size;
    int samples = 150;
    int naiveKeystrokes = 300;
    QString dir;
    bool reuse = false; // search an existing cache in `dir` again; skips the fills
    QStringList keystrokes; // with --reuse: time only these, not the query mix
};

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "bench store: %s\n", qPrintable(message));
    std::exit(1);
}

void say(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

Options parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures the desktop cache at full size."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"customers"_s, u"Customers to generate."_s, u"n"_s, u"1000000"_s},
        {u"messages"_s, u"Messages to generate."_s, u"n"_s, u"1000000"_s},
        {u"seed"_s, u"Seed of the generator."_s, u"n"_s, u"1"_s},
        {u"samples"_s, u"Sampled entities the query mix is made of."_s, u"n"_s, u"150"_s},
        {u"naive"_s, u"Keystrokes to time with the naive query."_s, u"n"_s, u"300"_s},
        {u"dir"_s, u"Folder for the database files (default: a temporary one)."_s, u"path"_s},
        {u"reuse"_s, u"Search the cache a previous run left in --dir; measure no fills."_s},
        {u"keystroke"_s, u"With --reuse: time this text only (repeatable), not the query mix."_s,
         u"text"_s},
    });
    parser.process(app);
    Options options;
    bool ok = true;
    auto number = [&](const QString& name) {
        bool valid = false;
        const qint64 n = parser.value(name).toLongLong(&valid);
        ok = ok && valid && n > 0;
        return n;
    };
    options.size.customers = number(u"customers"_s);
    options.size.messages = number(u"messages"_s);
    options.size.seed = quint64(number(u"seed"_s));
    options.samples = int(number(u"samples"_s));
    options.naiveKeystrokes = int(number(u"naive"_s));
    options.dir = parser.value(u"dir"_s);
    options.reuse = parser.isSet(u"reuse"_s);
    options.keystrokes = parser.values(u"keystroke"_s);
    if (!options.keystrokes.isEmpty() && !options.reuse)
        fail(u"--keystroke needs --reuse"_s);
    if (options.reuse && options.dir.isEmpty())
        fail(u"--reuse needs --dir"_s);
    if (!ok)
        fail(u"--customers, --messages, --seed, --samples and --naive take whole numbers above 0"_s);
    if (const QString error = options.size.validationError(); !error.isEmpty())
        fail(error);
    return options;
}

// The naive plan: every word folded and quoted, the last one a prefix, ranked by bm25.
QString naiveQuery(const char* table, const QString& typed)
{
    QStringList words;
    for (const QString& word : store::TextFolding::fold(typed).split(u' ', Qt::SkipEmptyParts)) {
        QString quoted = word;
        quoted.replace(u'"', u"\"\""_s);
        words.append(u'"' + quoted + u'"');
    }
    const QString table16 = QString::fromLatin1(table);
    return u"SELECT rowid FROM "_s + table16 + u" WHERE "_s + table16 + u" MATCH "_s
        + bench::SqliteShell::literal(words.join(u' ') + u'*') + u" ORDER BY rank LIMIT "_s
        + QString::number(kResultsPerKeystroke) + u';';
}

struct Measured {
    qint64 rows = 0;
    double oursRowsPerSecond = 0;
    double rawRowsPerSecond = 0;         // entity rows and their full-text rows
    double rawTablesRowsPerSecond = 0;   // entity rows only
    qint64 keystrokes = 0;
    qint64 keystrokesWithHits = 0;
    struct Keystroke {
        double totalMs = 0;
        double customerMs = 0;
        double messageMs = 0;
        QString typed;
        auto operator<=>(const Keystroke& other) const { return totalMs <=> other.totalMs; }
    };
    QList<Keystroke> slowest; // every keystroke; sorted when printed
    bench::LatencyStats customers, messages, search, naive, phone;
};

void fillThroughApply(const Options& options, store::Store& cache, bench::QueryMix& mix, Measured& m)
{
    bench::ApplyTimer timer(cache, kApplyBatch);
    demodata::EventStreamSink events([&timer](protocol::Event&& e) { timer.add(std::move(e)); });
    bench::TeeSink tee({&events, &mix});
    QElapsedTimer wall;
    wall.start();
    demodata::DemoDataset(options.size).generate(tee);
    timer.finish();
    if (!timer.error().isEmpty())
        fail(u"apply failed: "_s + timer.error());
    m.rows = timer.rows();
    m.oursRowsPerSecond = double(timer.rows()) / timer.seconds();
    say(u"applied %1 events in %2 s inside apply() (%3 s with generation)"_s.arg(timer.rows())
            .arg(timer.seconds(), 0, 'f', 1)
            .arg(double(wall.elapsed()) / 1000.0, 0, 'f', 1));
}

// Returns rows per second.
double fillThroughRawInserts(const Options& options, const QString& path,
                             bench::RawInsertSink::FullText fullText)
{
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    { // the same schema as the cache, made by the cache itself
        auto schema = store::Store::open(path);
        if (!schema)
            fail(schema.error().message);
    }
    auto db = store::Database::open(path);
    if (!db)
        fail(db.error().message);
    QElapsedTimer commitClock;
    auto transaction = store::Transaction::begin(*db);
    if (!transaction)
        fail(transaction.error().message);
    bench::RawInsertSink raw(*db, fullText);
    demodata::DemoDataset(options.size).generate(raw);
    commitClock.start();
    if (auto committed = transaction->commit(); !committed)
        fail(committed.error().message);
    const double seconds = raw.seconds() + double(commitClock.nsecsElapsed()) / 1e9;
    if (!raw.error().isEmpty())
        fail(u"raw insert failed: "_s + raw.error());
    say(u"raw inserts: %1 rows in %2 s"_s.arg(raw.rows()).arg(seconds, 0, 'f', 1));
    return double(raw.rows()) / seconds;
}

void measureSearch(store::Store& cache, const QStringList& keystrokes, Measured& m)
{
    QElapsedTimer clock;
    for (const QString& typed : keystrokes) {
        clock.start();
        auto customers = cache.search().searchCustomers(typed, kResultsPerKeystroke);
        const double customerMs = double(clock.nsecsElapsed()) / 1e6;
        clock.start();
        auto messages = cache.search().searchMessages(typed, kResultsPerKeystroke);
        const double messageMs = double(clock.nsecsElapsed()) / 1e6;
        if (!customers || !messages)
            fail(u"search for \"%1\" failed: %2"_s.arg(
                typed, customers ? messages.error().message : customers.error().message));
        if (!customers->isEmpty() || !messages->isEmpty())
            ++m.keystrokesWithHits;
        m.slowest.append({customerMs + messageMs, customerMs, messageMs, typed});
        m.customers.add(customerMs);
        m.messages.add(messageMs);
        m.search.add(customerMs + messageMs);
    }
    m.keystrokes = keystrokes.size();
    // Every query comes from the data, so nearly every keystroke must find something.
    if (m.keystrokesWithHits < m.keystrokes * 9 / 10)
        fail(u"only %1 of %2 keystrokes found anything"_s.arg(m.keystrokesWithHits).arg(m.keystrokes));
}

void measureNaive(const QString& path, const QStringList& keystrokes, int count, Measured& m)
{
    const qsizetype stride = std::max<qsizetype>(1, keystrokes.size() / count);
    QStringList statements;
    for (qsizetype i = 0; i < keystrokes.size(); i += stride) {
        statements.append(naiveQuery("search_customer_fts", keystrokes[i]));
        statements.append(naiveQuery("search_message_fts", keystrokes[i]));
    }
    bench::SqliteShell shell(path);
    const auto times = shell.time(statements);
    if (!times)
        fail(shell.error());
    for (qsizetype i = 0; i + 1 < times->size(); i += 2)
        m.naive.add(times->at(i) + times->at(i + 1)); // customers + messages, as ours
}

void measurePhoneLookup(store::Store& cache, const QStringList& phones, Measured& m)
{
    if (phones.isEmpty())
        fail(u"the sample holds no phone numbers"_s);
    QElapsedTimer clock;
    for (int i = 0; i < kPhoneLookups; ++i) {
        clock.start();
        auto found = cache.customers().findByPhone(phones[i % phones.size()]);
        m.phone.add(double(clock.nsecsElapsed()) / 1e6);
        if (!found || found->isEmpty())
            fail(u"phone lookup found nobody for "_s + phones[i % phones.size()]);
    }
}

void printTable(const Options& options, const Measured& m)
{
    const double ratio = m.rawRowsPerSecond > 0 ? m.oursRowsPerSecond / m.rawRowsPerSecond : 0;
    std::printf("\nstore benchmark: %lld customers, %lld messages, %lld events, seed %llu\n",
                qint64(options.size.customers), qint64(options.size.messages), m.rows,
                static_cast<unsigned long long>(options.size.seed));
    std::printf("%-36s %14s %14s %8s\n", "measure", "ours", "baseline", "ratio");
    auto row = [](const char* what, double ours, double base, const char* fmt) {
        char oursText[32], baseText[32];
        std::snprintf(oursText, sizeof oursText, fmt, ours);
        std::snprintf(baseText, sizeof baseText, fmt, base);
        std::printf("%-36s %14s %14s %8.2f\n", what, oursText, baseText,
                    base > 0 ? ours / base : 0.0);
    };
    row("search per keystroke p50 (ms)", m.search.percentile(50), m.naive.percentile(50), "%.2f");
    row("search per keystroke p99 (ms)", m.search.percentile(99), m.naive.percentile(99), "%.2f");
    std::printf("%-36s %14.2f\n", "  customers only p99 (ms)", m.customers.percentile(99));
    std::printf("%-36s %14.2f\n", "  messages only p99 (ms)", m.messages.percentile(99));
    std::printf("%-36s %14lld %14lld\n", "  keystrokes timed", m.keystrokes, m.naive.count());
    std::printf("%-36s %14lld\n", "  keystrokes with hits", m.keystrokesWithHits);
    QList<Measured::Keystroke> slowest = m.slowest;
    std::sort(slowest.begin(), slowest.end(), std::greater<>());
    for (qsizetype i = 0; i < std::min<qsizetype>(kSlowestShown, slowest.size()); ++i)
        std::printf("    slow: %8.2f ms  (customers %6.2f, messages %6.2f)  \"%s\"\n",
                    slowest[i].totalMs, slowest[i].customerMs, slowest[i].messageMs,
                    qPrintable(slowest[i].typed));
    if (m.rows > 0) {
        row("apply (rows/s)", m.oursRowsPerSecond, m.rawRowsPerSecond, "%.0f");
        row("  vs. inserts without full text", m.oursRowsPerSecond, m.rawTablesRowsPerSecond,
            "%.0f");
    } else {
        std::printf("%-36s %14s\n", "apply (rows/s)", "not measured (--reuse)");
    }
    std::printf("%-36s %14.3f\n", "phone lookup p50 (ms)", m.phone.percentile(50));
    std::printf("%-36s %14.3f\n", "phone lookup p99 (ms)", m.phone.percentile(99));
    std::printf("baseline: search = the naive `MATCH ? ORDER BY rank LIMIT 20` in the sqlite3 "
                "shell, customers + messages; apply = a plain loop of prepared INSERTs of the "
                "same rows in one transaction (with their folded text in a plain FTS5 table; "
                "and without it)\n");
    std::printf("store: search_p99_ms=%.2f naive_p99_ms=%.2f apply_rows_per_s=%.0f "
                "apply_ratio=%.2f phone_p99_ms=%.3f\n",
                m.search.percentile(99), m.naive.percentile(99), m.oursRowsPerSecond, ratio,
                m.phone.percentile(99));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app);
    QTemporaryDir temporary;
    const QString dir = options.dir.isEmpty() ? temporary.path() : options.dir;
    const QString oursPath = dir + u"/ours.db"_s;
    const QString rawPath = dir + u"/raw.db"_s;
    if (!options.reuse) {
        for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(oursPath + suffix);
    }

    Measured m;
    bench::QueryMix mix(options.size.customers, options.size.messages, options.samples);
    auto cache = store::Store::open(oursPath);
    if (!cache)
        fail(cache.error().message);
    if (options.reuse) {
        if (options.keystrokes.isEmpty()) // the mix and the phones come from the data
            demodata::DemoDataset(options.size).generate(mix);
    } else {
        say(u"filling the cache through apply()..."_s);
        fillThroughApply(options, *cache, mix, m);
        say(u"filling a second file with plain inserts, with full-text rows..."_s);
        m.rawRowsPerSecond =
            fillThroughRawInserts(options, rawPath, bench::RawInsertSink::FullText::Included);
        say(u"filling a third file with plain inserts, tables only..."_s);
        m.rawTablesRowsPerSecond =
            fillThroughRawInserts(options, rawPath, bench::RawInsertSink::FullText::Excluded);
        for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(rawPath + suffix);
    }

    // As the desktop does once at start-up, before the first keystroke.
    if (auto warm = cache->search().warmUp(); !warm)
        fail(warm.error().message);
    const QStringList keystrokes =
        options.keystrokes.isEmpty() ? mix.keystrokes() : options.keystrokes;
    say(u"searching %1 keystrokes..."_s.arg(keystrokes.size()));
    measureSearch(*cache, keystrokes, m);
    say(u"the naive query in the sqlite3 shell..."_s);
    measureNaive(oursPath, keystrokes, options.naiveKeystrokes, m);
    if (options.keystrokes.isEmpty())
        measurePhoneLookup(*cache, mix.phones(), m);
    printTable(options, m);
    return 0;
}
