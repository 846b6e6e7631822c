#include "store/SearchSnippet.h"

#include "store/SearchDocument.h"
#include "store/TextFolding.h"

#include <QStringList>

#include <algorithm>

namespace switchboard::store {

namespace {

constexpr QChar kEllipsis = QChar(0x2026);

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// Where the first word of `text` that starts with one of `words` begins, or -1.
qsizetype firstMatchingWord(QStringView text, const QList<QByteArray>& words)
{
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordCharacter(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && isWordCharacter(text.at(i)))
            ++i;
        const QByteArray folded = TextFolding::fold(text.sliced(start, i - start)).toUtf8();
        for (const QByteArray& word : words) {
            if (folded.startsWith(word))
                return start;
        }
    }
    return -1;
}

// How many of `words` start a word of `line`; a phone line ("typed<TAB>e164") is matched
// by the words it is indexed by, so "905321234567" finds "0532 123 45 67".
int wordsFound(QStringView line, const QList<QByteArray>& words)
{
    const qsizetype tab = line.indexOf(u'\t');
    QList<QByteArray> phoneWords;
    if (tab >= 0) {
        const QString terms = SearchDocument::phoneTerms(
            line.first(tab).toString(), line.sliced(tab + 1).toString());
        for (QStringView word : QStringView(terms).split(u' ', Qt::SkipEmptyParts))
            phoneWords.append(word.toUtf8());
    }
    const QStringView shown = tab >= 0 ? line.first(tab) : line;
    int found = 0;
    for (const QByteArray& word : words) {
        const bool inPhone = std::any_of(phoneWords.cbegin(), phoneWords.cend(),
            [&](const QByteArray& w) { return w.startsWith(word); });
        if (inPhone || firstMatchingWord(shown, { word }) >= 0)
            ++found;
    }
    return found;
}

} // namespace

QString SearchSnippet::matchingLine(const QString& lines, const QList<QByteArray>& words)
{
    QStringView best;
    int bestFound = 0;
    for (QStringView line : QStringView(lines).split(u'\n')) {
        const int found = wordsFound(line, words);
        if (found > bestFound) {
            best = line;
            bestFound = found;
        }
    }
    const qsizetype tab = best.indexOf(u'\t');
    return (tab >= 0 ? best.first(tab) : best).toString();
}

QString SearchSnippet::around(const QString& text, const QList<QByteArray>& words)
{
    const QStringView all(text);
    qsizetype start = std::max<qsizetype>(0, firstMatchingWord(all, words) - kContextBefore);
    // Begin the window on a word, not inside one.
    while (start > 0 && start < all.size() && isWordCharacter(all.at(start - 1))
        && isWordCharacter(all.at(start)))
        ++start;
    if (start > 0 && start < all.size() && all.at(start).isLowSurrogate())
        ++start;
    qsizetype end = std::min(all.size(), start + kMaxChars);
    if (end < all.size() && all.at(end - 1).isHighSurrogate())
        --end;
    QString snippet = all.sliced(start, end - start).trimmed().toString();
    snippet.replace(u'\n', u' ');
    if (start > 0)
        snippet.prepend(kEllipsis);
    if (end < all.size())
        snippet.append(kEllipsis);
    return snippet;
}

} // namespace switchboard::store
