#include "server/SqlitePhoneIndex.h"

#include "server/EntityKind.h"
#include "server/ServerLogging.h"
#include "store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace switchboard::server {

using namespace Qt::StringLiterals;
using store::StoreResult;

namespace {

// Bumped when the index must be rebuilt from the stored customers.
constexpr qint64 kIndexVersion = 1;

} // namespace

SqlitePhoneIndex::SqlitePhoneIndex(store::Database& db)
    : db_(db)
{
}

QString SqlitePhoneIndex::keyOf(const QJsonObject& phone)
{
    const QString e164 = phone.value("e164"_L1).toString();
    if (!e164.isEmpty())
        return e164;
    const QString number = phone.value("number"_L1).toString().trimmed();
    if (!number.startsWith(u'+'))
        return {};
    QString digits = u"+"_s;
    for (QChar c : number) {
        if (c.isDigit())
            digits += c;
        else if (c != u'+' && c != u' ' && c != u'-' && c != u'(' && c != u')' && c != u'.')
            return {}; // letters or an extension: leave it to e164
    }
    return digits.size() >= 8 ? digits : QString();
}

StoreResult<> SqlitePhoneIndex::remove(const QString& space, const QString& customerId)
{
    auto forget = db_.cached("DELETE FROM customer_phones WHERE space = ?1 AND customer_id = ?2");
    if (!forget)
        return std::unexpected(forget.error());
    (*forget)->bindAll(space, customerId);
    return (*forget)->run();
}

StoreResult<> SqlitePhoneIndex::reindex(
    const QString& space, const QString& customerId, const QJsonObject& customer)
{
    if (auto done = remove(space, customerId); !done)
        return done;
    const QJsonArray phones = customer.value("phones"_L1).toArray();
    for (const QJsonValue& phone : phones) {
        const QString key = keyOf(phone.toObject());
        if (key.isEmpty())
            continue;
        auto insert = db_.cached("INSERT INTO customer_phones (space, e164, customer_id)"
                                 " VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING");
        if (!insert)
            return std::unexpected(insert.error());
        (*insert)->bindAll(space, key, customerId);
        if (auto done = (*insert)->run(); !done)
            return done;
    }
    return {};
}

StoreResult<QStringList> SqlitePhoneIndex::customers(const QString& space, const QString& e164)
{
    auto stmt = db_.cached("SELECT customer_id FROM customer_phones WHERE space = ?1 AND e164 = ?2"
                           " ORDER BY customer_id");
    if (!stmt)
        return std::unexpected(stmt.error());
    (*stmt)->bindAll(space, e164);
    QStringList out;
    auto read = (*stmt)->forEachRow([&](const store::Statement& row) { out.append(row.text(0)); });
    if (!read)
        return std::unexpected(read.error());
    return out;
}

StoreResult<> SqlitePhoneIndex::backfillOnce()
{
    auto version = db_.scalar(
        "SELECT COALESCE(MAX(CAST(value AS BIGINT)), 0) FROM settings WHERE key = 'phone_index'");
    if (!version)
        return std::unexpected(version.error());
    if (*version >= kIndexVersion)
        return {};
    auto tx = store::Transaction::begin(db_);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto done = db_.exec("DELETE FROM customer_phones"); !done)
        return done;
    auto all = db_.prepare("SELECT space, id, payload FROM entities WHERE kind = 'customer'");
    if (!all)
        return std::unexpected(all.error());
    qint64 count = 0;
    for (;;) {
        auto row = all->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const QJsonObject customer = QJsonDocument::fromJson(all->utf8(2)).object();
        if (auto done = reindex(all->text(0), all->text(1), customer); !done)
            return done;
        ++count;
    }
    if (auto done = db_.exec("INSERT INTO settings (key, value) VALUES ('phone_index', '1')"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        !done)
        return done;
    if (auto done = tx->commit(); !done)
        return done;
    qCInfo(lcStorage) << "phone index built for" << count << "customers";
    return {};
}

} // namespace switchboard::server
