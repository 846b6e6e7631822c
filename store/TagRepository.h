// The tag catalogue: each tag's colour and category, as the tag editor shows them.
#pragma once

#include "protocol/Tag.h"
#include "store/StoreError.h"

#include <QList>

namespace switchboard::store {

class Database;

class TagRepository {
public:
    explicit TagRepository(Database& db);

    StoreResult<> upsert(const protocol::Tag& tag);
    // false when there was no such tag.
    StoreResult<bool> remove(const QString& name);
    // Every tag, by category then name.
    StoreResult<QList<protocol::Tag>> all();

private:
    Database& db_;
};

} // namespace switchboard::store
