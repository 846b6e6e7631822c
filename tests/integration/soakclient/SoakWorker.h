// The body of sync-soak-client: one SyncClient over one store file, submitting its share
// of a SoakPlan (commands client, client + 3, ...) and surviving SIGKILL at any moment.
//
// Which commands it already made is kept in a progress file next to the store, written
// right after each submit returns. A kill between the store's commit and that write leaves
// the command in the outbox, where the restarted worker finds it by id and does not make
// it again; a command can never be acknowledged in that window, because acks are handled
// only when control is back in the event loop.
//
// Says on stdout, one line each: "applying" when it first writes catch-up events,
// "drained <seq>" whenever it has submitted everything and
// its outbox is empty, "rejected <type> <code> <reason>" for every rejection. Exits 0 once
// the target file names a seq its cache holds and it is drained.
#pragma once

#include "SoakPlan.h"
#include "store/Store.h"
#include "sync/SyncClient.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace switchboard::testing {

struct SoakWorkerOptions {
    QUrl server;
    QString token;
    QString storePath;
    QString runId;
    int client = 0;
    int clients = 3;
    int commands = 1000;
    QString targetFile;
};

class SoakWorker : public QObject {
    Q_OBJECT
public:
    static constexpr int kSubmitEveryMs = 4;
    static constexpr int kCheckEveryMs = 50;

    SoakWorker(store::Store& store, SoakWorkerOptions options);
    void start();

private:
    void onOnline();
    void submitNext();
    void check();
    int readProgress() const;
    bool writeProgress(int index);
    static void say(const QString& line);

    store::Store& store_;
    SoakWorkerOptions options_;
    sync::SyncClient client_;
    std::optional<SoakPlan> plan_;
    QTimer pace_;
    QTimer checker_;
    int next_ = 0;
    qint64 saidDrainedAt_ = -1;
    bool saidApplying_ = false;
};

} // namespace switchboard::testing
