// What the sync client tests share: one seeded server process for the whole test binary,
// users to log in as, fresh stores, and waiting for a client to get somewhere.
#pragma once

#include "ServerProcess.h"
#include "protocol/Command.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/Store.h"
#include "sync/SyncClient.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace switchboard::testing {

using namespace Qt::StringLiterals;

inline constexpr int kOnlineTimeoutMs = 20'000;
inline const QString kAdminUser = u"sync-admin"_s;
inline const QString kPassword = u"demo"_s;

// A store file and the client syncing it, as the app pairs them.
struct SyncedCache {
    std::unique_ptr<store::Store> store;
    std::unique_ptr<sync::SyncClient> client;
    QList<sync::SyncState> states;
    QList<sync::CommandRejection> rejections;

    static std::unique_ptr<SyncedCache> open(
        const QString& path, sync::RetryPolicy retry = sync::RetryPolicy())
    {
        auto opened = store::Store::open(path);
        if (!opened)
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(opened.error().message));
        auto cache = std::make_unique<SyncedCache>();
        cache->store = std::make_unique<store::Store>(std::move(*opened));
        cache->client = std::make_unique<sync::SyncClient>(*cache->store, retry);
        SyncedCache* self = cache.get();
        QObject::connect(cache->client.get(), &sync::SyncClient::stateChanged,
            [self](sync::SyncState state) { self->states.append(state); });
        QObject::connect(cache->client.get(), &sync::SyncClient::commandRejected,
            [self](const sync::CommandRejection& r) { self->rejections.append(r); });
        return cache;
    }

    bool waitOnline(int timeoutMs = kOnlineTimeoutMs)
    {
        return QTest::qWaitFor(
            [this] { return client->state() == sync::SyncState::Online; }, timeoutMs);
    }

    qint64 cursor() { return store->cursor(protocol::kLiveSpace).value_or(-1); }
    qsizetype pending() { return store->pending().value_or(QList<protocol::Command>()).size(); }

    // The first column of the first row of `sql`, as text (empty when none).
    QString scalarText(const char* sql)
    {
        auto statement = store->database().prepare(sql);
        if (!statement)
            return {};
        auto row = statement->step();
        return row && *row ? statement->text(0) : QString();
    }
};

inline QJsonObject onConversation(const QString& conversationId, QJsonObject fields)
{
    fields.insert("conversationId"_L1, conversationId);
    return fields;
}

} // namespace switchboard::testing
