// sync-soak-client: one soak participant in its own process, so a test can SIGKILL it in
// the middle of applying events and start it again on the same store file (see
// SoakWorker). Arguments: --server URL --token T --store PATH --run ID --client N
// --target-file F [--clients 3] [--commands 1000].
#include "SoakWorker.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace switchboard;
using namespace switchboard::testing;
using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QList<QCommandLineOption> options {
        { u"server"_s, u"server base URL"_s, u"url"_s },
        { u"token"_s, u"bearer token"_s, u"token"_s },
        { u"store"_s, u"store file"_s, u"path"_s },
        { u"run"_s, u"run id"_s, u"id"_s },
        { u"client"_s, u"this client's number"_s, u"n"_s },
        { u"clients"_s, u"how many clients share the plan"_s, u"n"_s, u"3"_s },
        { u"commands"_s, u"commands in the plan"_s, u"n"_s, u"1000"_s },
        { u"target-file"_s, u"file that names the seq to reach before exiting"_s, u"path"_s },
    };
    parser.addOptions(options);
    parser.process(app);
    SoakWorkerOptions o;
    o.server = QUrl(parser.value(u"server"_s));
    o.token = parser.value(u"token"_s);
    o.storePath = parser.value(u"store"_s);
    o.runId = parser.value(u"run"_s);
    o.client = parser.value(u"client"_s).toInt();
    o.clients = parser.value(u"clients"_s).toInt();
    o.commands = parser.value(u"commands"_s).toInt();
    o.targetFile = parser.value(u"target-file"_s);
    if (!o.server.isValid() || o.token.isEmpty() || o.storePath.isEmpty() || o.runId.isEmpty()
        || o.targetFile.isEmpty() || o.clients <= 0) {
        std::fputs("missing or bad arguments\n", stderr);
        return 2;
    }
    auto opened = store::Store::open(o.storePath);
    if (!opened) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(opened.error().message));
        return 2;
    }
    store::Store store = std::move(*opened);
    SoakWorker worker(store, o);
    worker.start();
    return app.exec();
}
