// Counts the paint events a widget (an item view's viewport) receives, and how many of
// them found rows in the view's model: the hook that tells a benchmark a frame with rows
// was painted. It only watches; it never filters an event out.
#pragma once

#include <QObject>

class QAbstractItemView;

namespace switchboard::bench {

class PaintWatcher : public QObject {
    Q_OBJECT
public:
    explicit PaintWatcher(QAbstractItemView& view);
    ~PaintWatcher() override;

    qint64 paints() const { return paints_; }
    qint64 paintsWithRows() const { return paintsWithRows_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAbstractItemView& view_;
    qint64 paints_ = 0;
    qint64 paintsWithRows_ = 0;
};

} // namespace switchboard::bench
