#include "store/TextFolding.h"

#include <QChar>

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

// Letters that have no decomposition, so NFKD and dropping marks leave them alone, but that
// people type as their plain Latin look-alike. Applied after case folding.
bool appendReplacement(char32_t codePoint, QString& out)
{
    switch (codePoint) {
    case U'ı': out.append(u'i'); return true; // Turkish dotless i (İ decomposes to I + dot)
    case U'ß': out.append(u"ss"); return true;
    case U'ø': out.append(u'o'); return true;
    case U'ł': out.append(u'l'); return true;
    case U'đ': out.append(u'd'); return true;
    case U'ð': out.append(u'd'); return true;
    case U'ħ': out.append(u'h'); return true;
    case U'æ': out.append(u"ae"); return true;
    case U'œ': out.append(u"oe"); return true;
    case U'þ': out.append(u"th"); return true;
    case U'ς': out.append(u'σ'); return true; // case folding does this too; kept explicit
    default: return false;
    }
}

bool isAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
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
    // Names, emails and phones are mostly ASCII: skip normalisation for them, it is the
    // most expensive step and changes nothing there.
    if (isAscii(text)) {
        out.reserve(out.size() + text.size());
        for (QChar c : text) {
            const char16_t u = c.unicode();
            out.append(QChar(u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u));
        }
        return;
    }
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    out.reserve(out.size() + decomposed.size());
    const qsizetype size = decomposed.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t codePoint = decomposed.at(i).unicode();
        if (QChar::isHighSurrogate(codePoint) && i + 1 < size
            && decomposed.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(decomposed.at(i).unicode(),
                                               decomposed.at(i + 1).unicode());
            ++i;
        }
        const QChar::Category category = QChar::category(codePoint);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing)
            continue; // the accents NFKD split off: ö -> o, ά -> α, İ -> I
        codePoint = QChar::toCaseFolded(codePoint);
        if (!appendReplacement(codePoint, out))
            appendCodePoint(codePoint, out);
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
        case u' ': case u'\t': case u'+': case u'-': case u'(': case u')': case u'.': case u'/':
            continue;
        default:
            return false;
        }
    }
    return anyDigit;
}

} // namespace switchboard::store
