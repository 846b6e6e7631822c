#include "demodata/Transliteration.h"

#include <QList>

namespace switchboard::demodata {

using namespace Qt::StringLiterals;

namespace {

struct Letter {
    char16_t base = 0;      // lower case, accents removed
    bool diaeresis = false; // "ϊ", "ϋ": the vowel is said on its own, never in a digraph
};

// Decomposes so that accents (Greek tonos, Turkish cedilla and breve, the dot of "İ") become
// separate marks that can be dropped, remembering the one mark that changes pronunciation.
QList<Letter> lettersOf(QStringView text) {
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QList<Letter> letters;
    letters.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            if (c.unicode() == 0x0308 && !letters.isEmpty())
                letters.last().diaeresis = true;
            continue;
        }
        letters.append({static_cast<char16_t>(c.toLower().unicode()), false});
    }
    return letters;
}

bool isVoicelessGreek(char16_t c) {
    return QStringView(u"θκξπστφχψς").contains(QChar(c));
}

// The sound of one Greek letter on its own.
const char* greekLetter(char16_t c) {
    switch (c) {
    case u'α':
        return "a";
    case u'β':
        return "v";
    case u'γ':
        return "g";
    case u'δ':
        return "d";
    case u'ε':
        return "e";
    case u'ζ':
        return "z";
    case u'η':
        return "i";
    case u'θ':
        return "th";
    case u'ι':
        return "i";
    case u'κ':
        return "k";
    case u'λ':
        return "l";
    case u'μ':
        return "m";
    case u'ν':
        return "n";
    case u'ξ':
        return "x";
    case u'ο':
        return "o";
    case u'π':
        return "p";
    case u'ρ':
        return "r";
    case u'σ':
    case u'ς':
        return "s";
    case u'τ':
        return "t";
    case u'υ':
        return "y";
    case u'φ':
        return "f";
    case u'χ':
        return "ch";
    case u'ψ':
        return "ps";
    case u'ω':
        return "o";
    default:
        return nullptr;
    }
}

} // namespace

QString Transliteration::toAscii(QStringView text) {
    const QList<Letter> letters = lettersOf(text);
    QString out;
    out.reserve(letters.size() + 4);
    for (qsizetype i = 0; i < letters.size(); ++i) {
        const char16_t c = letters[i].base;
        const bool hasNext = i + 1 < letters.size();
        const Letter next = hasNext ? letters[i + 1] : Letter{};
        const bool atWordStart = i == 0 || greekLetter(letters[i - 1].base) == nullptr;

        // Greek digraphs first: they are spelt differently from their letters.
        if (hasNext && !next.diaeresis) {
            if (c == u'ο' && next.base == u'υ') {
                out += "ou"_L1;
                ++i;
                continue;
            }
            if ((c == u'α' || c == u'ε' || c == u'η') && next.base == u'υ') {
                const bool voiceless =
                    i + 2 >= letters.size() || isVoicelessGreek(letters[i + 2].base);
                out += QLatin1StringView(greekLetter(c));
                out += voiceless ? u'f' : u'v';
                ++i;
                continue;
            }
            if (c == u'γ' && (next.base == u'γ' || next.base == u'ξ' || next.base == u'χ')) {
                out += u'n';
                continue;
            }
            if (c == u'μ' && next.base == u'π' && atWordStart) {
                out += u'b';
                ++i;
                continue;
            }
        }
        if (c == u'ı') { // Turkish dotless i has no decomposition
            out += u'i';
            continue;
        }
        if (const char* greek = greekLetter(c)) {
            out += QLatin1StringView(greek);
            continue;
        }
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += QChar(c);
    }
    return out;
}

} // namespace switchboard::demodata
