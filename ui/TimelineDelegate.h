// Paints one timeline entry as a card: a band with the conversation's subject and status
// where a new conversation starts, then the channel icon, author and time, and the body.
// Customer messages sit left, replies right and tinted, internal notes full width on
// amber with a label, calls with their duration and outcome, survey answers with scores.
#pragma once

#include <QStyledItemDelegate>

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
    QString bodyText(const QModelIndex& index) const;

    QAbstractItemView* view_;
};

} // namespace switchboard::ui
