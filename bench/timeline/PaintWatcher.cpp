#include "bench/timeline/PaintWatcher.h"

#include <QAbstractItemView>
#include <QEvent>

namespace switchboard::bench {

PaintWatcher::PaintWatcher(QAbstractItemView& view)
    : view_(view)
{
    view_.viewport()->installEventFilter(this);
}

PaintWatcher::~PaintWatcher()
{
    view_.viewport()->removeEventFilter(this);
}

bool PaintWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == view_.viewport() && event->type() == QEvent::Paint) {
        ++paints_;
        if (view_.model() && view_.model()->rowCount(view_.rootIndex()) > 0)
            ++paintsWithRows_;
    }
    return false;
}

} // namespace switchboard::bench
