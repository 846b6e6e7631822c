#include "app/LanguageSetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

namespace switchboard::app {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLanguage, "switchboard.app.language")

namespace {

QString fromSystem()
{
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString code = name.left(2).toLower();
        if (code == "tr"_L1 || code == "el"_L1 || code == "en"_L1)
            return code;
    }
    return u"en"_s;
}

// Dates, times and money in the language's own conventions: the system's, when the user's
// locale speaks it (so an English user in Ireland keeps Irish formats); otherwise the
// language's home country. English without an English system locale (LANG=C on a kiosk or
// a test machine) is British English: day before month and a 24-hour clock, as in the
// rest of our users' Europe, rather than QLocale's US default.
QLocale formatsFor(const QString& code)
{
    const QLocale system = QLocale::system();
    if (QLocale::languageToCode(system.language()) == code)
        return system;
    if (code == "en"_L1)
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(code);
}

} // namespace

QString LanguageSetup::install(QCoreApplication& app, const QString& language)
{
    const QString code = language.isEmpty() ? fromSystem() : language;
    QLocale::setDefault(formatsFor(code));
    if (code == "en"_L1)
        return code;
    auto* ours = new QTranslator(&app);
    if (ours->load(u":/i18n/switchboard_"_s + code))
        QCoreApplication::installTranslator(ours);
    else
        qCWarning(lcLanguage) << "no Switchboard translation for" << code;
    auto* qt = new QTranslator(&app);
    if (qt->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return code;
}

} // namespace switchboard::app
