#include "bench/callpop/DeskCacheSlice.h"

#include "protocol/Event.h"
#include "server/SqliteServerStorage.h"
#include "store/Store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace switchboard::bench {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kPage = 2000; // snapshot events read and applied at a time

// The number of a generated customer id ("cus-000042" -> 42); 0 for anything else.
qint64 customerNumber(const QString& id)
{
    if (!id.startsWith(u"cus-"_s))
        return 0;
    return QStringView(id).sliced(4).toLongLong();
}

// Whether the slice keeps the entity: what no customer owns (tags, queues, agents), and
// what the first `customers` customers own.
bool kept(const protocol::Event& event, qint64 customers)
{
    const QString owner = event.type.startsWith(u"customer."_s)
        ? event.entity
        : event.payload.value("customerId"_L1).toString();
    if (owner.isEmpty())
        return true;
    const qint64 number = customerNumber(owner);
    return number > 0 && number <= customers;
}

QString markerPathOf(const QString& path)
{
    return path + u".marker"_s;
}

} // namespace

DeskCacheSlice::DeskCacheSlice(QString serverDatabase, QString path)
    : serverDatabase_(std::move(serverDatabase))
    , path_(std::move(path))
{
}

bool DeskCacheSlice::prepare(qint64 customers, const QString& datasetKey)
{
    const QString wanted = u"customers=%1 %2"_s.arg(customers).arg(datasetKey);
    QFile marker(markerPathOf(path_));
    if (marker.open(QIODevice::ReadOnly)) {
        const QStringList lines = QString::fromUtf8(marker.readAll()).split(u'\n');
        if (lines.size() >= 2 && lines.at(0) == wanted && QFile::exists(path_)) {
            cursor_ = lines.at(1).toLongLong();
            madeSeconds_ = 0;
            return true;
        }
    }
    marker.close();
    QFile::remove(markerPathOf(path_));
    for (const QString& suffix : { u""_s, u"-wal"_s, u"-shm"_s })
        QFile::remove(path_ + suffix);
    QElapsedTimer making;
    making.start();
    if (!make(customers))
        return false;
    madeSeconds_ = double(making.elapsed()) / 1000.0;
    if (!marker.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || marker.write((wanted + u'\n' + QString::number(cursor_) + u'\n').toUtf8()) < 0) {
        error_ = u"cannot write "_s + markerPathOf(path_);
        return false;
    }
    return true;
}

bool DeskCacheSlice::make(qint64 customers)
{
    auto server = server::SqliteServerStorage::open(serverDatabase_);
    if (!server) {
        error_ = u"cannot open the server's file: "_s + server.error().message;
        return false;
    }
    const QString space = QString(protocol::kLiveSpace);
    auto seq = (*server)->currentSeq(space);
    if (!seq) {
        error_ = seq.error().message;
        return false;
    }
    if (!QDir().mkpath(QFileInfo(path_).absolutePath())) {
        error_ = u"cannot create the folder of "_s + path_;
        return false;
    }
    {
        auto cache = store::Store::open(path_);
        if (!cache) {
            error_ = u"cannot open the cache: "_s + cache.error().message;
            return false;
        }
        qint64 after = 0;
        while (after < *seq) {
            auto page = (*server)->snapshot(space, after, *seq, kPage);
            if (!page) {
                error_ = page.error().message;
                return false;
            }
            if (page->isEmpty())
                break;
            after = page->last().seq;
            QList<protocol::Event> slice;
            for (protocol::Event& event : *page) {
                if (kept(event, customers))
                    slice.append(std::move(event));
            }
            if (slice.isEmpty())
                continue;
            if (auto applied = cache->applySnapshot(space, slice); !applied) {
                error_ = u"the cache refused the snapshot: "_s + applied.error().message;
                return false;
            }
        }
        if (auto finished = cache->finishSnapshot(space, *seq); !finished) {
            error_ = finished.error().message;
            return false;
        }
    } // closed: the last connection folds the WAL into the file
    cursor_ = *seq;
    return true;
}

bool DeskCacheSlice::copyTo(const QString& copyPath)
{
    for (const QString& suffix : { u""_s, u"-wal"_s, u"-shm"_s })
        QFile::remove(copyPath + suffix);
    if (!QDir().mkpath(QFileInfo(copyPath).absolutePath()) || !QFile::copy(path_, copyPath)) {
        error_ = u"cannot copy the cache to "_s + copyPath;
        return false;
    }
    return true;
}

} // namespace switchboard::bench
