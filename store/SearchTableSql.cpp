#include "store/SearchTableSql.h"

#include "store/Fts5QueryTokenizer.h"
#include "store/RecencyKey.h"

using namespace Qt::StringLiterals;

namespace switchboard::store {

namespace {

static_assert(RecencyKey::kMaxSequence == 2147483647, "the SQL below masks the sequence");

// Staged inserts keep only the rowid: their terms are read from the row at flush, so the
// text is written once. Staged deletes keep the terms the FTS table holds for them, which
// the row no longer has.
const SearchTableSql kCustomers {
    SearchHit::Kind::Customer,
    SearchQuery::Digits::AsOneNumber,
    "SELECT seq, ranked_ms, title, details, terms, customer_id FROM search_customer"
    " WHERE customer_id = ?1",
    "INSERT INTO search_customer(customer_id, ranked_ms, title, details, terms)"
    " VALUES (?1, ?2, ?3, ?4, ?5)",
    "UPDATE search_customer SET ranked_ms = ?2, title = ?3, details = ?4, terms = ?5"
    " WHERE seq = ?1",
    "DELETE FROM search_customer WHERE seq = ?1",
    "SELECT customer_id, customer_id, ranked_ms, title, details FROM search_customer"
    " WHERE seq = ?1",
    "INSERT OR IGNORE INTO search_customer_pending(fts_rowid, is_insert) VALUES (?1, 1)",
    "DELETE FROM search_customer_pending WHERE fts_rowid = ?1 AND is_insert = 1",
    "INSERT INTO search_customer_pending(fts_rowid, is_insert, terms) VALUES (?1, 0, ?2)",
    "INSERT INTO search_customer_fts(search_customer_fts, rowid, terms)"
    " SELECT 'delete', fts_rowid, terms FROM search_customer_pending WHERE is_insert = 0"
    " ORDER BY fts_rowid",
    "INSERT INTO search_customer_fts(rowid, terms)"
    " SELECT p.fts_rowid, d.terms FROM search_customer_pending AS p JOIN search_customer AS d"
    " ON d.seq = (p.fts_rowid & 2147483647) WHERE p.is_insert = 1 ORDER BY p.fts_rowid",
    "DELETE FROM search_customer_pending",
    "SELECT EXISTS (SELECT 1 FROM search_customer_pending)",
    {
        "SELECT rowid FROM search_customer_fts(?1) WHERE rowid < ?2"
        " ORDER BY rowid DESC LIMIT ?3",
        "SELECT f.rowid, d.terms FROM search_customer_fts(?1) AS f JOIN search_customer AS d"
        " ON d.seq = (f.rowid & 2147483647) WHERE f.rowid < ?2 ORDER BY f.rowid DESC"
        " LIMIT ?3",
        "SELECT term FROM temp.search_customer_vocab WHERE term >= ?1 AND term < ?2 LIMIT ?3",
        1.0,
    },
    { "SELECT max(seq) FROM search_customer", "SELECT terms FROM search_customer WHERE seq = ?1" },
};

const SearchTableSql kMessages {
    SearchHit::Kind::Message,
    SearchQuery::Digits::AsWords,
    "SELECT seq, ranked_ms, title, details, terms, customer_id FROM search_message"
    " WHERE message_id = ?1",
    "INSERT INTO search_message(message_id, ranked_ms, title, details, terms, customer_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    "UPDATE search_message SET ranked_ms = ?2, title = ?3, details = ?4, terms = ?5,"
    " customer_id = ?6 WHERE seq = ?1",
    "DELETE FROM search_message WHERE seq = ?1",
    // A merged customer's messages show under the survivor (moveMessages).
    "SELECT d.message_id, coalesce(m.to_id, d.customer_id), d.ranked_ms, d.title, d.details"
    " FROM search_message AS d LEFT JOIN search_customer_merge AS m"
    " ON m.from_id = d.customer_id WHERE d.seq = ?1",
    "INSERT OR IGNORE INTO search_message_pending(fts_rowid, is_insert) VALUES (?1, 1)",
    "DELETE FROM search_message_pending WHERE fts_rowid = ?1 AND is_insert = 1",
    "INSERT INTO search_message_pending(fts_rowid, is_insert, terms) VALUES (?1, 0, ?2)",
    "INSERT INTO search_message_fts(search_message_fts, rowid, terms)"
    " SELECT 'delete', fts_rowid, terms FROM search_message_pending WHERE is_insert = 0"
    " ORDER BY fts_rowid",
    "INSERT INTO search_message_fts(rowid, terms)"
    " SELECT p.fts_rowid, d.terms FROM search_message_pending AS p JOIN search_message AS d"
    " ON d.seq = (p.fts_rowid & 2147483647) WHERE p.is_insert = 1 ORDER BY p.fts_rowid",
    "DELETE FROM search_message_pending",
    "SELECT EXISTS (SELECT 1 FROM search_message_pending)",
    {
        "SELECT rowid FROM search_message_fts(?1) WHERE rowid < ?2"
        " ORDER BY rowid DESC LIMIT ?3",
        "SELECT f.rowid, d.terms FROM search_message_fts(?1) AS f JOIN search_message AS d"
        " ON d.seq = (f.rowid & 2147483647) WHERE f.rowid < ?2 ORDER BY f.rowid DESC"
        " LIMIT ?3",
        "SELECT term FROM temp.search_message_vocab WHERE term >= ?1 AND term < ?2 LIMIT ?3",
        2.0, // a message row is about twice a customer's
    },
    { "SELECT max(seq) FROM search_message", "SELECT terms FROM search_message WHERE seq = ?1" },
};

constexpr int kAutomerge = 16;

// The FTS table of a search table `name` and its settings. detail=none: queries are single
// words ANDed, never phrases or column filters, so positions would only make the index
// bigger and every write slower; columnsize=0: no bm25, the order is the rowid's.
// prefix='2 3': a prefix of two or three characters is then one doclist that streams newest
// first like a word, where without it FTS5 merges the doclists of every word with that
// prefix before its first row (40-100 ms for "vo" or "ozt" at 1M rows). Those are the
// prefixes a scan is slowest on: too common for a cheap merge, too rare among the newest
// rows to be found by reading a few hundred. It doubles what FTS5 writes per row, which a
// flush every kMaxStaged rows keeps small (see SearchIndex::flush); one character would
// add a doclist of nearly every row per letter, and is answered well by a scan.
QStringList ftsStatements(const QString& name)
{
    return {
        u"CREATE VIRTUAL TABLE %1_fts USING fts5(terms, content='', detail=none, columnsize=0,"
        " prefix='%2 %3', tokenize='%4 remove_diacritics %5')"_s.arg(name)
            .arg(RankedSearch::kShortestIndexedPrefix)
            .arg(RankedSearch::kLongestIndexedPrefix)
            .arg(QLatin1StringView(Fts5QueryTokenizer::kTokenizerName),
                QLatin1StringView(Fts5QueryTokenizer::kRemoveDiacritics)),
        // Merging 16 segments at a time, not 4, cuts the cost of a flush by a quarter;
        // queries read a few more segments, which the streaming plans barely notice.
        u"INSERT INTO %1_fts(%1_fts, rank) VALUES('automerge', %2)"_s.arg(name).arg(kAutomerge),
    };
}

// The row table, FTS table and pending table of a search table `name`.
QStringList tableStatements(const QString& name, const QString& idColumn, bool customerColumn)
{
    QStringList statements {
        u"CREATE TABLE %1 (seq INTEGER PRIMARY KEY, %2 TEXT NOT NULL,%3 ranked_ms INTEGER,"
        " title TEXT NOT NULL, details TEXT NOT NULL, terms TEXT NOT NULL)"_s.arg(
            name, idColumn, customerColumn ? u" customer_id TEXT NOT NULL,"_s : QString()),
        u"CREATE UNIQUE INDEX %1_id ON %1(%2)"_s.arg(name, idColumn),
    };
    statements += ftsStatements(name);
    statements
        += u"CREATE TABLE %1_pending (fts_rowid INTEGER NOT NULL, is_insert INTEGER NOT NULL,"
           " terms TEXT, PRIMARY KEY (fts_rowid, is_insert)) WITHOUT ROWID"_s.arg(name);
    return statements;
}

// The FTS table of `name` made anew in the current shape and filled from the rows, in rowid
// order: the rows hold exactly what it must hold, so what was staged for the old one goes.
QStringList rebuildStatements(const QString& name)
{
    static_assert(RecencyKey::kSequenceBits == 31 && RecencyKey::kMaxSeconds == 4294967295,
        "the rowid below is RecencyKey::make");
    QStringList statements {
        u"DELETE FROM %1_pending"_s.arg(name),
        u"DROP TABLE %1_fts"_s.arg(name),
    };
    statements += ftsStatements(name);
    statements += u"INSERT INTO %1_fts(rowid, terms) SELECT (CASE WHEN ranked_ms IS NULL"
                  " OR ranked_ms < 0 THEN 0 ELSE min(ranked_ms / 1000, 4294967295) END << 31)"
                  " | seq AS fts_rowid, terms FROM %1 ORDER BY fts_rowid"_s.arg(name);
    return statements;
}

} // namespace

const char* SearchTableSql::vocabularyStatements()
{
    return "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_customer_vocab"
           " USING fts5vocab(main, search_customer_fts, row);"
           "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_message_vocab"
           " USING fts5vocab(main, search_message_fts, row);";
}

const SearchTableSql& SearchTableSql::customers()
{
    return kCustomers;
}

const SearchTableSql& SearchTableSql::messages()
{
    return kMessages;
}

QStringList SearchTableSql::schemaStatements()
{
    QStringList statements = tableStatements(u"search_customer"_s, u"customer_id"_s, false);
    statements += tableStatements(u"search_message"_s, u"message_id"_s, true);
    statements += u"CREATE TABLE search_customer_merge (from_id TEXT PRIMARY KEY,"
                  " to_id TEXT NOT NULL) WITHOUT ROWID"_s;
    return statements;
}

QStringList SearchTableSql::rebuildFtsStatements()
{
    return rebuildStatements(u"search_customer"_s) + rebuildStatements(u"search_message"_s);
}

} // namespace switchboard::store
