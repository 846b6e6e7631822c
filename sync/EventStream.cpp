#include "sync/EventStream.h"

#include "store/Store.h"

namespace switchboard::sync {

using namespace Qt::StringLiterals;

namespace {

QString storeFailure(const QString& what, const store::StoreError& error)
{
    return u"the store failed %1: %2"_s.arg(what, error.message);
}

} // namespace

EventStream::EventStream(store::Store& store, QString space)
    : store_(store)
    , space_(std::move(space))
{
}

std::expected<qint64, QString> EventStream::begin()
{
    resyncing_ = false;
    auto cursor = store_.cursor(space_);
    if (!cursor)
        return std::unexpected(storeFailure(u"reading the cursor"_s, cursor.error()));
    cursor_ = *cursor;
    return cursor_;
}

EventStream::Result EventStream::welcome(bool resync)
{
    resyncing_ = resync;
    if (!resync)
        return store::ChangeSet {};
    auto reset = store_.resetSpace(space_);
    if (!reset)
        return std::unexpected(storeFailure(u"resetting the space"_s, reset.error()));
    cursor_ = 0;
    return *reset;
}

EventStream::Result EventStream::take(const protocol::EventsFrame& frame, bool live)
{
    if (frame.space != space_)
        return std::unexpected(u"events of space \"%1\""_s.arg(frame.space));
    if (frame.snapshot && (live || !resyncing_))
        return std::unexpected(u"a snapshot without a resync"_s);
    if (frame.events.isEmpty())
        return store::ChangeSet {};
    auto applied = frame.snapshot ? store_.applySnapshot(space_, frame.events)
                                  : store_.apply(space_, frame.events);
    if (!applied) {
        // A gap means events went missing on the way: hello again from the cursor and let
        // catch-up bring them, rather than apply anything out of order.
        if (applied.error().kind == store::StoreErrorKind::SequenceGap)
            return std::unexpected(applied.error().message);
        return std::unexpected(storeFailure(u"applying events"_s, applied.error()));
    }
    if (!frame.snapshot)
        cursor_ = std::max(cursor_, frame.events.constLast().seq);
    return *applied;
}

std::expected<void, QString> EventStream::synced(const protocol::SyncedFrame& frame)
{
    if (frame.space != space_)
        return std::unexpected(u"synced for space \"%1\""_s.arg(frame.space));
    if (resyncing_) {
        if (auto done = store_.finishSnapshot(space_, frame.seq); !done)
            return std::unexpected(storeFailure(u"ending the snapshot"_s, done.error()));
        cursor_ = frame.seq;
        resyncing_ = false;
    }
    if (cursor_ < frame.seq)
        return std::unexpected(u"synced at %1, but the cache holds only up to %2"_s.arg(
            QString::number(frame.seq), QString::number(cursor_)));
    return {};
}

} // namespace switchboard::sync
