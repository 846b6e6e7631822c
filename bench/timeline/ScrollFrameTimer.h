// Scrolls an item view to its end a page at a time, as an agent paging down would, and
// times each frame: the scroll, the events it causes (the model fetching its next page
// when the view reaches the bottom, the view laying out the new rows) and the repaint of
// the viewport. Exactly one paint per frame: the one the scroll scheduled, or, when the
// event loop did not deliver it, a forced repaint().
#pragma once

#include "bench/common/LatencyStats.h"

class QAbstractItemView;

namespace switchboard::bench {

class PaintWatcher;

class ScrollFrameTimer {
public:
    ScrollFrameTimer(QAbstractItemView& view, const PaintWatcher& watcher);

    // Pages down until the scroll bar is at its end and the model has nothing more to
    // fetch; false when the view stopped moving for too many frames or `maxFrames` passed.
    bool scrollToEnd(qint64 maxFrames);

    const LatencyStats& frames() const { return frames_; }
    // The frames in which the model fetched a page, and the others.
    const LatencyStats& fetchingFrames() const { return fetching_; }
    const LatencyStats& plainFrames() const { return plain_; }
    double totalMs() const { return totalMs_; }

private:
    bool atEnd() const;

    QAbstractItemView& view_;
    const PaintWatcher& watcher_;
    LatencyStats frames_;
    LatencyStats fetching_;
    LatencyStats plain_;
    double totalMs_ = 0;
};

} // namespace switchboard::bench
