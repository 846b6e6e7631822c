// switchboard: the agent's desk. With no arguments it runs the demo (an embedded server with
// demo data and live traffic); with --server it signs in to a real one.
#include "app/AppOptions.h"
#include "app/DeskLauncher.h"
#include "app/LanguageSetup.h"
#include "ui/WorkspacePalette.h"

#include <QApplication>
#include <QPalette>
#include <QStandardPaths>

#include <cstdio>

using namespace switchboard;

int main(int argc, char** argv)
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Switchboard"));
    QApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QApplication::setApplicationVersion(QStringLiteral(SWITCHBOARD_VERSION));

    auto options = app::AppOptions::parse(QApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "switchboard: %s\n", qPrintable(options.error()));
        return 2;
    }
    app::LanguageSetup::install(application, options->language);
    // Fusion draws the same on every desktop, so the light and dark palettes look as designed.
    QApplication::setStyle(QStringLiteral("Fusion"));
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    QApplication::setPalette(dark ? ui::WorkspacePalette::dark() : ui::WorkspacePalette::light());

    const QString dataDir = options->dataDir.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : options->dataDir;
    app::DeskLauncher launcher(*options, dataDir);
    launcher.start();
    return application.exec();
}
