// The one form text takes in the search index: compatibility-decomposed (as NFKD), combining
// marks dropped, case-folded, and the letters neither of those reach mapped by hand (Turkish
// dotless ı, German ß, ø, ł...). Indexed text and typed text both go through fold(), so
// `ozturk` meets Öztürk, `isik` meets Işık and İŞIK, and `ιωαννου` meets ΙΩΆΝΝΟΥ; SQLite's
// unicode61 tokenizer alone leaves ı, ß and the Greek tonos as they are.
//
// The output of fold() for a given input must not change without a migration that rebuilds
// the index: the index stores folded text, and queries are folded with today's rules.
#pragma once

#include <QString>
#include <QStringView>

namespace switchboard::store {

class TextFolding {
public:
    // Folded text; word boundaries are kept (separators pass through unchanged).
    static QString fold(QStringView text);
    // Appends fold(text) to `out`, so building a document does not allocate per field.
    static void appendFolded(QStringView text, QString& out);
    // The ASCII digits of `text` in order ("+90 (532) 123-45-67" -> "905321234567").
    static QString digits(QStringView text);
    // True when `text` looks like a phone number being typed: digits with only the usual
    // separators (space + - ( ) . /) and at least one digit.
    static bool isPhoneLike(QStringView text);
};

} // namespace switchboard::store
