// Puts the interface in the chosen language: Switchboard's own strings (built into the
// binary from translations/) and Qt's (dialog buttons, shortcuts) from the system's Qt
// translations. English needs nothing: it is the source language. Sets the default
// QLocale too, which every date, time and amount on screen is formatted with.
#pragma once

#include <QString>

class QCoreApplication;

namespace switchboard::app {

class LanguageSetup {
public:
    // `language` is "en", "tr" or "el"; empty picks from the system locale, falling back to
    // English. Returns the language in use.
    static QString install(QCoreApplication& app, const QString& language);
};

} // namespace switchboard::app
