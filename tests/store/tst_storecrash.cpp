// Crash safety, for real: a child process (this binary, re-run with --crash-child) applies
// batches of events and makes, rejects and acknowledges commands as fast as it can, and is
// killed with SIGKILL at a random moment, forty times over the same file. After every kill
// the file must be sound (PRAGMA integrity_check), hold exactly the data its cursor says
// it holds, and keep every pending command readable, in order, with its optimistic effect
// showing and its before-image able to bring back the server's state.
//
// Event k of the stream is known without the file: by k % 4 it upserts customer
// c[(k/4) % 20], upserts conversation con[(k/4) % 10], or adds message m<k>. So for
// cursor N the server state is computed by replaying 1..N here, and the cache must equal
// it plus the pending commands' effects in order.
#include "StoreTestData.h"

#include "protocol/JsonReader.h"
#include "store/ConversationRepository.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"
#include "store/MessageRepository.h"
#include "store/Store.h"

#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cstdio>

using namespace switchboard;
using namespace switchboard::store;
using namespace switchboard::store::testdata;
using namespace Qt::StringLiterals;
namespace CommandType = protocol::CommandType;
using protocol::Command;

namespace {

constexpr int kRounds = 40;
constexpr int kCustomers = 20;
constexpr int kConversations = 10;
constexpr int kMaxPending = 12;
constexpr auto kChildFlag = "--crash-child"_L1;

QString customerId(qint64 slot) { return u"c%1"_s.arg(slot % kCustomers); }
QString conversationId(qint64 slot) { return u"con%1"_s.arg(slot % kConversations); }

protocol::Customer customerAt(qint64 k)
{
    const qint64 slot = (k / 4) % kCustomers;
    auto c = customer(customerId(slot), u"F%1"_s.arg(slot), u"v%1"_s.arg(k),
                      u"+9053200%1"_s.arg(slot, 5, 10, QChar(u'0')));
    c.revision = k;
    return c;
}

protocol::Conversation conversationAt(qint64 k)
{
    const qint64 slot = (k / 4) % kConversations;
    auto c = conversation(conversationId(slot), customerId(slot), u"s%1"_s.arg(k));
    c.status = static_cast<protocol::ConversationStatus>(k % 3);
    c.priority = static_cast<protocol::Priority>(k % 4);
    c.tags = {u"t%1"_s.arg(k % 5)};
    c.updatedAt = at(k);
    c.revision = k;
    return c;
}

protocol::Event eventAt(qint64 k)
{
    switch (k % 4) {
    case 1: return customerEvent(k, customerAt(k));
    case 2: return conversationEvent(k, conversationAt(k));
    default: {
        const qint64 slot = (k / 4) % kConversations;
        return messageEvent(k, message(u"m%1"_s.arg(k), conversationId(slot), customerId(slot),
                                       u"b%1"_s.arg(k), k));
    }
    }
}

// The command ids carry the order they were made in, so the parent can check it.
QUuid commandId(quint32 counter)
{
    return QUuid(counter, 0x5b0a, 0x4c3d, 0x80, 0, 0, 0, 0, 0, 0, 1);
}

// What the cache must hold: the server's state for a cursor, then pending effects.
struct Expected {
    QMap<QString, protocol::Customer> customers;
    QMap<QString, protocol::Conversation> conversations;
    qint64 serverMessages = 0;
    QMap<QString, QString> localMessages; // message id -> body

    static Expected serverAt(qint64 cursor)
    {
        Expected e;
        for (qint64 k = 1; k <= cursor; ++k) {
            if (k % 4 == 1)
                e.customers.insert(customerAt(k).id, customerAt(k));
            else if (k % 4 == 2)
                e.conversations.insert(conversationAt(k).id, conversationAt(k));
            else
                ++e.serverMessages;
        }
        return e;
    }

    void applyEffect(const Command& c)
    {
        const QJsonObject& p = c.payload;
        const QString id = p.value("conversationId"_L1).toString();
        if (c.type == CommandType::AddTag) {
            if (!conversations[id].tags.contains(p.value("tag"_L1).toString()))
                conversations[id].tags.append(p.value("tag"_L1).toString());
        } else if (c.type == CommandType::SetStatus) {
            conversations[id].status = *protocol::fromWireName<protocol::ConversationStatus>(
                p.value("status"_L1).toString());
        } else if (c.type == CommandType::SetPriority) {
            conversations[id].priority =
                *protocol::fromWireName<protocol::Priority>(p.value("priority"_L1).toString());
        } else if (c.type == CommandType::SendMessage) {
            localMessages.insert(p.value("messageId"_L1).toString(), p.value("body"_L1).toString());
        } else if (c.type == CommandType::UpdateCustomer) {
            customers[p.value("customerId"_L1).toString()].notes =
                p.value("fields"_L1).toObject().value("notes"_L1).toString();
        }
    }
};

// ---- the child -----------------------------------------------------------------------

int fail(const QString& what)
{
    std::fprintf(stderr, "child: %s\n", qPrintable(what));
    return 2;
}

Command randomCommand(QRandomGenerator& random, quint32 counter)
{
    const QString conv = conversationId(random.bounded(kConversations));
    QJsonObject payload{{"conversationId"_L1, conv}};
    QLatin1StringView type;
    switch (random.bounded(6)) {
    case 0:
        type = CommandType::AddTag;
        payload.insert("tag"_L1, u"n%1"_s.arg(counter % 7));
        break;
    case 1:
        type = CommandType::SetStatus;
        payload.insert("status"_L1, protocol::wireName(static_cast<protocol::ConversationStatus>(
                                        random.bounded(4))));
        break;
    case 2:
        type = CommandType::SetPriority;
        payload.insert("priority"_L1,
                       protocol::wireName(static_cast<protocol::Priority>(random.bounded(4))));
        break;
    case 3:
        type = CommandType::SendMessage;
        payload.insert("channel"_L1, u"chat"_s);
        payload.insert("body"_L1, u"local %1"_s.arg(counter));
        payload.insert("messageId"_L1, u"local-%1"_s.arg(counter));
        break;
    case 4:
        type = CommandType::UpdateCustomer;
        payload = {{"customerId"_L1, customerId(random.bounded(kCustomers))},
                   {"fields"_L1, QJsonObject{{"notes"_L1, u"note %1"_s.arg(counter)}}}};
        break;
    default:
        type = CommandType::SetPresence;
        payload = {{"presence"_L1, u"away"_s}};
        break;
    }
    Command command{commandId(counter), QString(type), payload, std::nullopt};
    return command;
}

int runChild(const QString& path, quint32 seed)
{
    QRandomGenerator random(seed);
    auto opened = Store::open(path);
    if (!opened)
        return fail(opened.error().message);
    Store& store = *opened;
    auto pending = store.pending();
    if (!pending)
        return fail(pending.error().message);
    quint32 counter = 1;
    for (const Command& c : *pending)
        counter = std::max(counter, c.id.data1 + 1);
    std::fputs("ready\n", stdout);
    std::fflush(stdout);

    for (;;) {
        auto cursor = store.cursor(kSpace);
        if (!cursor)
            return fail(cursor.error().message);
        QList<protocol::Event> batch;
        // Some batches are live-sized, some catch-up sized (decoded on a worker thread).
        const int size = 1 + random.bounded(random.bounded(3) == 0 ? 200 : 30);
        for (qint64 k = *cursor + 1; k <= *cursor + size; ++k)
            batch.append(eventAt(k));
        if (auto applied = store.apply(kSpace, batch); !applied)
            return fail(applied.error().message);

        const int actions = random.bounded(3);
        for (int i = 0; i < actions; ++i) {
            auto queued = store.enqueue(randomCommand(random, counter++));
            if (!queued && queued.error().kind != StoreErrorKind::NotFound)
                return fail(queued.error().message);
        }
        pending = store.pending();
        if (!pending)
            return fail(pending.error().message);
        // The "server" answers: presence is acknowledged, and when too much waits, the
        // oldest or a random command is rejected.
        for (const Command& c : *pending) {
            if (c.type == CommandType::SetPresence) {
                if (auto done = store.acknowledge(c.id); !done)
                    return fail(done.error().message);
            }
        }
        if (pending->size() > kMaxPending || random.bounded(4) == 0) {
            if (!pending->isEmpty()) {
                const Command& victim = random.bounded(2) ? pending->first()
                                                          : pending->at(random.bounded(
                                                              static_cast<int>(pending->size())));
                if (victim.type != CommandType::SetPresence) {
                    if (auto done = store.reject(victim.id); !done)
                        return fail(done.error().message);
                }
            }
        }
    }
}

} // namespace

// ---- the parent ----------------------------------------------------------------------

class TestStoreCrash : public QObject {
    Q_OBJECT

    // Checks the cache against the server state for its cursor plus the pending commands;
    // returns the cursor, or -1 after a failed check.
    static void checkConsistent(Store& store, qint64& cursorOut, int& pendingOut)
    {
        auto cursor = store.cursor(kSpace);
        QVERIFY(cursor);
        cursorOut = *cursor;
        auto pending = store.pending();
        QVERIFY2(pending, qPrintable(pending ? QString() : pending.error().message));
        pendingOut = static_cast<int>(pending->size());

        Expected expected = Expected::serverAt(*cursor);
        quint32 previous = 0;
        for (const Command& c : *pending) {
            QVERIFY2(c.id.data1 > previous, "pending commands out of order");
            previous = c.id.data1;
            QVERIFY(protocol::CommandType::isKnown(c.type));
            expected.applyEffect(c);
        }
        for (int i = 0; i < kConversations; ++i) {
            const QString id = conversationId(i);
            auto found = store.conversations().find(id);
            QVERIFY(found);
            QCOMPARE(found->has_value(), expected.conversations.contains(id));
            if (*found)
                QCOMPARE(**found, expected.conversations.value(id));
        }
        for (int i = 0; i < kCustomers; ++i) {
            const QString id = customerId(i);
            auto found = store.customers().find(id);
            QVERIFY(found);
            QCOMPARE(found->has_value(), expected.customers.contains(id));
            if (*found)
                QCOMPARE(**found, expected.customers.value(id));
        }
        QCOMPARE(store.messages().count().value(),
                 expected.serverMessages + expected.localMessages.size());
        for (auto it = expected.localMessages.begin(); it != expected.localMessages.end(); ++it) {
            auto found = store.messages().find(it.key());
            QVERIFY(found && *found);
            QCOMPARE((*found)->body, it.value());
        }
        for (qint64 k = *cursor + 1; k <= *cursor + 4; ++k)
            QVERIFY(!store.messages().exists(u"m%1"_s.arg(k)).value());
    }

    static bool copyDatabase(const QString& from, const QString& to)
    {
        for (const QString& suffix : {QString(), u"-wal"_s}) {
            QFile::remove(to + suffix);
            if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void killedMidWorkLeavesASoundConsistentFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"cache.db"_s);
        const QString copy = dir.filePath(u"restore-check.db"_s);
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);

        qint64 lastCursor = 0;
        int roundsWithPending = 0;
        int roundsWithProgress = 0;
        for (int round = 0; round < kRounds; ++round) {
            QProcess child;
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start(QCoreApplication::applicationFilePath(),
                        {QString(kChildFlag), path, QString::number(random.generate())});
            QVERIFY(child.waitForStarted());
            // Most rounds kill during the work; some during start-up and migration.
            if (random.bounded(4) != 0) {
                QVERIFY2(child.waitForReadyRead(5000),
                         qPrintable(QString::fromUtf8(child.readAllStandardError())));
            }
            QThread::msleep(5 + random.bounded(76));
            QVERIFY2(child.state() == QProcess::Running,
                     qPrintable(u"child stopped by itself: "_s
                                + QString::fromUtf8(child.readAllStandardError())));
            child.kill();
            QVERIFY(child.waitForFinished(5000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            {
                auto db = Database::open(path);
                QVERIFY(db);
                QCOMPARE(db->integrityCheck().value(), u"ok"_s);
            }
            auto store = Store::open(path);
            QVERIFY2(store, qPrintable(store ? QString() : store.error().message));
            qint64 cursor = -1;
            int pending = 0;
            checkConsistent(*store, cursor, pending);
            if (QTest::currentTestFailed()) {
                qWarning("round %d, cursor %lld, seed %u", round, cursor, seed);
                return;
            }
            QVERIFY2(cursor >= lastCursor, "a committed batch was lost");
            roundsWithProgress += cursor > lastCursor ? 1 : 0;
            lastCursor = cursor;
            roundsWithPending += pending > 0 ? 1 : 0;

            // Every before-image restores: on a copy, reject all pending commands and the
            // server's state for the cursor must be back exactly.
            QVERIFY(copyDatabase(path, copy));
            auto restored = Store::open(copy);
            QVERIFY(restored);
            const auto commands = restored->pending().value();
            for (qsizetype i = commands.size() - 1; i >= 0; --i) {
                auto rejected = restored->reject(commands.at(i).id);
                QVERIFY2(rejected, qPrintable(rejected ? QString() : rejected.error().message));
            }
            qint64 restoredCursor = -1;
            int left = -1;
            checkConsistent(*restored, restoredCursor, left);
            QCOMPARE(left, 0);
            QCOMPARE(restoredCursor, cursor);
            QCOMPARE(restored->database().integrityCheck().value(), u"ok"_s);
        }
        qInfo("final cursor %lld, rounds with progress %d, with pending commands %d", lastCursor,
              roundsWithProgress, roundsWithPending);
        // The test means something only if the children got work done before dying (kept
        // modest: a loaded machine or a sanitizer build runs the children slowly).
        QVERIFY(roundsWithProgress >= kRounds / 4);
        QVERIFY(roundsWithPending >= kRounds / 4);
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == kChildFlag)
        return runChild(args.at(2), args.at(3).toUInt());
    TestStoreCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storecrash.moc"
