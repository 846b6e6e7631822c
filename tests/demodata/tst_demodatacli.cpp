// switchboard-demo-data as a user runs it: the data set lands in the file asked for, the
// same seed gives the same bytes, and bad arguments or an unwritable file give a clear
// message, a non-zero exit and no output file.
#include "protocol/Event.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace switchboard;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runTool(const QStringList& arguments) {
    QProcess process;
    process.start(QStringLiteral(SWITCHBOARD_DEMO_DATA_TOOL), arguments);
    if (!process.waitForFinished(60'000))
        qFatal("switchboard-demo-data did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

class DemoDataCliTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }
    void writesEventsToAFile();
    void sameSeedSameBytes();
    void writesCsvToStandardOutput();
    void badArgumentsFail_data();
    void badArgumentsFail();
    void unwritableFileFails();

private:
    QTemporaryDir dir_;
};

void DemoDataCliTest::writesEventsToAFile() {
    const QString path = dir_.filePath(u"events.jsonl"_s);
    const Run run = runTool({u"--customers"_s, u"50"_s, u"--messages"_s, u"120"_s, u"--seed"_s,
                             u"3"_s, u"--format"_s, u"events"_s, u"--output"_s, path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(u"50 customers"_s) && run.err.contains(u"120 messages"_s),
             qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1); // a one-line summary

    const QList<QByteArray> lines = readFile(path).trimmed().split('\n');
    qint64 customers = 0;
    qint64 messages = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto event = protocol::Event::fromJson(QJsonDocument::fromJson(lines[i]).object());
        QVERIFY2(event.has_value(), lines[i].constData());
        QCOMPARE(event->seq, i + 1);
        customers += event->type == protocol::EventType::CustomerUpserted ? 1 : 0;
        messages += event->type == protocol::EventType::MessageAdded ? 1 : 0;
    }
    QCOMPARE(customers, 50);
    QCOMPARE(messages, 120);
    QVERIFY(run.err.contains(u"(%1 events)"_s.arg(lines.size())));
}

void DemoDataCliTest::sameSeedSameBytes() {
    const auto generate = [this](const QString& name, const QString& seed) {
        const QString path = dir_.filePath(name);
        const Run run = runTool({u"--customers"_s, u"200"_s, u"--messages"_s, u"600"_s, u"--seed"_s,
                                 seed, u"-o"_s, path});
        return run.exitCode == 0 ? readFile(path) : QByteArray();
    };
    const QByteArray first = generate(u"a.jsonl"_s, u"9"_s);
    QVERIFY(!first.isEmpty());
    QCOMPARE(generate(u"b.jsonl"_s, u"9"_s), first);
    QVERIFY(generate(u"c.jsonl"_s, u"10"_s) != first);
}

void DemoDataCliTest::writesCsvToStandardOutput() {
    const Run run =
        runTool({u"--customers"_s, u"25"_s, u"--messages"_s, u"0"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("id,first_name,last_name,phone,email,company,language,segment\r\n"));
    QCOMPARE(run.out.count("\r\n"), 26);
    QVERIFY(run.out.contains("cus-000025,"));
}

void DemoDataCliTest::badArgumentsFail_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("complaint");
    QTest::newRow("negative customers")
        << QStringList{u"--customers"_s, u"-5"_s} << u"--customers"_s;
    QTest::newRow("messages not a number")
        << QStringList{u"--messages"_s, u"lots"_s} << u"--messages"_s;
    QTest::newRow("negative seed") << QStringList{u"--seed"_s, u"-1"_s} << u"--seed"_s;
    QTest::newRow("unknown format") << QStringList{u"--format"_s, u"xml"_s} << u"xml"_s;
    QTest::newRow("messages without customers")
        << QStringList{u"--customers"_s, u"0"_s, u"--messages"_s, u"10"_s} << u"customer"_s;
    QTest::newRow("reference without zone")
        << QStringList{u"--reference"_s, u"2026-01-01T00:00:00"_s} << u"--reference"_s;
    QTest::newRow("stray argument") << QStringList{u"1000"_s} << u"1000"_s;
    QTest::newRow("unknown option") << QStringList{u"--colour"_s} << u"colour"_s;
}

void DemoDataCliTest::badArgumentsFail() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, complaint);
    const QString path = dir_.filePath(u"never.jsonl"_s);
    const Run run = runTool(arguments + QStringList{u"--output"_s, path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(u"switchboard-demo-data: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(complaint), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void DemoDataCliTest::unwritableFileFails() {
    const QString path = dir_.filePath(u"no/such/folder/out.jsonl"_s);
    const Run run = runTool({u"--customers"_s, u"5"_s, u"--messages"_s, u"5"_s, u"-o"_s, path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"cannot write"_s) && run.err.contains(path), qPrintable(run.err));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(DemoDataCliTest)
#include "tst_demodatacli.moc"
