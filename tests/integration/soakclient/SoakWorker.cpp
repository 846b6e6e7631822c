#include "SoakWorker.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace switchboard::testing {

using namespace Qt::StringLiterals;

SoakWorker::SoakWorker(store::Store& store, SoakWorkerOptions options)
    : store_(store)
    , options_(std::move(options))
    , client_(store,
          sync::RetryPolicy({ std::chrono::milliseconds(50), std::chrono::milliseconds(1000) }))
{
    pace_.setInterval(kSubmitEveryMs);
    checker_.setInterval(kCheckEveryMs);
    connect(&pace_, &QTimer::timeout, this, &SoakWorker::submitNext);
    connect(&checker_, &QTimer::timeout, this, &SoakWorker::check);
    connect(&client_, &sync::SyncClient::stateChanged, this, [this](sync::SyncState state) {
        if (state == sync::SyncState::Online && !plan_)
            onOnline();
    });
    // Tells the test a catch-up is being applied, so it can kill the process right then.
    connect(&client_, &sync::SyncClient::changed, this, [this] {
        if (client_.state() == sync::SyncState::Syncing && !saidApplying_) {
            saidApplying_ = true;
            say(u"applying"_s);
        }
    });
    connect(
        &client_, &sync::SyncClient::commandRejected, this, [](const sync::CommandRejection& r) {
            say(u"rejected %1 %2 %3"_s.arg(r.command.type, r.code, r.reason));
        });
}

void SoakWorker::start()
{
    client_.start({ options_.server, options_.token, protocol::kLiveSpace });
    checker_.start();
}

void SoakWorker::onOnline()
{
    auto plan = SoakPlan::fromStore(store_, options_.runId);
    if (!plan) {
        say(u"error "_s + plan.error());
        QCoreApplication::exit(3);
        return;
    }
    plan_ = *plan;
    const int done = readProgress();
    next_ = options_.client;
    while (next_ <= done)
        next_ += options_.clients;
    // Killed after the store took it but before the progress file said so?
    if (next_ < options_.commands) {
        const QUuid id = SoakPlan::commandId(options_.runId, next_);
        for (const protocol::Command& queued :
            store_.pending().value_or(QList<protocol::Command>())) {
            if (queued.id == id) {
                writeProgress(next_);
                next_ += options_.clients;
                break;
            }
        }
    }
    pace_.start();
}

void SoakWorker::submitNext()
{
    if (next_ >= options_.commands) {
        pace_.stop();
        return;
    }
    if (!client_.submit(plan_->command(next_))) {
        say(u"error cannot submit %1"_s.arg(next_));
        QCoreApplication::exit(4);
        return;
    }
    writeProgress(next_);
    next_ += options_.clients;
}

void SoakWorker::check()
{
    if (!plan_ || next_ < options_.commands || client_.state() != sync::SyncState::Online)
        return;
    auto pending = store_.pending();
    if (!pending || !pending->isEmpty())
        return;
    const qint64 cursor = store_.cursor(protocol::kLiveSpace).value_or(0);
    if (saidDrainedAt_ != cursor) {
        say(u"drained %1"_s.arg(cursor));
        saidDrainedAt_ = cursor;
    }
    QFile target(options_.targetFile);
    if (!target.open(QIODevice::ReadOnly))
        return;
    bool ok = false;
    const qint64 seq = target.readAll().trimmed().toLongLong(&ok);
    if (ok && cursor >= seq) {
        client_.stop();
        QCoreApplication::exit(0);
    }
}

int SoakWorker::readProgress() const
{
    QFile file(options_.storePath + u".progress"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const int index = file.readAll().trimmed().toInt(&ok);
    return ok ? index : -1;
}

bool SoakWorker::writeProgress(int index)
{
    // Atomic replace: a kill leaves the old number or the new one, never half of one.
    QSaveFile file(options_.storePath + u".progress"_s);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QByteArray::number(index));
    return file.commit();
}

void SoakWorker::say(const QString& line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

} // namespace switchboard::testing
