#include "server/SqlitePhoneIndex.h"

#include "server/EntityKind.h"
#include "server/ServerLogging.h"
#include "server/SideIndexBackfill.h"

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
    const SideIndexBackfill backfill("phone_index"_L1, kIndexVersion, "DELETE FROM customer_phones",
        "SELECT space, id, payload FROM entities WHERE kind = 'customer'");
    auto count = backfill.runIfStale(db_, [this](const store::Statement& row) {
        return reindex(row.text(0), row.text(1), QJsonDocument::fromJson(row.utf8(2)).object());
    });
    if (!count)
        return std::unexpected(count.error());
    if (count->has_value())
        qCInfo(lcStorage) << "phone index built for" << **count << "customers";
    return {};
}

} // namespace switchboard::server
