#include "store/SearchQuery.h"

#include "protocol/Limits.h"
#include "store/Fts5QueryTokenizer.h"
#include "store/TextFolding.h"

#include <QChar>
#include <QString>

#include <algorithm>

namespace switchboard::store {

namespace {

// A word quoted as an FTS5 string: inside double quotes nothing is syntax, and a quote is
// written twice. The tokenizer never returns a quote, but the quoting must not rely on it.
void appendQuoted(const QByteArray& word, QByteArray& out)
{
    out.append('"');
    for (char c : word) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

QByteArray joinQuoted(const QList<QByteArray>& words, qsizetype count)
{
    QByteArray out;
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            out.append(' '); // implicit AND
        appendQuoted(words.at(i), out);
    }
    return out;
}

// Decodes the UTF-8 sequence of `length` bytes at `start` (valid: SQLite and Qt wrote it).
char32_t decodeUtf8(QByteArrayView text, qsizetype start, qsizetype length)
{
    const auto byte = [&](qsizetype i) { return char32_t(static_cast<uchar>(text[start + i])); };
    switch (length) {
    case 2:
        return ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F);
    case 3:
        return ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
    case 4:
        return ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6)
            | (byte(3) & 0x3F);
    default:
        return byte(0);
    }
}

qsizetype utf8Length(uchar lead)
{
    return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
}

// What unicode61 counts as part of a word: letters, numbers and private-use characters.
bool isWordCodePoint(char32_t codePoint)
{
    if (codePoint < 0x80)
        return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= '0' && codePoint <= '9')
            || (codePoint >= 'A' && codePoint <= 'Z');
    return QChar::isLetterOrNumber(codePoint)
        || QChar::category(codePoint) == QChar::Other_PrivateUse;
}

// Whether the character that ends just before `end` is part of a word.
bool isWordCharacterBefore(QByteArrayView text, qsizetype end)
{
    qsizetype start = end - 1;
    while (start > 0 && end - start < 4 && (static_cast<uchar>(text[start]) & 0xC0) == 0x80)
        --start;
    return isWordCodePoint(decodeUtf8(text, start, end - start));
}

// Whether the character that starts at `start` is part of a word.
bool isWordCharacterAt(QByteArrayView text, qsizetype start)
{
    const qsizetype length
        = std::min(utf8Length(static_cast<uchar>(text[start])), text.size() - start);
    return isWordCodePoint(decodeUtf8(text, start, length));
}

bool isNumber(QByteArrayView word)
{
    for (char c : word) {
        if (c < '0' || c > '9')
            return false;
    }
    return !word.isEmpty();
}

// Leading zeros are a trunk or international prefix ("0532...", "0090 532..."); the index
// keeps numbers without them (SearchDocument::phoneTerms).
QByteArray withoutLeadingZeros(const QByteArray& digits)
{
    qsizetype start = 0;
    while (start < digits.size() - 1 && digits.at(start) == '0')
        ++start;
    return digits.sliced(start);
}

// Where the run of phone characters that ends `text` begins, at the start of a word.
qsizetype phoneNumberStart(QStringView text)
{
    qsizetype start = text.size();
    while (start > 0
        && (text.at(start - 1).isDigit() || text.at(start - 1).isSpace()
            || QStringView(u"+-()./").contains(text.at(start - 1))))
        --start;
    while (start < text.size() && start > 0 && !text.at(start - 1).isSpace())
        ++start;
    return start;
}

} // namespace

StoreResult<SearchQuery> SearchQuery::parse(
    QStringView text, const Fts5QueryTokenizer& tokenizer, Digits digits)
{
    if (text.size() > protocol::kMaxSearchChars) {
        qsizetype cut = protocol::kMaxSearchChars;
        if (text.at(cut - 1).isHighSurrogate())
            --cut; // never leave half a character
        text = text.first(cut);
    }

    SearchQuery query;
    query.lastWordIsPrefix_ = !text.isEmpty() && !text.back().isSpace();

    // A phone number typed last, alone or after words ("0532 123", "ayşe 0532 12"), is one
    // number however it is spaced.
    QStringView number;
    if (digits == Digits::AsOneNumber) {
        const qsizetype start = phoneNumberStart(text);
        if (TextFolding::isPhoneLike(text.sliced(start))) {
            number = text.sliced(start);
            text = text.first(start);
        }
    }

    auto words = tokenizer.tokenize(TextFolding::fold(text).toUtf8());
    if (!words)
        return std::unexpected(words.error());
    query.words_ = std::move(*words);
    if (digits == Digits::AsOneNumber) {
        for (QByteArray& word : query.words_) {
            if (isNumber(word))
                word = withoutLeadingZeros(word); // "ahmet 0532 yilmaz": the index has 532...
        }
    }
    if (!number.isEmpty())
        query.words_.append(withoutLeadingZeros(TextFolding::digits(number).toUtf8()));
    if (query.words_.size() > kMaxWords) {
        query.words_.resize(kMaxWords);
        query.lastWordIsPrefix_ = false; // the words kept were all followed by more
    }
    return query;
}

QByteArray SearchQuery::wholeExpression(const QList<QByteArray>& words)
{
    return joinQuoted(words, words.size());
}

QByteArray SearchQuery::anyExpression(const QList<QByteArray>& words)
{
    QByteArray out("(");
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0)
            out.append(" OR ");
        appendQuoted(words.at(i), out);
    }
    out.append(')');
    return out;
}

QByteArray SearchQuery::allWhole() const
{
    return joinQuoted(words_, words_.size());
}

QByteArray SearchQuery::leadingWhole() const
{
    return joinQuoted(words_, words_.size() - 1);
}

QByteArray SearchQuery::lastAsPrefix() const
{
    QByteArray out = allWhole();
    if (!out.isEmpty())
        out.append('*');
    return out;
}

bool SearchQuery::startsAWord(QByteArrayView folded, QByteArrayView word)
{
    for (qsizetype from = 0;;) {
        const qsizetype at = folded.indexOf(word, from);
        if (at < 0)
            return false;
        if (at == 0 || !isWordCharacterBefore(folded, at))
            return true;
        from = at + 1;
    }
}

QList<QByteArrayView> SearchQuery::wordsOf(QByteArrayView folded)
{
    QList<QByteArrayView> words;
    words.reserve(folded.size() / 6 + 1);
    qsizetype start = -1;
    qsizetype at = 0;
    while (at < folded.size()) {
        const auto lead = static_cast<uchar>(folded[at]);
        const qsizetype length = std::min(utf8Length(lead), folded.size() - at);
        const bool inWord
            = lead < 0x80 ? isWordCodePoint(lead) : isWordCodePoint(decodeUtf8(folded, at, length));
        if (inWord && start < 0) {
            start = at;
        } else if (!inWord && start >= 0) {
            words.append(folded.sliced(start, at - start));
            start = -1;
        }
        at += length;
    }
    if (start >= 0)
        words.append(folded.sliced(start));
    return words;
}

bool SearchQuery::isAWord(QByteArrayView folded, QByteArrayView word)
{
    for (qsizetype from = 0;;) {
        const qsizetype at = folded.indexOf(word, from);
        if (at < 0)
            return false;
        const qsizetype end = at + word.size();
        if ((at == 0 || !isWordCharacterBefore(folded, at))
            && (end == folded.size() || !isWordCharacterAt(folded, end)))
            return true;
        from = at + 1;
    }
}

} // namespace switchboard::store
