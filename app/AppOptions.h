// What the desktop was started with. With no --server it runs the demo: an embedded server
// with demo data and live traffic, so the first thing a newcomer sees is a working desk.
#pragma once

#include <QStringList>
#include <QUrl>

#include <expected>

namespace switchboard::app {

struct AppOptions {
    enum class Mode { Demo, Server };

    Mode mode = Mode::Demo;
    QUrl serverUrl; // http(s)://host:port of a switchboard-server, in Server mode
    QString language; // "tr", "el" or "en"; empty: from the system locale
    QString dataDir; // where caches and drafts live; empty: the platform's app data
    int demoCustomers = 1000;

    // Parses the command line; a usage error comes back as the text to print. --help and
    // --version are handled (printed, then exit) by Qt's parser.
    static std::expected<AppOptions, QString> parse(const QStringList& arguments);
};

} // namespace switchboard::app
