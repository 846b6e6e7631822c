// The baseline for Store::apply: the same rows written by a plain loop of prepared INSERTs
// in one transaction, into the same tables, with no decoding, no upserts and no cursor.
// With `FullText::Included`, each customer's and message's folded search text also goes
// into a plain FTS5 table with the cache's tokenizer: the same rows a cache holds, without
// the cache's ranking keys. Only the time spent binding and stepping the statements is
// counted; the column values and search text are made before the clock starts.
#pragma once

#include "demodata/EntitySink.h"
#include "store/Database.h"

#include <QElapsedTimer>

namespace switchboard::bench {

class RawInsertSink : public demodata::EntitySink {
public:
    enum class FullText { Excluded, Included };

    RawInsertSink(store::Database& db, FullText fullText);

    void addCustomer(const protocol::Customer& customer) override;
    void addOrder(const protocol::Order& order) override;
    void addConversation(const protocol::Conversation& conversation) override;
    void addMessage(const protocol::Message& message) override;
    void addFeedback(const protocol::Feedback& feedback) override;

    qint64 rows() const { return rows_; }
    double seconds() const { return double(nanoseconds_) / 1e9; }
    // The first SQLite error met; empty when every insert succeeded.
    const QString& error() const { return error_; }

private:
    // Binds `values` to the cached statement and steps it, counting the time.
    template <typename... Values> void insert(const char* sql, const Values&... values);
    void insertTerms(const char* sql, const QByteArray& terms);

    store::Database& db_;
    FullText fullText_;
    QString subject_; // of the conversation whose messages are arriving
    qint64 rows_ = 0;
    qint64 nanoseconds_ = 0;
    QString error_;
};

} // namespace switchboard::bench
