#include "bench/timeline/ScrollFrameTimer.h"

#include "bench/timeline/PaintWatcher.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScrollBar>

namespace switchboard::bench {

namespace {
// Frames in a row that may pass without the scroll bar moving: the view is waiting for a
// page it fetched to be laid out. More than this and the view is stuck.
constexpr int kMaxStillFrames = 20;
} // namespace

ScrollFrameTimer::ScrollFrameTimer(QAbstractItemView& view, const PaintWatcher& watcher)
    : view_(view)
    , watcher_(watcher)
{
}

bool ScrollFrameTimer::atEnd() const
{
    const QScrollBar* bar = view_.verticalScrollBar();
    return bar->value() >= bar->maximum() && !view_.model()->canFetchMore(view_.rootIndex());
}

bool ScrollFrameTimer::scrollToEnd(qint64 maxFrames)
{
    QScrollBar* bar = view_.verticalScrollBar();
    int still = 0;
    QElapsedTimer clock;
    for (qint64 frame = 0; frame < maxFrames; ++frame) {
        if (atEnd())
            return true;
        const int from = bar->value();
        const qint64 paintsBefore = watcher_.paints();
        const int rowsBefore = view_.model()->rowCount(view_.rootIndex());
        clock.start();
        bar->setValue(from + bar->pageStep());
        QCoreApplication::processEvents();
        if (watcher_.paints() == paintsBefore)
            view_.viewport()->repaint();
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        frames_.add(ms);
        (view_.model()->rowCount(view_.rootIndex()) != rowsBefore ? fetching_ : plain_).add(ms);
        totalMs_ += ms;
        still = bar->value() == from ? still + 1 : 0;
        if (still > kMaxStillFrames)
            return false;
    }
    return atEnd();
}

} // namespace switchboard::bench
