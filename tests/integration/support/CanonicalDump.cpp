#include "CanonicalDump.h"

#include "store/Database.h"
#include "store/Store.h"

#include <QStringList>

#include <sqlite3.h>

namespace switchboard::testing {

using namespace Qt::StringLiterals;

namespace {

struct Table {
    const char* name;
    const char* orderBy;
    const char* columns = "*";
};

constexpr Table kTables[] = {
    { "customers", "id" },
    { "customer_phones", "customer_id, position" },
    { "customer_emails", "customer_id, position" },
    { "orders", "id" },
    { "conversations", "id" },
    // Tags are a set (docs/protocol.md, conflict rules): compared without their position,
    // because the store's undo of a tag change puts a tag back at the end of the list, not
    // where the server has it.
    { "conversation_tags", "conversation_id, tag", "conversation_id, tag" },
    { "messages", "id" },
    { "feedback", "id" },
    { "tags", "name" },
    { "agents", "id" },
    { "queues", "id" },
};

QString cell(sqlite3_stmt* statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_NULL:
        return u"NULL"_s;
    case SQLITE_INTEGER:
        return QString::number(sqlite3_column_int64(statement, column));
    case SQLITE_FLOAT:
        return QString::number(sqlite3_column_double(statement, column), 'g', 17);
    default:
        break;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    const QString value = QString::fromUtf8(text, sqlite3_column_bytes(statement, column));
    // Quoted and escaped, so a value with a separator in it cannot fake another row.
    QString escaped = value;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\n"_s, u"\\n"_s).replace(u"|"_s, u"\\|"_s);
    return u'"' + escaped + u'"';
}

} // namespace

std::expected<QString, QString> CanonicalDump::of(store::Store& store)
{
    sqlite3* db = store.database().handle();
    QStringList lines;
    for (const Table& table : kTables) {
        const QByteArray sql = "SELECT " + QByteArray(table.columns) + " FROM "
            + QByteArray(table.name) + " ORDER BY " + QByteArray(table.orderBy);
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
            return std::unexpected(QString::fromUtf8(sqlite3_errmsg(db)));
        lines << u"# "_s + QString::fromLatin1(table.name);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            QStringList cells;
            for (int c = 0; c < sqlite3_column_count(statement); ++c)
                cells << cell(statement, c);
            lines << cells.join(u'|');
        }
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE)
            return std::unexpected(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    return lines.join(u'\n');
}

QString CanonicalDump::firstDifference(const QString& a, const QString& b)
{
    const QStringList left = a.split(u'\n');
    const QStringList right = b.split(u'\n');
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        const QString l = left.value(i, u"<end>"_s);
        const QString r = right.value(i, u"<end>"_s);
        if (l != r)
            return u"line %1:\n  < %2\n  > %3"_s.arg(QString::number(i + 1), l, r);
    }
    return u"identical"_s;
}

} // namespace switchboard::testing
