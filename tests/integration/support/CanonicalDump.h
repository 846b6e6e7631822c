// A deterministic text dump of a Store's entities, for comparing caches that should have
// converged: every entity table, rows in primary-key order, every column. The outbox and
// the sync cursor are bookkeeping, not content, and the search index is derived from the
// entities, so they are left out.
#pragma once

#include <QString>

#include <expected>

namespace switchboard::store {
class Store;
}

namespace switchboard::testing {

class CanonicalDump {
public:
    static std::expected<QString, QString> of(store::Store& store);
    // The first line where two dumps differ, with a little context, for a failure message.
    static QString firstDifference(const QString& a, const QString& b);
};

} // namespace switchboard::testing
