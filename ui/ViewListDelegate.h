// Paints the view list: a small heading where a section (Views, Queues, Tags) starts, then
// the view's name with its count on the right, and a colour dot for tags.
#pragma once

#include <QStyledItemDelegate>

namespace switchboard::ui {

class ViewListDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    static bool startsSection(const QModelIndex& index);
};

} // namespace switchboard::ui
