#include "store/SearchDocument.h"

#include "protocol/Customer.h"
#include "protocol/Message.h"
#include "store/SearchQuery.h"
#include "store/TextFolding.h"

#include <QStringList>

#include <algorithm>
#include <iterator>

namespace switchboard::store {

namespace {

// The length of the country code an E.164 number (digits only) starts with. Country codes
// are prefix-free: +1 and +7 are one digit, this list is every two-digit code, the rest
// are three (ITU-T E.164 assignments).
qsizetype countryCodeLength(QStringView digits)
{
    static constexpr int kTwoDigitCodes[] = { 20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44,
        45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 63, 64, 65, 66, 81, 82, 84,
        86, 90, 91, 92, 93, 94, 95, 98 };
    if (digits.isEmpty())
        return 0;
    if (digits.front() == u'1' || digits.front() == u'7')
        return 1;
    if (digits.size() < 2)
        return digits.size();
    const int two = (digits.at(0).unicode() - u'0') * 10 + (digits.at(1).unicode() - u'0');
    for (int code : kTwoDigitCodes) {
        if (code == two)
            return 2;
    }
    return std::min<qsizetype>(3, digits.size());
}

// Each word once, space-separated, in byte order (the order means nothing to FTS5): with
// detail=none FTS5 keeps no more about a word repeated in a row than about a word used
// once, but it pays for every use, and a message body repeats many of its words.
QByteArray joined(const QList<QByteArrayView>& words, qsizetype capacity)
{
    QByteArray out;
    out.reserve(capacity);
    for (QByteArrayView word : words) {
        if (!out.isEmpty())
            out.append(' ');
        out.append(word);
    }
    return out;
}

QByteArray distinctWords(const QByteArray& folded)
{
    QList<QByteArrayView> words = SearchQuery::wordsOf(folded);
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return joined(words, folded.size());
}

// A trunk prefix ("0532...") or international prefix ("0090...") is not part of a number.
QString withoutLeadingZeros(const QString& digits)
{
    qsizetype start = 0;
    while (start < digits.size() - 1 && digits.at(start) == u'0')
        ++start;
    return digits.sliced(start);
}

} // namespace

SearchDocument SearchDocument::forCustomer(const protocol::Customer& customer)
{
    SearchDocument doc;
    doc.title = customer.displayName();
    doc.rankedAt = customer.lastContactAt;

    QStringList details;
    if (!customer.company.isEmpty())
        details.append(customer.company);
    details.append(customer.emails);
    for (const auto& phone : customer.phones)
        details.append((phone.number.isEmpty() ? phone.e164 : phone.number) + u'\t' + phone.e164);
    doc.details = details.join(u'\n');

    QString folded;
    folded.reserve(64 + doc.details.size() * 2);
    folded.append(QChar(kEveryRowWord));
    folded.append(u'\n');
    TextFolding::appendFolded(customer.firstName, folded);
    folded.append(u' ');
    TextFolding::appendFolded(customer.lastName, folded);
    folded.append(u'\n');
    TextFolding::appendFolded(customer.company, folded);
    for (const QString& email : customer.emails) {
        folded.append(u'\n');
        TextFolding::appendFolded(email, folded);
    }
    for (const auto& phone : customer.phones) {
        folded.append(u'\n');
        folded.append(phoneTerms(phone.number, phone.e164));
    }
    doc.terms = distinctWords(folded.toUtf8());
    return doc;
}

SearchDocument SearchDocument::forMessage(const protocol::Message& message, const QString& subject)
{
    return withSubject(forMessageBody(message), subject);
}

SearchDocument SearchDocument::forMessageBody(const protocol::Message& message)
{
    SearchDocument doc;
    doc.details = message.body.left(kPreviewChars);
    if (message.body.size() > kPreviewChars) {
        if (doc.details.back().isHighSurrogate())
            doc.details.chop(1);
        doc.details.append(QChar(0x2026)); // an ellipsis: the snippet shows the body goes on
    }
    doc.rankedAt = message.sentAt;
    QString folded;
    folded.reserve(message.body.size() + 2);
    folded.append(QChar(kEveryRowWord));
    folded.append(u'\n');
    TextFolding::appendFolded(message.body, folded);
    doc.terms = distinctWords(folded.toUtf8());
    return doc;
}

SearchDocument SearchDocument::withSubject(SearchDocument body, const QString& subject)
{
    body.title = subject;
    if (subject.isEmpty())
        return body;
    const QByteArray folded = TextFolding::fold(subject).toUtf8();
    QList<QByteArrayView> subjectWords = SearchQuery::wordsOf(folded);
    std::sort(subjectWords.begin(), subjectWords.end());
    subjectWords.erase(std::unique(subjectWords.begin(), subjectWords.end()), subjectWords.end());
    QList<QByteArrayView> bodyWords;
    const QByteArrayView terms(body.terms);
    for (qsizetype start = 0; start < terms.size();) {
        qsizetype end = terms.indexOf(' ', start);
        if (end < 0)
            end = terms.size();
        bodyWords.append(terms.sliced(start, end - start));
        start = end + 1;
    }
    // Both sorted and distinct: their union is what distinctWords() makes of the two texts.
    QList<QByteArrayView> words;
    words.reserve(bodyWords.size() + subjectWords.size());
    std::set_union(bodyWords.cbegin(), bodyWords.cend(), subjectWords.cbegin(), subjectWords.cend(),
        std::back_inserter(words));
    body.terms = joined(words, body.terms.size() + folded.size());
    return body;
}

QString SearchDocument::phoneTerms(const QString& number, const QString& e164)
{
    const QString international = TextFolding::digits(e164);
    const QString typed = withoutLeadingZeros(TextFolding::digits(number));
    const QString national
        = international.isEmpty() ? typed : international.sliced(countryCodeLength(international));
    QStringList words;
    for (const QString& word : { international, national, typed, national.right(kLongTailDigits),
             national.right(kShortTailDigits) }) {
        if (!word.isEmpty() && !words.contains(word))
            words.append(word);
    }
    return words.join(u' ');
}

} // namespace switchboard::store
