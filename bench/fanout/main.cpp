// bench/fanout: how fast switchboard-server gets one change to many desktops. One process
// opens N sync clients and an injector against the server, injects changes at a rising
// rate and measures delivery latency; the same clients and the same frames then go to a
// plain broadcast server on node's `ws` package, the baseline. The highest rate "held" is
// the highest at which every delivery arrived and p99 stayed under the 50 ms budget.
#include "bench/fanout/FanoutLoad.h"
#include "bench/fanout/NodeBroadcastTarget.h"
#include "bench/fanout/SwitchboardTarget.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace switchboard;
using namespace Qt::StringLiterals;

namespace {

constexpr double kBudgetMs = 50.0;

struct Options {
    int clients = 500;
    int stepMs = 3000;
    int maxRate = 6400;
    QString node;
    QString script;
};

[[noreturn]] void fail(const QString& message)
{
    std::fprintf(stderr, "bench fanout: %s\n", qPrintable(message));
    std::exit(1);
}

Options parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures event fan-out to many sync clients."_s);
    parser.addHelpOption();
    parser.addOptions({
        { u"clients"_s, u"Sync clients to open."_s, u"n"_s, u"500"_s },
        { u"step-ms"_s, u"How long each rate is held."_s, u"ms"_s, u"3000"_s },
        { u"max-rate"_s, u"Highest injection rate to try, per second."_s, u"n"_s, u"6400"_s },
        { u"node"_s, u"The node binary for the baseline."_s, u"path"_s, u"node"_s },
        { u"baseline-script"_s, u"The baseline broadcast server."_s, u"path"_s,
            QStringLiteral(SWITCHBOARD_FANOUT_NODE_SCRIPT) },
    });
    parser.process(app);
    Options options;
    bool ok = true;
    auto number = [&](const QString& name) {
        bool valid = false;
        const int n = parser.value(name).toInt(&valid);
        ok = ok && valid && n > 0;
        return n;
    };
    options.clients = number(u"clients"_s);
    options.stepMs = number(u"step-ms"_s);
    options.maxRate = number(u"max-rate"_s);
    options.node = parser.value(u"node"_s);
    options.script = parser.value(u"baseline-script"_s);
    if (!ok)
        fail(u"--clients, --step-ms and --max-rate take whole numbers above 0"_s);
    return options;
}

// Doubles the rate from 25 until a step is not held or maxRate is passed.
QList<bench::RateStep> measure(bench::FanoutTarget& target, const Options& options)
{
    if (const QString error = target.start(); !error.isEmpty())
        fail(target.name() + u": "_s + error);
    bench::FanoutLoad load(target, options.clients);
    if (const QString error = load.connectAll(60000); !error.isEmpty())
        fail(target.name() + u": "_s + error);
    QList<bench::RateStep> steps;
    for (int rate = 25; rate <= options.maxRate; rate *= 2) {
        steps.append(load.run(rate, options.stepMs, 5000));
        const bench::RateStep& step = steps.last();
        std::fprintf(stderr, "%s: %d/s p99 %.1f ms, %lld of %lld delivered\n",
            qPrintable(target.name()), rate, step.latency.percentile(99), qint64(step.delivered),
            qint64(step.expected));
        if (!step.held(kBudgetMs))
            break;
    }
    return steps;
}

int maxHeld(const QList<bench::RateStep>& steps)
{
    int best = 0;
    for (const bench::RateStep& step : steps) {
        if (step.held(kBudgetMs))
            best = std::max(best, step.rate);
    }
    return best;
}

const bench::RateStep* stepAt(const QList<bench::RateStep>& steps, int rate)
{
    for (const bench::RateStep& step : steps) {
        if (step.rate == rate)
            return &step;
    }
    return nullptr;
}

void printRow(const char* server, const bench::RateStep& step)
{
    std::printf("| %-18s | %7d | %10lld | %10lld | %8.2f | %8.2f | %8.2f |\n", server, step.rate,
        qint64(step.expected), qint64(step.delivered), step.latency.percentile(50),
        step.latency.percentile(99), step.latency.max());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app);

    bench::SwitchboardTarget ours(QStringLiteral(SWITCHBOARD_SERVER_BINARY));
    const QList<bench::RateStep> oursSteps = measure(ours, options);
    bench::NodeBroadcastTarget baseline(options.node, options.script, ours);
    const QList<bench::RateStep> baselineSteps = measure(baseline, options);

    std::printf("\nfan-out to %d clients, each rate held %d ms (budget: p99 under %.0f ms)\n\n",
        options.clients, options.stepMs, kBudgetMs);
    std::printf("| %-18s | %7s | %10s | %10s | %8s | %8s | %8s |\n", "server", "rate/s", "expected",
        "delivered", "p50 ms", "p99 ms", "max ms");
    std::printf("|%s|%s|%s|%s|%s|%s|%s|\n", "--------------------", "---------", "------------",
        "------------", "----------", "----------", "----------");
    for (const bench::RateStep& step : oursSteps)
        printRow("switchboard-server", step);
    for (const bench::RateStep& step : baselineSteps)
        printRow("node ws broadcast", step);

    const int oursMax = maxHeld(oursSteps);
    const int baselineMax = maxHeld(baselineSteps);
    // p99 at the highest rate both held, so the two are compared under the same load.
    const bench::RateStep* common = stepAt(oursSteps, std::min(oursMax, baselineMax));
    const double p99
        = common ? common->latency.percentile(99) : oursSteps.first().latency.percentile(99);
    std::printf("\nfanout: clients=%d p99_ms=%.2f max_rate=%d baseline_max_rate=%d ratio=%.2f\n",
        options.clients, p99, oursMax, baselineMax,
        baselineMax > 0 ? double(oursMax) / baselineMax : 0.0);
    return 0;
}
