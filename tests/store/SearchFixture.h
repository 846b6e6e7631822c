// What the search index tests share: a fresh SQLite file holding only the index's tables
// (SearchIndex::schemaStatements()), entity builders, and helpers that index inside a
// transaction and search by id.
#pragma once

#include "protocol/Customer.h"
#include "protocol/Message.h"
#include "store/Database.h"
#include "store/RankedSearch.h"
#include "store/SearchIndex.h"
#include "store/TextFolding.h"
#include "store/Transaction.h"

#include <QTemporaryDir>
#include <QtTest>

#include <optional>
#include <utility>

namespace switchboard::store::searchtest {

using namespace Qt::StringLiterals;

inline QDateTime at(qint64 minutes)
{
    return QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC).addSecs(minutes * 60);
}

inline protocol::Customer customer(
    const QString& id, const QString& first, const QString& last, qint64 contactedAtMinute)
{
    protocol::Customer c;
    c.id = id;
    c.firstName = first;
    c.lastName = last;
    c.lastContactAt = at(contactedAtMinute);
    return c;
}

inline protocol::Message message(
    const QString& id, const QString& customerId, const QString& body, qint64 sentAtMinute)
{
    protocol::Message m;
    m.id = id;
    m.conversationId = u"con-"_s + id;
    m.customerId = customerId;
    m.body = body;
    m.sentAt = at(sentAtMinute);
    return m;
}

// The words of `text` as the index holds them, for brute-force models.
inline QStringList foldedWords(const QString& text)
{
    QStringList words;
    QString word;
    for (QChar c : TextFolding::fold(text)) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

inline QStringList idsOf(const QList<SearchHit>& hits)
{
    QStringList ids;
    for (const SearchHit& hit : hits)
        ids.append(hit.id);
    return ids;
}

class SearchFixture {
public:
    bool open()
    {
        dir_.emplace();
        if (!dir_->isValid())
            return false;
        auto db = Database::open(dir_->filePath(u"search.db"_s));
        if (!db) {
            qWarning() << db.error().message;
            return false;
        }
        db_.emplace(std::move(*db));
        for (const QString& statement : SearchIndex::schemaStatements()) {
            if (auto done = db_->exec(statement.toUtf8().constData()); !done) {
                qWarning() << done.error().message;
                return false;
            }
        }
        index_.emplace(*db_);
        return true;
    }

    void close()
    {
        index_.reset();
        db_.reset();
        dir_.reset();
    }

    Database& db() { return *db_; }
    SearchIndex& index() { return *index_; }
    // A new SearchIndex on the same file: nothing may live only in the old object.
    void reopenIndex(const RankedSearch::Tuning& tuning = {}) { index_.emplace(*db_, tuning); }

    bool indexCustomers(const QList<protocol::Customer>& customers)
    {
        auto transaction = Transaction::begin(*db_);
        if (!transaction)
            return false;
        for (const auto& c : customers) {
            if (auto done = index_->indexCustomer(c); !done) {
                qWarning() << done.error().message;
                return false;
            }
        }
        return index_->flush() && transaction->commit();
    }

    bool indexMessages(const QList<std::pair<protocol::Message, QString>>& messages)
    {
        auto transaction = Transaction::begin(*db_);
        if (!transaction)
            return false;
        for (const auto& [m, subject] : messages) {
            if (auto done = index_->indexMessage(m, subject); !done) {
                qWarning() << done.error().message;
                return false;
            }
        }
        return index_->flush() && transaction->commit();
    }

    QStringList customerIds(const QString& text, int limit = 20)
    {
        auto hits = index_->searchCustomers(text, limit);
        if (!hits) {
            qWarning() << "search failed:" << text << hits.error().message;
            return { u"<error>"_s };
        }
        return idsOf(*hits);
    }

    QStringList messageIds(const QString& text, int limit = 20)
    {
        auto hits = index_->searchMessages(text, limit);
        if (!hits) {
            qWarning() << "search failed:" << text << hits.error().message;
            return { u"<error>"_s };
        }
        return idsOf(*hits);
    }

    qint64 count(const char* sql)
    {
        auto statement = db_->prepare(sql);
        if (!statement || !statement->step().value_or(false))
            return -1;
        return statement->int64(0);
    }

    // FTS5's own check of its index structure, for both tables.
    bool ftsIntact()
    {
        return db_
            ->exec("INSERT INTO search_customer_fts(search_customer_fts) VALUES('integrity-check');"
                   "INSERT INTO search_message_fts(search_message_fts) VALUES('integrity-check');")
            .has_value();
    }

private:
    std::optional<QTemporaryDir> dir_;
    std::optional<Database> db_;
    std::optional<SearchIndex> index_;
};

} // namespace switchboard::store::searchtest
