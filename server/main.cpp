// switchboard-server: the sync server and its admin commands (see AdminCli).
#include "server/AdminCli.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboard-server"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    switchboard::server::AdminCli cli(out, err, in);
    return cli.run(QCoreApplication::arguments().mid(1));
}
