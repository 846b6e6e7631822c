// One row of the search index, made from a customer or a message: what is shown for a hit
// (as typed) and what is indexed (folded). Pure: no SQL, so it is cheap to test and to run
// inside the transaction that changes the entity.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace switchboard::protocol {
struct Customer;
struct Message;
} // namespace switchboard::protocol

namespace switchboard::store {

class SearchDocument {
public:
    // A phone is also found by its last digits, as people read them out: the subscriber
    // number and its last four.
    static constexpr qsizetype kLongTailDigits = 7;
    static constexpr qsizetype kShortTailDigits = 4;
    // How much of a message body is kept as typed for the hit's snippet.
    static constexpr qsizetype kPreviewChars = 160;
    // A word every row's terms begin with, so "every row, newest first" is an FTS query
    // that streams like any other (RankedSearch). A private-use character: unicode61 keeps
    // it as a word, and nobody types it (if someone does, they find every row).
    static constexpr char16_t kEveryRowWord = 0xE000;
    static constexpr const char* kEveryRowQuery = "\"\xEE\x80\x80\""; // kEveryRowWord, quoted

    static SearchDocument forCustomer(const protocol::Customer& customer);
    // `subject` is the conversation's, indexed with each message so it finds them.
    static SearchDocument forMessage(const protocol::Message& message, const QString& subject);
    // The same in two steps: all but the subject, which only the database knows, is made
    // ahead on the decode worker (BatchDecoder); then the subject is added to `body`.
    static SearchDocument forMessageBody(const protocol::Message& message);
    static SearchDocument withSubject(SearchDocument body, const QString& subject);

    // The words one phone number is indexed by, space-separated: its E.164 digits, its
    // national number (without country code or trunk 0), the number as typed if it is
    // neither, and its last kLongTailDigits and kShortTailDigits digits. Searching for a
    // number from its start, in any of those forms, is then a prefix search; so is searching
    // by its end. Four words, where indexing every tail would take ten.
    static QString phoneTerms(const QString& number, const QString& e164);

    QString title; // display name, or the conversation subject
    QString details; // customers: company, emails, phones (as typed, a tab, E.164), one per
                     // line; messages: the start of the body
    QByteArray terms; // each folded word once (kEveryRowWord too), UTF-8: what FTS5 indexes
    QDateTime rankedAt;
};

} // namespace switchboard::store
