// Full-text search over the cache: customers (names, company, emails, phones as typed and
// as digits) and messages (subject, body), found as you type. Text is folded before it is
// indexed and before it is searched (case, accents, Turkish dotless i, Greek final sigma),
// so `ozturk` finds Öztürk, `isik` finds Işık and `ιωαννου` finds Ιωάννου. User text is
// never passed to FTS5 as query syntax: it is split into words and each word quoted.
//
// The index owns its own tables; the repositories call index*/remove* inside the
// transaction that changes the entity, so the index never disagrees with the data.
#pragma once

#include "store/StoreError.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace switchboard::protocol {
struct Customer;
struct Message;
} // namespace switchboard::protocol

namespace switchboard::store {

class Database;

struct SearchHit {
    enum class Kind { Customer, Message };
    Kind kind = Kind::Customer;
    QString id;         // customer id or message id
    QString customerId; // for messages: whose timeline it is on
    QString title;      // display name, or the message's subject / conversation subject
    QString snippet;    // a short piece of the matching text
    bool exact = false; // every word matched whole, not only as a prefix
    QDateTime lastContactAt;
};

class SearchIndex {
public:
    explicit SearchIndex(Database& db);

    // The CREATE statements of the index's tables, run by the schema migration that
    // introduces them (one string per statement).
    static QStringList schemaStatements();

    StoreResult<> indexCustomer(const protocol::Customer& customer);
    StoreResult<> removeCustomer(const QString& customerId);
    // `subject` is the conversation's subject, so a word from it finds its messages too.
    StoreResult<> indexMessage(const protocol::Message& message, const QString& subject);
    StoreResult<> removeMessage(const QString& messageId);
    // After a merge, the merged customer's messages belong to the survivor.
    StoreResult<> moveMessages(const QString& fromCustomerId, const QString& toCustomerId);

    // The best `limit` customers for what the user has typed so far: whole-word matches
    // before prefix matches, ties broken by the most recent contact. Any text is accepted:
    // FTS5 syntax in it is searched as text, and empty text finds nothing.
    StoreResult<QList<SearchHit>> searchCustomers(QStringView text, int limit = 20);
    StoreResult<QList<SearchHit>> searchMessages(QStringView text, int limit = 20);

private:
    Database& db_;
};

} // namespace switchboard::store
