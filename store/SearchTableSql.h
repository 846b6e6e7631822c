// The SQL of the search index's two tables, customers and messages, which have the same
// shape, so SearchIndex and RankedSearch run the same code over either.
#pragma once

#include "store/RankedSearch.h"
#include "store/SearchIndex.h"
#include "store/SearchQuery.h"
#include "store/TermSample.h"

#include <QStringList>

namespace switchboard::store {

// Each table is three: the rows (search_customer, search_message), keyed by an append-only
// sequence, holding the entity's id, the customer it belongs to, ranked_ms (last contact or
// sent time, NULL when none), title and details as typed, and terms, folded, exactly as
// given to FTS5; the FTS table (*_fts), contentless and detail=none, whose rowid is
// RecencyKey::make(ranked_ms, seq); and the FTS writes not yet flushed (*_pending). Merges
// are kept in search_customer_merge (SearchIndex::moveMessages).
struct SearchTableSql {
    // The two tables, and the statements that create them (SearchIndex::schemaStatements).
    static const SearchTableSql& customers();
    static const SearchTableSql& messages();
    static QStringList schemaStatements();
    // Makes both FTS tables anew in the shape schemaStatements() gives, from their rows
    // (SearchIndex::rebuildStatements).
    static QStringList rebuildFtsStatements();
    // Makes this connection's views of both FTS tables' vocabularies (temp.*_vocab, which
    // RankedSearch::Table::vocabulary reads), when missing. Nothing is stored in the file.
    static const char* vocabularyStatements();

    SearchHit::Kind kind;
    SearchQuery::Digits digits;
    const char* find; // ?1 id -> seq, ranked_ms, title, details, terms, customer_id
    const char* insert; // ?1 id ?2 ranked_ms ?3 title ?4 details ?5 terms ?6 customer_id
    const char* update; // ?1 seq, then as insert from ?2
    const char* remove; // ?1 seq
    const char* hit; // ?1 seq -> id, customer_id, ranked_ms, title, details
    const char* stageInsert; // ?1 rowid
    const char* cancelInsert; // ?1 rowid
    const char* stageDelete; // ?1 rowid ?2 terms
    const char* flushDeletes;
    const char* flushInserts;
    const char* clearPending;
    const char* anyPending;
    RankedSearch::Table ranked;
    TermSample::Sql sample;
};

} // namespace switchboard::store
