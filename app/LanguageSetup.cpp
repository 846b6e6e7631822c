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

} // namespace

QString LanguageSetup::install(QCoreApplication& app, const QString& language)
{
    const QString code = language.isEmpty() ? fromSystem() : language;
    QLocale::setDefault(QLocale(code));
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
