// Three sync clients in this process, each with its own store file and its own admin
// login, sending their thirds of a SoakPlan at a steady pace while the test breaks things
// (kills the server, cuts connections). run() drives the event loop until everything is
// submitted, every outbox is empty and every cache holds the server's last seq.
#pragma once

#include "BlockingLogin.h"
#include "EventLogReader.h"
#include "ServerProcess.h"
#include "SoakCheck.h"
#include "SoakPlan.h"
#include "store/Store.h"
#include "sync/SyncClient.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

namespace switchboard::testing {

struct SoakParticipant {
    std::unique_ptr<store::Store> store;
    std::unique_ptr<sync::SyncClient> client;
    QString token;
    int next = 0; // the next of its command indexes to submit
    int rejected = 0;
    QString lastRejection;
};

class InProcessSoak {
public:
    static constexpr int kSubmitEveryMs = 4; // per client: ~1.4 s to submit 1,000 in all
    static constexpr int kSettleTimeoutMs = 40'000;

    InProcessSoak(ServerProcess& server, QString runId)
        : server_(server)
        , runId_(std::move(runId))
    {
    }

    // Seeds the server and adds the three admin users (before it starts).
    static QString prepare(ServerProcess& server)
    {
        if (auto seeded = server.seedDemo(150, 1500, 3); !seeded)
            return seeded.error();
        for (int c = 0; c < kSoakClients; ++c) {
            const QString user = u"soak-%1"_s.arg(c);
            if (auto added = server.addUser(user, u"Soak %1"_s.arg(c), u"admin"_s, u"demo"_s);
                !added)
                return added.error();
        }
        return {};
    }

    // Logs in, opens the stores and syncs them once; `syncUrl` is where clients connect
    // (the server, or a proxy in front of it).
    QString connect(const QUrl& syncUrl, sync::RetryPolicy::Settings retry)
    {
        syncUrl_ = syncUrl;
        for (int c = 0; c < kSoakClients; ++c) {
            auto login = BlockingLogin::login(server_.url(), u"soak-%1"_s.arg(c), u"demo"_s);
            if (!login)
                return login.error();
            auto opened = store::Store::open(dir_.filePath(u"client-%1.db"_s.arg(c)));
            if (!opened)
                return opened.error().message;
            auto p = std::make_unique<SoakParticipant>();
            p->token = login->token;
            p->store = std::make_unique<store::Store>(std::move(*opened));
            p->client = std::make_unique<sync::SyncClient>(
                *p->store, sync::RetryPolicy(retry, 1000 + quint32(c)));
            p->next = c;
            SoakParticipant* raw = p.get();
            QObject::connect(p->client.get(), &sync::SyncClient::commandRejected,
                [raw](const sync::CommandRejection& r) {
                    ++raw->rejected;
                    raw->lastRejection
                        = r.command.type + u' ' + r.code + u' ' + r.reason + u' ' + r.message;
                });
            p->client->start({ syncUrl_, p->token, protocol::kLiveSpace });
            participants_.push_back(std::move(p));
        }
        const bool online = QTest::qWaitFor(
            [this] {
                for (const auto& p : participants_) {
                    if (p->client->state() != sync::SyncState::Online)
                        return false;
                }
                return true;
            },
            kSettleTimeoutMs);
        if (!online)
            return u"the clients did not come online"_s;
        auto plan = SoakPlan::fromStore(*participants_.front()->store, runId_);
        if (!plan)
            return plan.error();
        plan_ = *plan;
        return {};
    }

    // Submits the plan; `during(submitted)` runs between submissions so the test can break
    // things at a given point. Returns when all is settled, or why not.
    QString run(const std::function<void(int submitted)>& during)
    {
        int submitted = 0;
        QTimer pace;
        pace.setInterval(kSubmitEveryMs);
        QObject::connect(&pace, &QTimer::timeout, [&] {
            for (const auto& p : participants_) {
                if (p->next >= kSoakCommands)
                    continue;
                if (!p->client->submit(plan_->command(p->next)))
                    qFatal("submit failed for command %d", p->next);
                p->next += kSoakClients;
                ++submitted;
            }
            during(submitted);
            if (submitted >= kSoakCommands)
                pace.stop();
        });
        pace.start();
        if (!QTest::qWaitFor([&] { return submitted >= kSoakCommands; }, kSettleTimeoutMs))
            return u"only %1 commands were submitted"_s.arg(submitted);
        during(submitted);
        return settle();
    }

    QString settle()
    {
        const bool drained = QTest::qWaitFor(
            [this] {
                for (const auto& p : participants_) {
                    if (p->client->state() != sync::SyncState::Online
                        || !p->store->pending().value_or(QList<protocol::Command> { {} }).isEmpty())
                        return false;
                }
                return true;
            },
            kSettleTimeoutMs);
        if (!drained)
            return u"the outboxes did not drain: "_s + status();
        // Nothing is pending anywhere, so the server's seq is final now.
        auto log = EventLogReader::read(server_.url(), participants_.front()->token);
        if (!log)
            return log.error();
        log_ = *log;
        const bool caughtUp = QTest::qWaitFor(
            [this] {
                for (const auto& p : participants_) {
                    if (p->store->cursor(protocol::kLiveSpace).value_or(0) < log_.syncedSeq)
                        return false;
                }
                return true;
            },
            kSettleTimeoutMs);
        if (!caughtUp)
            return u"the caches did not reach seq %1: "_s.arg(log_.syncedSeq) + status();
        for (const auto& p : participants_) {
            if (p->rejected > 0)
                return u"%1 commands were rejected, e.g. %2"_s.arg(
                    QString::number(p->rejected), p->lastRejection);
        }
        return {};
    }

    // Exactly once in the log, and every cache equal to a fresh sync of the server.
    QString verify()
    {
        if (const QString problem = checkExactlyOnce(log_, *plan_); !problem.isEmpty())
            return problem;
        auto opened = store::Store::open(dir_.filePath(u"fresh.db"_s));
        if (!opened)
            return opened.error().message;
        store::Store fresh = std::move(*opened);
        sync::SyncClient client(fresh);
        client.start({ server_.url(), participants_.front()->token, protocol::kLiveSpace });
        if (!QTest::qWaitFor(
                [&] { return client.state() == sync::SyncState::Online; }, kSettleTimeoutMs))
            return u"a fresh cache could not sync"_s;
        client.stop();
        QList<store::Store*> caches;
        for (const auto& p : participants_) {
            p->client->stop();
            caches << p->store.get();
        }
        return checkConverged(caches, fresh);
    }

    QString status() const
    {
        QStringList parts;
        for (const auto& p : participants_)
            parts << u"[%1, pending %2, cursor %3]"_s.arg(sync::syncStateName(p->client->state()),
                QString::number(p->store->pending().value_or(QList<protocol::Command>()).size()),
                QString::number(p->store->cursor(protocol::kLiveSpace).value_or(-1)));
        return parts.join(u' ');
    }

    const std::vector<std::unique_ptr<SoakParticipant>>& participants() const
    {
        return participants_;
    }

private:
    ServerProcess& server_;
    QString runId_;
    QUrl syncUrl_;
    QTemporaryDir dir_;
    std::vector<std::unique_ptr<SoakParticipant>> participants_;
    std::optional<SoakPlan> plan_;
    EventLog log_;
};

} // namespace switchboard::testing
