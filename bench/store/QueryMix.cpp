#include "bench/store/QueryMix.h"

#include "store/TextFolding.h"

#include <algorithm>

namespace switchboard::bench {

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype kPhoneTypedChars = 9; // people stop once the list narrows
}

QueryMix::QueryMix(qint64 customers, qint64 messages, int samples)
    : customerStride_(std::max<qint64>(1, customers / samples))
    , messageStride_(std::max<qint64>(1, messages / std::max(1, samples / 2)))
{
}

void QueryMix::addQuery(const QString& query)
{
    if (!query.trimmed().isEmpty())
        queries_.append(query);
}

void QueryMix::addCustomer(const protocol::Customer& c)
{
    const qint64 n = customersSeen_++;
    if (n % customerStride_ != 0)
        return;
    // Rotate through what an agent knows about a caller, so the mix covers each kind.
    switch ((n / customerStride_) % 6) {
    case 0: addQuery(c.lastName); break;                            // as written: Öztürk
    case 1: addQuery(store::TextFolding::fold(c.lastName)); break;  // as typed: ozturk
    case 2: addQuery(c.firstName + u' ' + c.lastName.left(3)); break;
    case 3: addQuery(c.company.isEmpty() ? c.firstName : c.company); break;
    case 4: addQuery(c.emails.isEmpty() ? c.firstName : c.emails.first()); break;
    case 5:
        if (!c.phones.isEmpty())
            addQuery(c.phones.first().number.left(kPhoneTypedChars));
        break;
    }
    for (const protocol::PhoneNumber& phone : c.phones) {
        if (!phone.e164.isEmpty()) {
            phones_.append(phone.e164);
            break;
        }
    }
}

void QueryMix::addMessage(const protocol::Message& m)
{
    if (messagesSeen_++ % messageStride_ != 0)
        return;
    // The longest word of the body: what someone remembers of a message.
    QString longest;
    for (QStringView word : QStringView(m.body).split(u' ', Qt::SkipEmptyParts)) {
        if (word.size() > longest.size() && std::all_of(word.begin(), word.end(), [](QChar ch) {
                return ch.isLetter();
            }))
            longest = word.toString();
    }
    addQuery(longest);
}

QStringList QueryMix::keystrokes() const
{
    QStringList out;
    for (const QString& query : queries_) {
        for (qsizetype length = 1; length <= query.size(); ++length) {
            if (!query.at(length - 1).isSpace())
                out.append(query.left(length));
        }
    }
    return out;
}

} // namespace switchboard::bench
