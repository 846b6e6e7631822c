// switchboard-demo-data: writes a deterministic demo data set, either as the JSON Lines event
// stream the server and the store apply, or as customer CSV for the server's import.
//
//   switchboard-demo-data --customers 1000 --messages 5000 --seed 1 --format events -o demo.jsonl
//
// A file is written through QSaveFile, so a failed run never leaves half a file behind.
#include "demodata/CountingSink.h"
#include "demodata/CustomerCsvWriter.h"
#include "demodata/DemoDataset.h"
#include "demodata/EventJsonLinesSink.h"
#include "protocol/Limits.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <cstdio>
#include <memory>
#include <optional>

using namespace switchboard;
using namespace switchboard::demodata;
using namespace Qt::StringLiterals;

namespace {

constexpr int kExitUsage = 2; // bad arguments, as most command-line tools report them
constexpr int kExitFailure = 1;

void printError(const QString& message) {
    std::fprintf(stderr, "switchboard-demo-data: %s\n", qUtf8Printable(message));
}

// A whole number in [min, max], or an error naming the option.
std::optional<qint64> parseNumber(const QCommandLineParser& parser, const QString& option,
                                  qint64 min, qint64 max, QString* error) {
    const QString text = parser.value(option);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max) {
        *error = u"--%1 must be a whole number between %2 and %3, not \"%4\""_s.arg(option)
                     .arg(min)
                     .arg(max)
                     .arg(text);
        return std::nullopt;
    }
    return value;
}

struct Options {
    DatasetSize size;
    bool csv = false;
    QString output; // "-" is stdout
    qint64 firstSeq = 1;
};

std::optional<Options> parseOptions(const QCoreApplication& app, QString* error) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Writes a deterministic Switchboard demo data set: JSON Lines events (one "
        u"Event per line, ready to apply) or customers as CSV."_s);
    const QCommandLineOption help = parser.addHelpOption();
    parser.addOptions({
        {u"customers"_s, u"Number of customers (default 1000)."_s, u"N"_s, u"1000"_s},
        {u"messages"_s, u"Number of messages in total (default 5000)."_s, u"M"_s, u"5000"_s},
        {u"seed"_s, u"Seed; the same seed and sizes give the same output (default 1)."_s, u"S"_s,
         u"1"_s},
        {u"format"_s, u"Output format: events or csv (default events)."_s, u"FORMAT"_s,
         u"events"_s},
        {{u"o"_s, u"output"_s},
         u"Output file; - for standard output (default)."_s,
         u"FILE"_s,
         u"-"_s},
        {u"first-seq"_s, u"Sequence number of the first event (default 1)."_s, u"SEQ"_s, u"1"_s},
        {u"reference"_s, u"The data set's \"now\", ISO 8601 UTC (default 2026-11-24T09:00:00Z)."_s,
         u"TIME"_s},
    });
    // parse() rather than process(), so an unknown option exits like every other bad argument.
    if (!parser.parse(app.arguments())) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(help))
        parser.showHelp(0);

    if (!parser.positionalArguments().isEmpty()) {
        *error = u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().first());
        return std::nullopt;
    }
    Options options;
    const auto customers = parseNumber(parser, u"customers"_s, 0, DatasetSize::kMaxCount, error);
    if (!customers)
        return std::nullopt;
    const auto messages = parseNumber(parser, u"messages"_s, 0, DatasetSize::kMaxCount, error);
    if (!messages)
        return std::nullopt;
    const auto firstSeq = parseNumber(parser, u"first-seq"_s, 1, protocol::kMaxCounter, error);
    if (!firstSeq)
        return std::nullopt;
    bool seedOk = false;
    const QString seedText = parser.value(u"seed"_s);
    options.size.seed = seedText.toULongLong(&seedOk);
    if (!seedOk || seedText.startsWith(u'-')) {
        *error = u"--seed must be a whole number from 0 to 18446744073709551615, not \"%1\""_s.arg(
            seedText);
        return std::nullopt;
    }
    options.size.customers = *customers;
    options.size.messages = *messages;
    options.firstSeq = *firstSeq;

    if (parser.isSet(u"reference"_s)) {
        const QString text = parser.value(u"reference"_s);
        const QDateTime reference = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!reference.isValid() || reference.timeSpec() == Qt::LocalTime) {
            *error = u"--reference must be an ISO 8601 instant with a zone, such as "
                     u"2026-11-24T09:00:00Z, not \"%1\""_s.arg(text);
            return std::nullopt;
        }
        options.size.reference = reference.toUTC();
    }

    const QString format = parser.value(u"format"_s);
    if (format != u"events" && format != u"csv") {
        *error = u"unknown --format \"%1\"; use events or csv"_s.arg(format);
        return std::nullopt;
    }
    options.csv = format == u"csv";
    options.output = parser.value(u"output"_s);

    if (const QString problem = options.size.validationError(); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return options;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"switchboard-demo-data"_s);

    QString error;
    const std::optional<Options> options = parseOptions(app, &error);
    if (!options) {
        printError(error);
        return kExitUsage;
    }

    std::unique_ptr<QFileDevice> device;
    if (options->output == u"-") {
        auto out = std::make_unique<QFile>();
        if (!out->open(stdout, QIODevice::WriteOnly)) {
            printError(u"cannot write to standard output: %1"_s.arg(out->errorString()));
            return kExitFailure;
        }
        device = std::move(out);
    } else {
        auto out = std::make_unique<QSaveFile>(options->output);
        if (!out->open(QIODevice::WriteOnly)) {
            printError(u"cannot write %1: %2"_s.arg(options->output, out->errorString()));
            return kExitFailure;
        }
        device = std::move(out);
    }

    QElapsedTimer timer;
    timer.start();
    const DemoDataset dataset(options->size);
    EntityCounts counts;
    bool written = false;
    QString writeError;
    if (options->csv) {
        CustomerCsvWriter writer(*device);
        CountingSink counter(&writer);
        dataset.generate(counter);
        counts = counter.counts();
        written = writer.flush();
        writeError = writer.errorString();
    } else {
        EventJsonLinesSink writer(*device, options->firstSeq);
        CountingSink counter(&writer);
        dataset.generate(counter);
        counts = counter.counts();
        written = writer.finish();
        writeError = writer.errorString();
    }

    if (auto* saveFile = dynamic_cast<QSaveFile*>(device.get())) {
        if (!written) {
            saveFile->cancelWriting();
        } else if (!saveFile->commit()) {
            written = false;
            writeError = saveFile->errorString();
        }
    } else if (written && !device->flush()) {
        written = false;
        writeError = device->errorString();
    }
    if (!written) {
        printError(u"cannot write %1: %2"_s.arg(options->output, writeError));
        return kExitFailure;
    }

    std::fprintf(stderr,
                 "switchboard-demo-data: %lld customers, %lld orders, %lld conversations, "
                 "%lld messages, %lld feedback, %lld tags, %lld queues, %lld agents "
                 "(%lld %s) in %.2f s\n",
                 counts.customers, counts.orders, counts.conversations, counts.messages,
                 counts.feedback, counts.tags, counts.queues, counts.agents,
                 options->csv ? counts.customers : counts.total(), options->csv ? "rows" : "events",
                 double(timer.nsecsElapsed()) / 1e9);
    return 0;
}
