// The index kept right as entities change: removal, re-index with new words or a newer
// contact, several changes in one transaction, rollbacks, unflushed changes, merges, a
// catch-up that flushes once at its end, the migration that adds prefix indexes, and a
// randomized run checked against a brute-force model under every plan RankedSearch has.
#include "SearchFixture.h"
#include "StoreTestData.h"
#include "protocol/Limits.h"
#include "store/CatchUpMode.h"
#include "store/SchemaMigrator.h"
#include "store/Store.h"

#include <QRandomGenerator>

#include <algorithm>
#include <map>

using namespace switchboard;
using namespace switchboard::store;
using namespace switchboard::store::searchtest;
using namespace Qt::StringLiterals;

class SearchUpdatesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(f_.open()); }
    void cleanup() { f_.close(); }

    void removedCustomerIsGone();
    void newerContactMovesUp();
    void changedNameReplacesWords();
    void unchangedReindexStagesNothing();
    void severalChangesInOneTransaction();
    void rollbackDropsStagedChanges();
    void searchFlushesWhatWasNotFlushed();
    void warmUpAndGrowth();
    void removedMessageIsGone();
    void movedMessagesFollowTheSurvivor();
    void catchUpFlushesOnItsLastBatch();
    void versionTwoFileGainsPrefixIndexes();
    void randomizedAgainstModel_data();
    void randomizedAgainstModel();

private:
    SearchFixture f_;
};

void SearchUpdatesTest::removedCustomerIsGone()
{
    QVERIFY(f_.indexCustomers({ customer(u"a"_s, u"Zeynep"_s, u"Kara"_s, 10),
        customer(u"b"_s, u"Zeynep"_s, u"Ak"_s, 20) }));
    {
        auto transaction = Transaction::begin(f_.db());
        QVERIFY(transaction);
        QVERIFY(f_.index().removeCustomer(u"b"_s));
        QVERIFY(f_.index().removeCustomer(u"never-indexed"_s));
        QVERIFY(f_.index().flush());
        QVERIFY(transaction->commit());
    }
    QCOMPARE(f_.customerIds(u"zey"_s), QStringList { u"a"_s });
    QCOMPARE(f_.customerIds(u"ak"_s), QStringList());
    QVERIFY(f_.indexCustomers({ customer(u"b"_s, u"Zeynep"_s, u"Ak"_s, 20) }));
    QCOMPARE(f_.customerIds(u"zeynep"_s), (QStringList { u"b"_s, u"a"_s }));
    QVERIFY(f_.ftsIntact());
}

void SearchUpdatesTest::newerContactMovesUp()
{
    QVERIFY(f_.indexCustomers({ customer(u"a"_s, u"Emre"_s, u"Kaya"_s, 10),
        customer(u"b"_s, u"Emre"_s, u"Ak"_s, 20), customer(u"c"_s, u"Emre"_s, u"Can"_s, 30) }));
    QCOMPARE(f_.customerIds(u"emre"_s), (QStringList { u"c"_s, u"b"_s, u"a"_s }));
    QVERIFY(f_.indexCustomers({ customer(u"a"_s, u"Emre"_s, u"Kaya"_s, 40) }));
    QCOMPARE(f_.customerIds(u"emre"_s), (QStringList { u"a"_s, u"c"_s, u"b"_s }));
    QCOMPARE(f_.customerIds(u"em"_s), (QStringList { u"a"_s, u"c"_s, u"b"_s }));
    auto hits = f_.index().searchCustomers(u"kaya"_s);
    QVERIFY(hits);
    QCOMPARE(hits->front().lastContactAt, at(40));
    QVERIFY(f_.ftsIntact());
}

void SearchUpdatesTest::changedNameReplacesWords()
{
    QVERIFY(f_.indexCustomers({ customer(u"a"_s, u"Elif"_s, u"Kaya"_s, 10) }));
    QVERIFY(f_.indexCustomers({ customer(u"a"_s, u"Elif"_s, u"Şahin"_s, 10) })); // same rank
    QCOMPARE(f_.customerIds(u"kaya"_s), QStringList());
    QCOMPARE(f_.customerIds(u"sahin"_s), QStringList { u"a"_s });
    auto hits = f_.index().searchCustomers(u"elif"_s);
    QVERIFY(hits);
    QCOMPARE(hits->front().title, u"Elif Şahin"_s);
    QVERIFY(f_.ftsIntact());
}

void SearchUpdatesTest::unchangedReindexStagesNothing()
{
    const protocol::Customer c = customer(u"a"_s, u"Elif"_s, u"Kaya"_s, 10);
    QVERIFY(f_.indexCustomers({ c }));
    auto transaction = Transaction::begin(f_.db());
    QVERIFY(transaction);
    QVERIFY(f_.index().indexCustomer(c));
    QCOMPARE(f_.count("SELECT count(*) FROM search_customer_pending"), 0);
    QVERIFY(transaction->commit());
}

void SearchUpdatesTest::severalChangesInOneTransaction()
{
    QVERIFY(f_.indexCustomers(
        { customer(u"a"_s, u"Elif"_s, u"Kaya"_s, 10), customer(u"b"_s, u"Deniz"_s, u"Ak"_s, 20) }));
    QVERIFY(f_.indexCustomers({ customer(u"a"_s, u"Elif"_s, u"Demir"_s, 10),
        customer(u"a"_s, u"Elif"_s, u"Yıldız"_s, 10), customer(u"a"_s, u"Elif"_s, u"Yıldız"_s, 50),
        customer(u"c"_s, u"Deniz"_s, u"Can"_s, 30), customer(u"c"_s, u"Deniz"_s, u"Kurt"_s, 5),
        customer(u"b"_s, u"Deniz"_s, u"Ak"_s, 40) }));
    {
        auto transaction = Transaction::begin(f_.db());
        QVERIFY(transaction);
        QVERIFY(f_.index().indexCustomer(customer(u"d"_s, u"Deniz"_s, u"Tan"_s, 60)));
        QVERIFY(f_.index().removeCustomer(u"d"_s)); // never reaches the FTS table
        QVERIFY(f_.index().flush());
        QVERIFY(transaction->commit());
    }
    QCOMPARE(f_.customerIds(u"kaya"_s), QStringList());
    QCOMPARE(f_.customerIds(u"demir"_s), QStringList());
    QCOMPARE(f_.customerIds(u"yildiz"_s), QStringList { u"a"_s });
    QCOMPARE(f_.customerIds(u"deniz"_s), (QStringList { u"b"_s, u"c"_s }));
    QCOMPARE(f_.customerIds(u"can"_s), QStringList());
    QCOMPARE(f_.customerIds(u"tan"_s), QStringList());
    QCOMPARE(f_.count("SELECT count(*) FROM search_customer_pending"), 0);
    QVERIFY(f_.ftsIntact());
}

void SearchUpdatesTest::rollbackDropsStagedChanges()
{
    QVERIFY(f_.indexCustomers({ customer(u"a"_s, u"Elif"_s, u"Kaya"_s, 10) }));
    {
        auto transaction = Transaction::begin(f_.db());
        QVERIFY(transaction);
        QVERIFY(f_.index().indexCustomer(customer(u"b"_s, u"Elif"_s, u"Ak"_s, 20)));
        QVERIFY(f_.index().indexCustomer(customer(u"a"_s, u"Elif"_s, u"Can"_s, 30)));
        QVERIFY(f_.index().removeCustomer(u"a"_s));
        // destroyed without commit: rolled back
    }
    QVERIFY(f_.indexCustomers({ customer(u"c"_s, u"Elif"_s, u"Tan"_s, 40) })); // flushes again
    QCOMPARE(f_.customerIds(u"elif"_s), (QStringList { u"c"_s, u"a"_s }));
    QCOMPARE(f_.customerIds(u"kaya"_s), QStringList { u"a"_s });
    QVERIFY(f_.ftsIntact());
}

void SearchUpdatesTest::searchFlushesWhatWasNotFlushed()
{
    auto transaction = Transaction::begin(f_.db());
    QVERIFY(transaction);
    QVERIFY(f_.index().indexCustomer(customer(u"a"_s, u"Elif"_s, u"Kaya"_s, 10)));
    QCOMPARE(f_.count("SELECT count(*) FROM search_customer_pending"), 1);
    QVERIFY(f_.index().flush());
    QCOMPARE(f_.count("SELECT count(*) FROM search_customer_pending"), 0);
    QCOMPARE(f_.customerIds(u"elif"_s), QStringList { u"a"_s });
    QVERIFY(transaction->commit());

    // Committed without a flush: kept, and flushed by the next search, of any SearchIndex.
    auto second = Transaction::begin(f_.db());
    QVERIFY(second);
    QVERIFY(f_.index().indexCustomer(customer(u"b"_s, u"Elif"_s, u"Ak"_s, 20)));
    QVERIFY(f_.index().indexMessage(message(u"m1"_s, u"b"_s, u"elif here"_s, 20), u"Hi"_s));
    QVERIFY(second->commit());
    QCOMPARE(f_.count("SELECT count(*) FROM search_customer_pending"), 1);
    SearchIndex other(f_.db());
    auto hits = other.searchMessages(u"elif"_s);
    QVERIFY(hits);
    QCOMPARE(idsOf(*hits), QStringList { u"m1"_s });
    QCOMPARE(f_.count("SELECT count(*) FROM search_customer_pending"), 0);
    QCOMPARE(f_.customerIds(u"elif"_s), (QStringList { u"b"_s, u"a"_s }));
    QVERIFY(f_.ftsIntact());
}

void SearchUpdatesTest::warmUpAndGrowth()
{
    // Ready on an empty file; then the table grows past the sample, which is reloaded.
    QVERIFY(f_.index().warmUp());
    QCOMPARE(f_.customerIds(u"elif"_s), QStringList());
    QList<protocol::Customer> many;
    for (int i = 0; i < 300; ++i)
        many.append(customer(u"c%1"_s.arg(i), i % 3 ? u"Elif"_s : u"Ece"_s, u"Kaya"_s, i));
    QVERIFY(f_.indexCustomers(many));
    QVERIFY(f_.index().warmUp());
    QCOMPARE(f_.customerIds(u"elif kaya"_s, 2), (QStringList { u"c299"_s, u"c298"_s }));
    QCOMPARE(f_.customerIds(u"ec"_s, 2), (QStringList { u"c297"_s, u"c294"_s }));
}

void SearchUpdatesTest::removedMessageIsGone()
{
    QVERIFY(f_.indexMessages({ { message(u"m1"_s, u"c1"_s, u"refund please"_s, 10), u"Refund"_s },
        { message(u"m2"_s, u"c1"_s, u"refund again"_s, 20), u"Refund"_s } }));
    auto transaction = Transaction::begin(f_.db());
    QVERIFY(transaction);
    QVERIFY(f_.index().removeMessage(u"m2"_s));
    QVERIFY(f_.index().flush());
    QVERIFY(transaction->commit());
    QCOMPARE(f_.messageIds(u"refund"_s), QStringList { u"m1"_s });
    QCOMPARE(f_.messageIds(u"again"_s), QStringList());
    QVERIFY(f_.ftsIntact());
}

void SearchUpdatesTest::movedMessagesFollowTheSurvivor()
{
    QVERIFY(
        f_.indexMessages({ { message(u"m1"_s, u"a"_s, u"invoice question"_s, 10), u"Invoice"_s },
            { message(u"m2"_s, u"b"_s, u"invoice again"_s, 20), u"Invoice"_s },
            { message(u"m3"_s, u"x"_s, u"invoice other"_s, 30), u"Invoice"_s } }));
    auto transaction = Transaction::begin(f_.db());
    QVERIFY(transaction);
    QVERIFY(f_.index().moveMessages(u"a"_s, u"b"_s));
    QVERIFY(f_.index().moveMessages(u"b"_s, u"c"_s)); // a chain of merges: a -> b -> c
    QVERIFY(f_.index().moveMessages(u"c"_s, u"c"_s));
    QVERIFY(f_.index().flush());
    QVERIFY(transaction->commit());
    auto hits = f_.index().searchMessages(u"invoice"_s);
    QVERIFY(hits);
    QCOMPARE(idsOf(*hits), (QStringList { u"m3"_s, u"m2"_s, u"m1"_s }));
    QCOMPARE(hits->at(0).customerId, u"x"_s);
    QCOMPARE(hits->at(1).customerId, u"c"_s);
    QCOMPARE(hits->at(2).customerId, u"c"_s);
    // Re-indexed under its new customer, a message keeps being found once.
    QVERIFY(f_.indexMessages(
        { { message(u"m1"_s, u"c"_s, u"invoice question"_s, 10), u"Invoice"_s } }));
    QCOMPARE(f_.messageIds(u"question"_s), QStringList { u"m1"_s });
}

void SearchUpdatesTest::catchUpFlushesOnItsLastBatch()
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(u"cache.db"_s));
    QVERIFY(store);
    QList<protocol::Event> full;
    for (qint64 seq = 1; seq <= protocol::kMaxBatchEvents; ++seq)
        full.append(testdata::customerEvent(
            seq, testdata::customer(u"c%1"_s.arg(seq), u"Elif"_s, u"Kaya"_s)));
    QVERIFY(store->apply(testdata::kSpace, full));
    auto staged = store->database().scalar("SELECT count(*) FROM search_customer_pending");
    QCOMPARE(staged.value_or(-1), protocol::kMaxBatchEvents); // committed, not flushed yet
    // A catch-up checkpoints seldom (CatchUpMode); its last batch puts the default back and
    // checkpoints, so the WAL holds nothing the file lacks.
    QCOMPARE(store->database().scalar("PRAGMA wal_autocheckpoint").value_or(-1),
        CatchUpMode::kWalPages);
    const qint64 last = protocol::kMaxBatchEvents + 1;
    QVERIFY(store->apply(testdata::kSpace,
        { testdata::customerEvent(last, testdata::customer(u"last"_s, u"Deniz"_s, u"Ak"_s)) }));
    QCOMPARE(store->database().scalar("PRAGMA wal_autocheckpoint").value_or(-1),
        CatchUpMode::kEverydayWalPages);
    QCOMPARE(store->database().scalar("PRAGMA mmap_size").value_or(-1), 0);
    QCOMPARE(
        store->database().scalar("SELECT count(*) FROM search_customer_pending").value_or(-1), 0);
    QCOMPARE(idsOf(store->search().searchCustomers(u"deniz"_s).value()), QStringList { u"last"_s });
    QCOMPARE(store->search().searchCustomers(u"elif"_s, SearchIndex::kMaxLimit)->size(),
        SearchIndex::kMaxLimit);
}

void SearchUpdatesTest::versionTwoFileGainsPrefixIndexes()
{
    // A cache as version 2 left it: FTS tables without prefix indexes, holding rows, and
    // changes committed but not flushed.
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"cache.db"_s));
    QVERIFY(db);
    QVERIFY(SchemaMigrator(*db).migrate(2));
    for (const char* table : { "search_customer_fts", "search_message_fts" }) {
        const QByteArray sql = "DROP TABLE " + QByteArray(table) + "; CREATE VIRTUAL TABLE " + table
            + " USING fts5(terms, content='', detail=none, columnsize=0,"
              " tokenize='unicode61 remove_diacritics 2')";
        QVERIFY(db->exec(sql.constData()));
    }
    {
        SearchIndex index(*db);
        auto written = Transaction::begin(*db);
        QVERIFY(written);
        QVERIFY(index.indexCustomer(customer(u"a"_s, u"Elif"_s, u"Kaya"_s, 10)));
        QVERIFY(index.indexCustomer(customer(u"b"_s, u"Deniz"_s, u"Ak"_s, 20)));
        QVERIFY(index.indexMessage(message(u"m1"_s, u"a"_s, u"kargo gecikti"_s, 15), u"Kargo"_s));
        QVERIFY(index.flush() && written->commit());
        auto unflushed = Transaction::begin(*db);
        QVERIFY(unflushed);
        QVERIFY(index.indexCustomer(customer(u"c"_s, u"Elif"_s, u"Öztürk"_s, 30)));
        QVERIFY(index.removeCustomer(u"b"_s));
        QVERIFY(unflushed->commit());
    }
    QVERIFY(SchemaMigrator(*db).migrate(3));
    QCOMPARE(db->userVersion().value(), 3);
    QCOMPARE(db->scalar("SELECT count(*) FROM sqlite_master WHERE name LIKE 'search_%_fts'"
                        " AND sql LIKE '%prefix=''2 3''%'")
                 .value_or(-1),
        2);
    QCOMPARE(db->scalar("SELECT count(*) FROM search_customer_pending").value_or(-1), 0);
    SearchIndex index(*db);
    QCOMPARE(idsOf(index.searchCustomers(u"elif"_s).value()), (QStringList { u"c"_s, u"a"_s }));
    QCOMPARE(idsOf(index.searchCustomers(u"oz"_s).value()), QStringList { u"c"_s });
    QCOMPARE(idsOf(index.searchCustomers(u"deniz"_s).value()), QStringList());
    QCOMPARE(idsOf(index.searchMessages(u"kar"_s).value()), QStringList { u"m1"_s });
    QVERIFY(
        db->exec("INSERT INTO search_customer_fts(search_customer_fts) VALUES('integrity-check');"
                 "INSERT INTO search_message_fts(search_message_fts) VALUES('integrity-check');"));
}

void SearchUpdatesTest::randomizedAgainstModel_data()
{
    // Every plan must find the same rows: the tunings force each path of RankedSearch.
    QTest::addColumn<qint64>("commonRows");
    QTest::addColumn<int>("scanCap");
    QTest::addColumn<int>("probeRows");
    QTest::addColumn<double>("mergeCostPerRow");
    QTest::addColumn<int>("maxExpandedWords");
    QTest::addColumn<qint64>("ftsPrefixRows");
    const RankedSearch::Tuning defaults;
    QTest::newRow("default") << defaults.commonRows << defaults.scanCap << defaults.probeRows
                             << defaults.mergeCostPerRow << defaults.maxExpandedWords
                             << defaults.ftsPrefixRows;
    QTest::newRow("FTS5 only") << qint64(1000000) << 0 << 0 << 0.0 << 0 << qint64(1000000);
    QTest::newRow("FTS5 only, long prefixes listed")
        << qint64(1000000) << 0 << 0 << 0.0 << 64 << qint64(1000000);
    QTest::newRow("mixed, FTS5 at once") << qint64(1) << 0 << 0 << 0.0 << 0 << qint64(1);
    QTest::newRow("mixed, FTS5 at once, long prefixes listed")
        << qint64(1) << 0 << 0 << 0.0 << 64 << qint64(1);
    QTest::newRow("mixed, long prefixes listed, one word at most")
        << qint64(1) << 0 << 0 << 0.0 << 1 << qint64(1);
    QTest::newRow("every word common, prefixes scanned")
        << qint64(-1) << 1000000 << 1000000 << 1e9 << 64 << qint64(-1);
    QTest::newRow("mixed, prefixes scanned")
        << qint64(3) << 1000000 << 1000000 << 1e9 << 64 << qint64(3);
    QTest::newRow("mixed, scans cut short") << qint64(3) << 2 << 2 << 1e9 << 64 << qint64(3);
    QTest::newRow("mixed, one row per scan") << qint64(3) << 1 << 1 << 1.0 << 64 << qint64(3);
    QTest::newRow("mixed, probe then merge") << qint64(3) << 5 << 3 << 0.5 << 0 << qint64(3);
    QTest::newRow("mixed, probe then list") << qint64(3) << 5 << 3 << 0.5 << 64 << qint64(3);
    QTest::newRow("mixed, common indexed prefixes to FTS5")
        << qint64(3) << 1000000 << 1000000 << 1e9 << 64 << qint64(1000000);
}

void SearchUpdatesTest::randomizedAgainstModel()
{
    QFETCH(qint64, commonRows);
    QFETCH(int, scanCap);
    QFETCH(int, probeRows);
    QFETCH(double, mergeCostPerRow);
    QFETCH(int, maxExpandedWords);
    QFETCH(qint64, ftsPrefixRows);
    // Random index/update/remove over many transactions, some rolled back, then every
    // query checked against a brute-force ranking of the model. Times are distinct, so the
    // expected order is exact.
    const QStringList firsts { u"Ali"_s, u"Alican"_s, u"Ayşe"_s, u"Aylin"_s, u"Işık"_s, u"Ismail"_s,
        u"Νίκος"_s, u"Νικόλαος"_s };
    const QStringList lasts { u"Kaya"_s, u"Kayalar"_s, u"Öztürk"_s, u"Özdemir"_s, u"Ιωάννου"_s,
        u"Ιωαννίδης"_s };
    struct Row {
        QString first, last;
        qint64 minute;
    };
    std::map<QString, Row> model;
    QRandomGenerator random(20261120);
    qint64 nextMinute = 1;
    for (int round = 0; round < 60; ++round) {
        const bool rollBack = random.bounded(6) == 0;
        std::map<QString, Row> next = model;
        auto transaction = Transaction::begin(f_.db());
        QVERIFY(transaction);
        const int operations = 1 + int(random.bounded(25));
        for (int op = 0; op < operations; ++op) {
            const QString id = u"c%1"_s.arg(random.bounded(60));
            if (random.bounded(5) == 0) {
                QVERIFY(f_.index().removeCustomer(id));
                next.erase(id);
                continue;
            }
            Row row { firsts.at(random.bounded(firsts.size())),
                lasts.at(random.bounded(lasts.size())),
                nextMinute++ * (random.bounded(3) == 0 ? -1 : 1) };
            if (auto found = next.find(id); found != next.end() && random.bounded(2) == 0)
                row.minute = found->second.minute; // same rank, new words
            QVERIFY(f_.index().indexCustomer(customer(id, row.first, row.last, row.minute)));
            next[id] = row;
        }
        if (rollBack)
            continue; // the transaction rolls back as it goes out of scope
        QVERIFY(f_.index().flush());
        QVERIFY(transaction->commit());
        model = std::move(next);
        if (random.bounded(4) == 0)
            f_.reopenIndex(); // no state may live only in the object
    }
    QVERIFY(f_.ftsIntact());
    QCOMPARE(f_.count("SELECT count(*) FROM search_customer"), qint64(model.size()));
    RankedSearch::Tuning tuning;
    tuning.commonRows = commonRows;
    tuning.scanCap = scanCap;
    tuning.probeRows = probeRows;
    tuning.mergeCostPerRow = mergeCostPerRow;
    tuning.maxExpandedWords = maxExpandedWords;
    tuning.expandCostPerRow = mergeCostPerRow / 10;
    tuning.ftsPrefixRows = ftsPrefixRows;
    f_.reopenIndex(tuning);

    const QStringList queries { u"a"_s, u"al"_s, u"ali"_s, u"ay"_s, u"is"_s, u"isik"_s, u"kaya"_s,
        u"kay"_s, u"oz"_s, u"ozturk"_s, u"νικ"_s, u"ιωανν"_s, u"ali kay"_s, u"kaya a"_s,
        u"ιωαννου ν"_s, u"ali "_s, u"zz"_s, u"ali kaya"_s, u"kaya ali"_s, u"alican kayalar "_s,
        u"ayse ozt"_s, u"isik ι"_s, u"kaya ali al"_s, u"nikos ιωαννιδ"_s, u"kayal"_s,
        u"ali kayal"_s, u"alica"_s, u"kaya alica"_s, u"ozdem"_s, u"kayala"_s, u"ayse kaya"_s,
        u"zzzz"_s, u"ali zzzz"_s, u"ismai"_s, u"νικολ"_s, u"ιωαννο"_s };
    for (const QString& query : queries) {
        const QStringList words = foldedWords(query);
        const bool typing = !query.endsWith(u' ');
        QList<std::pair<qint64, QString>> exact, prefix;
        for (const auto& [id, row] : model) {
            const QStringList rowWords = foldedWords(row.first + u' ' + row.last);
            bool leadingMatch = true;
            for (qsizetype w = 0; w + 1 < words.size(); ++w)
                leadingMatch = leadingMatch && rowWords.contains(words.at(w));
            if (!leadingMatch)
                continue;
            if (rowWords.contains(words.back()))
                exact.append({ row.minute, id });
            else if (typing && std::any_of(rowWords.begin(), rowWords.end(), [&](const QString& w) {
                         return w.startsWith(words.back());
                     }))
                prefix.append({ row.minute, id });
        }
        std::sort(exact.begin(), exact.end(), std::greater<>());
        std::sort(prefix.begin(), prefix.end(), std::greater<>());
        QStringList expected;
        for (const auto& hit : exact + prefix)
            expected.append(hit.second);
        QCOMPARE(f_.customerIds(query, SearchIndex::kMaxLimit), expected);
        QCOMPARE(f_.customerIds(query, 3), expected.mid(0, 3));
    }
}

QTEST_GUILESS_MAIN(SearchUpdatesTest)
#include "tst_searchupdates.moc"
