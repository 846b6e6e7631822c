// Paints one timeline entry as a card: a band with the conversation's subject and status
// where a new conversation starts, then the channel icon, author and time, and the body.
// Customer messages sit left, replies right and tinted, internal notes full width on
// amber with a label, calls with their direction, duration and outcome ("Incoming call ·
// 3:24 · Answered"; missed and abandoned ones edged in the danger colour), survey answers
// with scores.
#pragma once

#include <QFont>
#include <QHash>
#include <QStyledItemDelegate>

#include <utility>

class QAbstractItemView;

namespace switchboard::ui {

class TimelineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    // `view` gives the width bodies wrap to.
    explicit TimelineDelegate(QAbstractItemView* view);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    struct Layout {
        QRect band; // empty unless the entry starts a conversation
        QRect card;
        QRect header;
        QRect detail; // call or survey line; empty for messages
        QRect body;
    };
    Layout layoutFor(
        const QStyleOptionViewItem& option, const QModelIndex& index, QPoint origin) const;
    QString detailText(const QModelIndex& index) const;
    static bool isUnansweredCall(const QModelIndex& index);
    QString bodyText(const QModelIndex& index) const;
    int bodyHeight(const QFont& font, int width, const QString& body) const;

    QAbstractItemView* view_;
    // Wrapping a body is most of what sizeHint() costs, and QListView asks for the size
    // of every loaded row again whenever rows are inserted, i.e. each page the timeline
    // fetches while scrolling: without this, paging down a 10k-entry history re-wraps
    // every loaded body per page (quadratic; frames of ~240 ms near the end, measured by
    // bench/timeline). The height depends only on the text, the width and the font, so
    // it is remembered by those; the cache is dropped when the font changes or it is full.
    mutable QHash<std::pair<int, QString>, int> bodyHeights_;
    mutable QFont bodyHeightsFont_;
};

} // namespace switchboard::ui
