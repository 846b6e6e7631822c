// A customer's number as a PBX in Turkey (the CTI webhook's default region) writes it when
// it reports a call: Turkish numbers in the national styles people and switches use ("0532
// 123 45 67", "(0532) 123-4567", "0532/1234567", "0090..."), other countries' with an
// international prefix ("0030 694 123 4567", "+44 7700 900 123"). Whatever the style, the
// server's PhoneNormaliser in region TR reads it back to the same E.164, so a call rings
// with a number written unlike the one stored and caller identification still finds them.
//
// The demo's simulated PBX and the call-pop benchmark dial with it. It formats only; it
// never checks that a number exists.
#pragma once

#include <QString>

namespace switchboard::app {

class DialledNumber {
public:
    // How many styles write() knows; any variant is taken modulo this.
    static constexpr int kStyles = 6;

    // `e164` ("+905321234567") in style `variant`; other input comes back unchanged.
    static QString write(const QString& e164, int variant);
};

} // namespace switchboard::app
