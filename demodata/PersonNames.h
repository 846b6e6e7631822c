// First and last names of the three markets, in their own scripts, with the forms the rest
// of the generator needs: the ASCII spelling for email addresses, the Greek vocative for
// greetings ("Γεια σας, Δημήτρη") and the Greek female surname ("Παπαδοπούλου").
#pragma once

#include "demodata/DemoLanguage.h"

#include <QList>
#include <QString>
#include <array>
#include <span>

namespace switchboard::demodata {

struct FirstName {
    QString name;
    QString vocative; // the form used to address the person; equal to `name` outside Greek
    QString ascii;
};

struct LastName {
    QString male;
    QString female;
    QString maleAscii;
    QString femaleAscii;

    const QString& form(Gender gender) const { return gender == Gender::Female ? female : male; }
    const QString& asciiForm(Gender gender) const {
        return gender == Gender::Female ? femaleAscii : maleAscii;
    }
};

class PersonNames {
public:
    PersonNames();

    std::span<const FirstName> firstNames(DemoLanguage language, Gender gender) const;
    std::span<const LastName> lastNames(DemoLanguage language) const;

private:
    std::array<QList<FirstName>, 6> firstNames_; // [language * 2 + gender]
    std::array<QList<LastName>, 3> lastNames_;
};

} // namespace switchboard::demodata
