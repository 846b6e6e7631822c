#include "ui/ViewListDelegate.h"

#include "models/ViewListModel.h"
#include "ui/WorkspacePalette.h"

#include <QPainter>

namespace switchboard::ui {

using Model = models::ViewListModel;

namespace {
constexpr int kRowPadding = 6;
constexpr int kSide = 12;
constexpr int kHeadingHeight = 28;
} // namespace

bool ViewListDelegate::startsSection(const QModelIndex& index)
{
    if (index.row() == 0)
        return false; // the first section needs no heading above "My open"
    const QModelIndex above = index.siblingAtRow(index.row() - 1);
    return above.data(Model::SectionRole) != index.data(Model::SectionRole);
}

QSize ViewListDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int row = QFontMetrics(option.font).height() + 2 * kRowPadding;
    return { 160, row + (startsSection(index) ? kHeadingHeight : 0) };
}

void ViewListDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QPalette& pal = option.palette;
    painter->save();
    QRect r = option.rect;
    const QColor secondary = WorkspacePalette::secondaryText(pal);
    if (startsSection(index)) {
        const QRect heading(
            r.left() + kSide, r.top() + 8, r.width() - 2 * kSide, kHeadingHeight - 8);
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.85);
        small.setWeight(QFont::DemiBold);
        small.setCapitalization(QFont::AllUppercase);
        painter->setFont(small);
        painter->setPen(secondary);
        painter->drawText(
            heading, Qt::AlignLeft | Qt::AlignVCenter, index.data(Model::SectionRole).toString());
        r.setTop(r.top() + kHeadingHeight);
    }
    const bool selected = option.state & QStyle::State_Selected;
    if (selected) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(pal.color(QPalette::Highlight));
        painter->drawRoundedRect(QRectF(r.adjusted(4, 1, -4, -1)), 5, 5);
    }
    const QRect text = r.adjusted(kSide, 0, -kSide, 0);
    const QString count = QString::number(index.data(Model::CountRole).toLongLong());
    const QFontMetrics fm(option.font);
    const int countWidth = fm.horizontalAdvance(count);
    painter->setFont(option.font);
    painter->setPen(selected ? pal.color(QPalette::HighlightedText) : secondary);
    painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, count);
    int left = text.left();
    const QString colour = index.data(Model::ColourRole).toString();
    if (!colour.isEmpty()) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor::fromString(colour));
        painter->drawEllipse(QPointF(left + 4, text.center().y() + 0.5), 4, 4);
        left += 14;
    }
    painter->setPen(selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text));
    painter->drawText(QRect(left, text.top(), text.right() - countWidth - 8 - left, text.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(
            index.data().toString(), Qt::ElideRight, text.right() - countWidth - 8 - left));
    painter->restore();
}

} // namespace switchboard::ui
