// The end-of-run checks every soak test makes, whatever it broke on the way: the server's
// log holds each note and message of the plan exactly once, every cache is sound and
// identical to the others and to a cache synced from scratch at the end.
#pragma once

#include "CanonicalDump.h"
#include "EventLogReader.h"
#include "SoakPlan.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QHash>
#include <QtTest>

namespace switchboard::testing {

using namespace Qt::StringLiterals;

inline constexpr int kSoakCommands = 1000;
inline constexpr int kSoakClients = 3;

// Every note and message of the plan was applied exactly once by the server.
inline QString checkExactlyOnce(const EventLog& log, const SoakPlan& plan)
{
    QHash<QString, int> added;
    for (const protocol::Event& event : log.events) {
        if (event.type == protocol::EventType::MessageAdded)
            ++added[event.entity];
    }
    int checked = 0;
    for (int i = 0; i < kSoakCommands; ++i) {
        const QString id = plan.messageIdOf(i);
        if (id.isEmpty())
            continue;
        ++checked;
        if (added.value(id) != 1)
            return u"message %1 (command %2) was added %3 times"_s.arg(
                id, QString::number(i), QString::number(added.value(id)));
    }
    return checked > 0 ? QString() : u"the plan has no messages"_s;
}

// The caches are sound, hold nothing pending, and all equal `reference`'s dump.
inline QString checkConverged(const QList<store::Store*>& caches, store::Store& reference)
{
    auto expected = CanonicalDump::of(reference);
    if (!expected)
        return expected.error();
    for (qsizetype i = 0; i < caches.size(); ++i) {
        store::Store& cache = *caches.at(i);
        const QString integrity = cache.database().integrityCheck().value_or(u"unreadable"_s);
        if (integrity != u"ok"_s)
            return u"cache %1: integrity_check says %2"_s.arg(QString::number(i), integrity);
        const auto pending = cache.pending();
        if (!pending || !pending->isEmpty())
            return u"cache %1 still has %2 commands pending"_s.arg(
                QString::number(i), QString::number(pending ? pending->size() : -1));
        auto dump = CanonicalDump::of(cache);
        if (!dump)
            return dump.error();
        if (*dump != *expected)
            return u"cache %1 differs from a fresh sync: %2"_s.arg(
                QString::number(i), CanonicalDump::firstDifference(*dump, *expected));
    }
    return {};
}

} // namespace switchboard::testing
