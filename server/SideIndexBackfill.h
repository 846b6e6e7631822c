// Builds a side index (a table SqliteEventWriter derives from the stored entities, such as
// customer_phones) once for a file written before the index existed, or again after its
// version is bumped: the version mark in `settings`, the emptied table, every matching row
// of `entities` and the new mark land in one transaction, so a failure leaves the file as it
// was and the next open tries again. It does not know what a row means: the index does.
#pragma once

#include "store/Database.h"

#include <QLatin1StringView>

#include <functional>
#include <optional>

namespace switchboard::server {

class SideIndexBackfill {
public:
    // Indexes one row of the select; an error ends the backfill and rolls it back.
    using IndexRow = std::function<store::StoreResult<>(const store::Statement& row)>;

    // `versionKey`: the settings key holding the built version; `clearSql` empties the
    // index; `selectSql` reads the entities to index.
    SideIndexBackfill(
        QLatin1StringView versionKey, qint64 version, const char* clearSql, const char* selectSql);

    // The number of rows indexed, or nullopt when the stored version is already current
    // (nothing read or written).
    store::StoreResult<std::optional<qint64>> runIfStale(
        store::Database& db, const IndexRow& indexRow) const;

private:
    store::StoreResult<qint64> storedVersion(store::Database& db) const;
    store::StoreResult<> saveVersion(store::Database& db) const;

    QLatin1StringView versionKey_;
    qint64 version_;
    const char* clearSql_;
    const char* selectSql_;
};

} // namespace switchboard::server
