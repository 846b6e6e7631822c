#include "store/TextFolding.h"

#include <QChar>

#include <array>
#include <cstdint>
#include <string>

namespace switchboard::store {

namespace {

void appendCodePoint(char32_t codePoint, QString& out)
{
    if (QChar::requiresSurrogates(codePoint)) {
        out.append(QChar(QChar::highSurrogate(codePoint)));
        out.append(QChar(QChar::lowSurrogate(codePoint)));
    } else {
        out.append(QChar(static_cast<char16_t>(codePoint)));
    }
}

// Letters that have no decomposition, so decomposing and dropping marks leaves them alone,
// but that people type as their plain Latin look-alike. Applied after case folding.
struct Replacement {
    char32_t letter;
    const char16_t* typed;
};
constexpr std::array kReplacements{
    Replacement{U'ı', u"i"}, // Turkish dotless i (İ decomposes to I + dot)
    Replacement{U'ß', u"ss"}, Replacement{U'ø', u"o"},  Replacement{U'ł', u"l"},
    Replacement{U'đ', u"d"},  Replacement{U'ð', u"d"},  Replacement{U'ħ', u"h"},
    Replacement{U'æ', u"ae"}, Replacement{U'œ', u"oe"}, Replacement{U'þ', u"th"},
    Replacement{U'ς', u"σ"}, // case folding does this too; kept explicit
};

bool appendReplacement(char32_t codePoint, QString& out)
{
    if (codePoint < U'ß') // every letter in the table is beyond Latin-1's symbols
        return false;
    for (const Replacement& r : kReplacements) {
        if (r.letter == codePoint) {
            out.append(QStringView(r.typed));
            return true;
        }
    }
    return false;
}

// The whole rule for one code point: compatibility decomposition, applied again to what it
// gives (as NFKD does), combining marks dropped (the accents: ö -> o, ά -> α, İ -> I), then
// case folding and the replacements. Marks are dropped, so NFKD's reordering of them does
// not matter.
void foldCodePoint(char32_t codePoint, QString& out)
{
    const QString decomposed = QChar::decomposition(codePoint);
    if (!decomposed.isEmpty()) {
        for (qsizetype i = 0; i < decomposed.size(); ++i) {
            char32_t part = decomposed.at(i).unicode();
            if (decomposed.at(i).isHighSurrogate() && i + 1 < decomposed.size()) {
                part = QChar::surrogateToUcs4(decomposed.at(i), decomposed.at(i + 1));
                ++i;
            }
            foldCodePoint(part, out);
        }
        return;
    }
    const QChar::Category category = QChar::category(codePoint);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing)
        return;
    codePoint = QChar::toCaseFolded(codePoint);
    if (!appendReplacement(codePoint, out))
        appendCodePoint(codePoint, out);
}

// foldCodePoint() of every code point below kTableEnd (Latin, Greek, Cyrillic and the
// other alphabets people write names in), worked out once: folding a message body is then
// a lookup per character, which matters inside a sync that indexes a million of them.
class FoldTable {
public:
    static constexpr char32_t kTableEnd = 0x3000;

    FoldTable()
    {
        QString folded;
        for (char32_t codePoint = 0; codePoint < kTableEnd; ++codePoint) {
            folded.clear();
            if (!QChar::isSurrogate(codePoint))
                foldCodePoint(codePoint, folded);
            entries_[codePoint] = { static_cast<std::uint32_t>(text_.size()),
                static_cast<std::uint32_t>(folded.size()) };
            text_.append(reinterpret_cast<const char16_t*>(folded.utf16()), folded.size());
        }
    }

    void append(char16_t unit, QString& out) const
    {
        const Entry entry = entries_[unit];
        out.append(QStringView(text_.data() + entry.offset, entry.length));
    }

private:
    struct Entry {
        std::uint32_t offset;
        std::uint32_t length;
    };
    std::array<Entry, kTableEnd> entries_ {};
    std::u16string text_;
};

const FoldTable& foldTable()
{
    static const FoldTable table;
    return table;
}

} // namespace

QString TextFolding::fold(QStringView text)
{
    QString out;
    appendFolded(text, out);
    return out;
}

void TextFolding::appendFolded(QStringView text, QString& out)
{
    out.reserve(out.size() + text.size());
    const FoldTable* table = nullptr;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = text.at(i).unicode();
        if (unit < 0x80) {
            out.append(QChar(unit >= u'A' && unit <= u'Z' ? char16_t(unit + (u'a' - u'A')) : unit));
            continue;
        }
        if (unit < FoldTable::kTableEnd) {
            if (!table)
                table = &foldTable();
            table->append(unit, out);
            continue;
        }
        char32_t codePoint = unit;
        if (QChar::isHighSurrogate(unit) && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(unit, text.at(i + 1).unicode());
            ++i;
        }
        foldCodePoint(codePoint, out);
    }
}

QString TextFolding::digits(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isDigit()) // any script's decimal digits, written as ASCII
            out.append(QChar(char16_t(u'0' + c.digitValue())));
    }
    return out;
}

bool TextFolding::isPhoneLike(QStringView text)
{
    bool anyDigit = false;
    for (QChar c : text) {
        if (c.isDigit()) {
            anyDigit = true;
            continue;
        }
        switch (c.unicode()) {
        case u' ':
        case u'\t':
        case u'+':
        case u'-':
        case u'(':
        case u')':
        case u'.':
        case u'/':
            continue;
        default:
            return false;
        }
    }
    return anyDigit;
}

} // namespace switchboard::store
