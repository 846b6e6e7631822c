#include "app/AppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace switchboard::app {

using namespace Qt::StringLiterals;

namespace {
const QStringList kLanguages { u"en"_s, u"tr"_s, u"el"_s };
constexpr int kMaxDemoCustomers = 100000;
} // namespace

std::expected<AppOptions, QString> AppOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("AppOptions", "Switchboard, the contact-centre desk."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s,
        QCoreApplication::translate("AppOptions",
            "Run with an embedded server, demo data and live traffic (the default)."));
    const QCommandLineOption server(u"server"_s,
        QCoreApplication::translate("AppOptions", "Connect to the switchboard-server at URL."),
        u"URL"_s);
    const QCommandLineOption lang(u"lang"_s,
        QCoreApplication::translate("AppOptions", "Language of the interface: en, tr or el."),
        u"code"_s);
    const QCommandLineOption dataDir(u"data-dir"_s,
        QCoreApplication::translate("AppOptions", "Folder for the local cache and drafts."),
        u"path"_s);
    const QCommandLineOption customers(u"demo-customers"_s,
        QCoreApplication::translate("AppOptions", "Customers in the demo data (default 1000)."),
        u"n"_s, u"1000"_s);
    parser.addOptions({ demo, server, lang, dataDir, customers });
    if (!parser.parse(arguments))
        return std::unexpected(parser.errorText());
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        return std::unexpected(
            u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().first()));

    AppOptions options;
    if (parser.isSet(server)) {
        if (parser.isSet(demo))
            return std::unexpected(u"--demo and --server cannot be used together"_s);
        options.mode = Mode::Server;
        options.serverUrl = QUrl::fromUserInput(parser.value(server));
        const QString scheme = options.serverUrl.scheme();
        if (!options.serverUrl.isValid() || options.serverUrl.host().isEmpty()
            || (scheme != "http"_L1 && scheme != "https"_L1))
            return std::unexpected(
                u"--server needs an http:// or https:// address, such as http://desk.example:8750"_s);
    }
    if (parser.isSet(lang)) {
        options.language = parser.value(lang).toLower();
        if (!kLanguages.contains(options.language))
            return std::unexpected(
                u"--lang takes en, tr or el, not \"%1\""_s.arg(parser.value(lang)));
    }
    options.dataDir = parser.value(dataDir);
    bool ok = false;
    options.demoCustomers = parser.value(customers).toInt(&ok);
    if (!ok || options.demoCustomers < 10 || options.demoCustomers > kMaxDemoCustomers)
        return std::unexpected(
            u"--demo-customers takes a whole number from 10 to %1"_s.arg(kMaxDemoCustomers));
    return options;
}

} // namespace switchboard::app
