// The server's tables, created on first open. Written in SQL that PostgreSQL also accepts
// (TEXT, BIGINT, composite primary keys, ON CONFLICT), so the PostgreSQL storage can share
// the design if not the file.
#pragma once

#include "store/Database.h"

namespace switchboard::server {

store::StoreResult<> createServerSchema(store::Database& db);

} // namespace switchboard::server
