#include "store/CustomerRepository.h"

#include "protocol/JsonReader.h"
#include "store/Columns.h"
#include "store/Database.h"

namespace switchboard::store {

using namespace Qt::StringLiterals;
using protocol::Customer;

namespace {

// A customer new to the cache (nearly all of them during a sync) is one INSERT plus its
// phones and emails; only one already cached pays for the UPDATE and for clearing its
// old phones and emails.
constexpr const char* kInsert =
    "INSERT OR IGNORE INTO customers(id, first_name, last_name, company, language, segment,"
    " lifetime_value_minor, currency, social_handles, preferences, notes, tags,"
    " last_contact_at, created_at, updated_at, revision)"
    " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)";

constexpr const char* kUpdate =
    "UPDATE customers SET first_name = ?2, last_name = ?3, company = ?4, language = ?5,"
    " segment = ?6, lifetime_value_minor = ?7, currency = ?8, social_handles = ?9,"
    " preferences = ?10, notes = ?11, tags = ?12, last_contact_at = ?13, created_at = ?14,"
    " updated_at = ?15, revision = ?16 WHERE id = ?1";

constexpr const char* kSelectAllById =
    "SELECT id, first_name, last_name, company, language, segment, lifetime_value_minor,"
    " currency, social_handles, preferences, notes, tags, last_contact_at, created_at,"
    " updated_at, revision FROM customers ORDER BY id";

constexpr const char* kSelectById =
    "SELECT id, first_name, last_name, company, language, segment, lifetime_value_minor,"
    " currency, social_handles, preferences, notes, tags, last_contact_at, created_at,"
    " updated_at, revision FROM customers WHERE id = ?1";

StoreResult<Customer> readRow(const Statement& s)
{
    Customer c;
    c.id = s.text(0);
    c.firstName = s.text(1);
    c.lastName = s.text(2);
    c.company = s.text(3);
    c.language = s.text(4);
    auto segment = columns::enumeration<protocol::Segment>(s, 5);
    if (!segment)
        return std::unexpected(segment.error());
    c.segment = *segment;
    c.lifetimeValueMinor = s.int64(6);
    c.currency = s.text(7);
    auto handles = columns::jsonArray(s, 8);
    auto preferences = columns::jsonObject(s, 9);
    auto tags = columns::stringList(s, 11);
    if (!handles || !preferences || !tags)
        return std::unexpected(columns::corrupt(u"customer %1 has an unreadable list"_s.arg(c.id)));
    for (qsizetype i = 0; i < handles->size(); ++i) {
        auto handle = protocol::SocialHandle::fromJson(handles->at(i).toObject());
        if (!handle)
            return std::unexpected(columns::corrupt(handle.error().toString()));
        c.socialHandles.append(std::move(*handle));
    }
    for (auto it = preferences->begin(); it != preferences->end(); ++it)
        c.preferences.insert(it.key(), it.value().toString());
    c.notes = s.text(10);
    c.tags = std::move(*tags);
    c.lastContactAt = columns::time(s, 12);
    c.createdAt = columns::time(s, 13);
    c.updatedAt = columns::time(s, 14);
    c.revision = s.int64(15);
    return c;
}

} // namespace

CustomerRepository::CustomerRepository(Database& db)
    : db_(db)
{
}

StoreResult<> CustomerRepository::upsert(const Customer& c)
{
    // Serialised once, bound to whichever of the two statements runs.
    const QJsonArray handles = protocol::toJsonArray(c.socialHandles);
    const QJsonObject preferences = protocol::stringMapToJson(c.preferences);
    const auto bindRow = [&](Statement& st) {
        st.bind(1, c.id);
        st.bind(2, c.firstName);
        st.bind(3, c.lastName);
        st.bind(4, c.company);
        st.bind(5, c.language);
        columns::bindEnum(st, 6, c.segment);
        st.bind(7, c.lifetimeValueMinor);
        st.bind(8, c.currency);
        columns::bindJsonArray(st, 9, handles);
        columns::bindJsonObject(st, 10, preferences);
        st.bind(11, c.notes);
        columns::bindStringList(st, 12, c.tags);
        columns::bindTime(st, 13, c.lastContactAt);
        columns::bindTime(st, 14, c.createdAt);
        columns::bindTime(st, 15, c.updatedAt);
        st.bind(16, c.revision);
    };
    auto insert = db_.cached(kInsert);
    if (!insert)
        return std::unexpected(insert.error());
    bindRow(**insert);
    if (auto done = (*insert)->run(); !done)
        return done;
    const bool existed = db_.changes() == 0;
    if (existed) {
        auto update = db_.cached(kUpdate);
        if (!update)
            return std::unexpected(update.error());
        bindRow(**update);
        if (auto done = (*update)->run(); !done)
            return done;
    }
    if (auto done = writePhones(c, existed); !done)
        return done;
    return writeEmails(c, existed);
}

StoreResult<> CustomerRepository::writePhones(const Customer& c, bool replace)
{
    if (replace) {
        auto clear = db_.cached("DELETE FROM customer_phones WHERE customer_id = ?1");
        if (!clear)
            return std::unexpected(clear.error());
        (*clear)->bind(1, c.id);
        if (auto done = (*clear)->run(); !done)
            return done;
    }
    for (qsizetype i = 0; i < c.phones.size(); ++i) {
        const protocol::PhoneNumber& phone = c.phones.at(i);
        auto insert = db_.cached("INSERT INTO customer_phones(customer_id, position, number,"
                                 " e164, label) VALUES(?1, ?2, ?3, ?4, ?5)");
        if (!insert)
            return std::unexpected(insert.error());
        (*insert)->bind(1, c.id);
        (*insert)->bind(2, static_cast<qint64>(i));
        (*insert)->bind(3, phone.number);
        (*insert)->bindOptional(4, phone.e164);
        (*insert)->bind(5, phone.label);
        if (auto done = (*insert)->run(); !done)
            return done;
    }
    return {};
}

StoreResult<> CustomerRepository::writeEmails(const Customer& c, bool replace)
{
    if (replace) {
        auto clear = db_.cached("DELETE FROM customer_emails WHERE customer_id = ?1");
        if (!clear)
            return std::unexpected(clear.error());
        (*clear)->bind(1, c.id);
        if (auto done = (*clear)->run(); !done)
            return done;
    }
    for (qsizetype i = 0; i < c.emails.size(); ++i) {
        auto insert = db_.cached(
            "INSERT INTO customer_emails(customer_id, position, email) VALUES(?1, ?2, ?3)");
        if (!insert)
            return std::unexpected(insert.error());
        (*insert)->bindAll(c.id, static_cast<qint64>(i), c.emails.at(i));
        if (auto done = (*insert)->run(); !done)
            return done;
    }
    return {};
}

StoreResult<> CustomerRepository::readContactPoints(Customer& c)
{
    auto phones = db_.cached("SELECT number, e164, label FROM customer_phones"
                             " WHERE customer_id = ?1 ORDER BY position");
    if (!phones)
        return std::unexpected(phones.error());
    (*phones)->bind(1, c.id);
    for (;;) {
        auto row = (*phones)->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        c.phones.append({(*phones)->text(0), (*phones)->text(1), (*phones)->text(2)});
    }
    auto emails = db_.cached(
        "SELECT email FROM customer_emails WHERE customer_id = ?1 ORDER BY position");
    if (!emails)
        return std::unexpected(emails.error());
    (*emails)->bind(1, c.id);
    for (;;) {
        auto row = (*emails)->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        c.emails.append((*emails)->text(0));
    }
    return {};
}

StoreResult<std::optional<Customer>> CustomerRepository::find(const QString& id)
{
    auto s = db_.cached(kSelectById);
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, id);
    auto row = (*s)->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Customer>();
    auto customer = readRow(**s);
    (*s)->reset(); // the phone and email reads below must not see this statement busy
    if (!customer)
        return std::unexpected(customer.error());
    if (auto done = readContactPoints(*customer); !done)
        return std::unexpected(done.error());
    return std::optional<Customer>(std::move(*customer));
}

StoreResult<bool> CustomerRepository::exists(const QString& id)
{
    auto s = db_.cached("SELECT 1 FROM customers WHERE id = ?1");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, id);
    auto row = (*s)->step();
    (*s)->reset();
    return row;
}

StoreResult<QStringList> CustomerRepository::idsFor(const char* sql, const QString& key)
{
    auto s = db_.cached(sql);
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, key);
    QStringList ids;
    for (;;) {
        auto row = (*s)->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        ids.append((*s)->text(0));
    }
    return ids;
}

StoreResult<QList<Customer>> CustomerRepository::findByIds(const QStringList& ids)
{
    QList<Customer> out;
    for (const QString& id : ids) {
        auto customer = find(id);
        if (!customer)
            return std::unexpected(customer.error());
        if (*customer)
            out.append(std::move(**customer));
    }
    return out;
}

StoreResult<QList<Customer>> CustomerRepository::findByPhone(const QString& e164)
{
    // The partial index on e164 answers the WHERE; the join only orders the few matches.
    auto ids = idsFor("SELECT DISTINCT p.customer_id FROM customer_phones p"
                      " JOIN customers c ON c.id = p.customer_id WHERE p.e164 = ?1"
                      " ORDER BY c.last_contact_at DESC, c.id",
                      e164);
    if (!ids)
        return std::unexpected(ids.error());
    return findByIds(*ids);
}

StoreResult<bool> CustomerRepository::remove(const QString& id)
{
    // Phones and emails go with it: ON DELETE CASCADE.
    auto s = db_.cached("DELETE FROM customers WHERE id = ?1");
    if (!s)
        return std::unexpected(s.error());
    (*s)->bind(1, id);
    if (auto done = (*s)->run(); !done)
        return std::unexpected(done.error());
    return db_.changes() > 0;
}

StoreResult<> CustomerRepository::moveContactPoints(const QString& fromId, const QString& toId)
{
    // Positions are part of the key, so the moved rows are numbered after the survivor's.
    struct Table {
        const char* nextPosition;
        const char* move;
    };
    const Table tables[] = {
        {"SELECT COALESCE(MAX(position) + 1, 0) FROM customer_phones WHERE customer_id = ?1",
         "UPDATE customer_phones SET customer_id = ?1, position = position + ?3"
         " WHERE customer_id = ?2"},
        {"SELECT COALESCE(MAX(position) + 1, 0) FROM customer_emails WHERE customer_id = ?1",
         "UPDATE customer_emails SET customer_id = ?1, position = position + ?3"
         " WHERE customer_id = ?2"},
    };
    for (const Table& table : tables) {
        auto next = db_.cached(table.nextPosition);
        if (!next)
            return std::unexpected(next.error());
        (*next)->bind(1, toId);
        auto row = (*next)->step();
        if (!row)
            return std::unexpected(row.error());
        const qint64 offset = *row ? (*next)->int64(0) : 0;
        (*next)->reset();
        auto move = db_.cached(table.move);
        if (!move)
            return std::unexpected(move.error());
        (*move)->bindAll(toId, fromId, offset);
        if (auto done = (*move)->run(); !done)
            return done;
    }
    return {};
}

StoreResult<qint64> CustomerRepository::count()
{
    return db_.scalar("SELECT COUNT(*) FROM customers");
}

StoreResult<> CustomerRepository::forEach(
    const std::function<StoreResult<>(const Customer&)>& visit)
{
    // A statement of its own: the visitor may call back into this repository.
    auto s = db_.prepare(kSelectAllById);
    if (!s)
        return std::unexpected(s.error());
    for (;;) {
        auto row = s->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
        auto customer = readRow(*s);
        if (!customer)
            return std::unexpected(customer.error());
        if (auto done = readContactPoints(*customer); !done)
            return done;
        if (auto done = visit(*customer); !done)
            return done;
    }
}

} // namespace switchboard::store
