// Paints a search result: group headings small and quiet; hits as a title with the
// matching snippet and the date beside it.
#pragma once

#include <QStyledItemDelegate>

namespace switchboard::ui {

class SearchResultDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace switchboard::ui
