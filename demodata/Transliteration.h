// Turns a Turkish, Greek or English name into the lower-case ASCII that email addresses and
// handles are made of ("Öztürk" -> "ozturk", "Παπαδόπουλος" -> "papadopoulos"). Greek follows
// ELOT 743 closely enough for names; anything that is neither a letter nor a digit is dropped.
#pragma once

#include <QString>

namespace switchboard::demodata {

class Transliteration {
public:
    static QString toAscii(QStringView text);
};

} // namespace switchboard::demodata
