#include "ui/SearchResultDelegate.h"

#include "models/SearchResultsModel.h"
#include "ui/WorkspacePalette.h"

#include <QLocale>
#include <QPainter>

namespace switchboard::ui {

using Model = models::SearchResultsModel;

namespace {
constexpr int kSide = 10;

bool isHeading(const QModelIndex& index)
{
    return index.data(Model::RowKindRole).toInt() == int(Model::RowKind::Heading);
}
} // namespace

QSize SearchResultDelegate::sizeHint(
    const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int line = QFontMetrics(option.font).height();
    return { 300, isHeading(index) ? line + 12 : 2 * line + 14 };
}

void SearchResultDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QPalette& pal = option.palette;
    const QColor secondary = WorkspacePalette::secondaryText(pal);
    const QFontMetrics fm(option.font);
    const QRect r = option.rect.adjusted(kSide, 6, -kSide, -6);
    painter->save();
    if (isHeading(index)) {
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.85);
        small.setWeight(QFont::DemiBold);
        small.setCapitalization(QFont::AllUppercase);
        painter->setFont(small);
        painter->setPen(secondary);
        painter->drawText(r, Qt::AlignLeft | Qt::AlignBottom, index.data().toString());
        painter->restore();
        return;
    }
    const bool selected = option.state & QStyle::State_Selected;
    if (selected)
        painter->fillRect(option.rect, pal.color(QPalette::Highlight));
    const QString when = QLocale().toString(
        index.data(Model::AtRole).toDateTime().toLocalTime().date(), QLocale::ShortFormat);
    const int whenWidth = fm.horizontalAdvance(when);
    painter->setPen(secondary);
    painter->drawText(QRect(r.left(), r.top(), r.width(), fm.height()), Qt::AlignRight, when);
    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    painter->setFont(bold);
    painter->setPen(selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text));
    painter->drawText(QRect(r.left(), r.top(), r.width() - whenWidth - 8, fm.height()),
        Qt::AlignLeft,
        QFontMetrics(bold).elidedText(
            index.data(Model::TitleRole).toString(), Qt::ElideRight, r.width() - whenWidth - 8));
    painter->setFont(option.font);
    painter->setPen(secondary);
    painter->drawText(QRect(r.left(), r.top() + fm.height() + 2, r.width(), fm.height()),
        Qt::AlignLeft,
        fm.elidedText(
            index.data(Model::SnippetRole).toString().simplified(), Qt::ElideRight, r.width()));
    painter->restore();
}

} // namespace switchboard::ui
