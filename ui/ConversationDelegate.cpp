#include "ui/ConversationDelegate.h"

#include "models/ConversationListModel.h"
#include "ui/ChannelIcons.h"
#include "ui/DisplayNames.h"
#include "ui/TagChipPainter.h"
#include "ui/WorkspacePalette.h"

#include <QApplication>
#include <QPainter>

namespace switchboard::ui {

using Model = models::ConversationListModel;

namespace {
constexpr int kMargin = 10;
constexpr int kIcon = 16;
constexpr int kLineGap = 3;
} // namespace

ConversationDelegate::ConversationDelegate(std::function<QString(const QString&)> tagColour,
    std::function<QDateTime()> now, QObject* parent)
    : QStyledItemDelegate(parent)
    , tagColour_(std::move(tagColour))
    , now_(std::move(now))
{
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics fm(option.font);
    return { 280, 2 * kMargin + 3 * fm.height() + TagChipPainter::kHeight + 3 * kLineGap };
}

void ConversationDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QPalette& pal = option.palette;
    const bool dark = WorkspacePalette::isDark(pal);
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->fillRect(
        option.rect, selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Base));
    // A hairline between rows keeps a dense list scannable.
    painter->setPen(pal.color(QPalette::Mid));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    if (option.state & QStyle::State_HasFocus) {
        painter->fillRect(QRect(option.rect.topLeft(), QSize(3, option.rect.height())),
            pal.color(QPalette::Link).darker(dark ? 70 : 160));
    }

    const QRect r = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QFontMetrics fm(option.font);
    const QDateTime now = now_();
    const QColor text = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    const QColor secondary = WorkspacePalette::secondaryText(pal);
    int y = r.top();

    // Line 1: channel, customer; on the right the assignee and the age.
    const auto channel = protocol::Channel(index.data(Model::ChannelRole).toInt());
    ChannelIcons::of(channel).paint(
        painter, QRect(r.left(), y + (fm.height() - kIcon) / 2, kIcon, kIcon));
    const QString age = DisplayNames::age(index.data(Model::UpdatedAtRole).toDateTime(), now);
    const QString assignee = index.data(Model::AssigneeNameRole).toString();
    const QString owner = assignee.isEmpty() ? age : tr("%1 · %2").arg(assignee, age);
    const int nameLeft = r.left() + kIcon + 6;
    // The owner may take up to half the line; the customer's name gets the rest.
    const QString ownerShown = fm.elidedText(owner, Qt::ElideLeft, r.width() / 2);
    const int ownerWidth = fm.horizontalAdvance(ownerShown);
    painter->setPen(secondary);
    painter->drawText(
        QRect(r.right() - ownerWidth, y, ownerWidth, fm.height()), Qt::AlignRight, ownerShown);
    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    painter->setFont(bold);
    painter->setPen(text);
    const QString name
        = QFontMetrics(bold).elidedText(index.data(Model::CustomerNameRole).toString(),
            Qt::ElideRight, r.right() - ownerWidth - 8 - nameLeft);
    painter->drawText(QRect(nameLeft, y, r.width(), fm.height()), Qt::AlignLeft, name);
    painter->setFont(option.font);
    y += fm.height() + kLineGap;

    // Lines 2-3: subject, then the latest message.
    painter->setPen(text);
    painter->drawText(QRect(r.left(), y, r.width(), fm.height()), Qt::AlignLeft,
        fm.elidedText(index.data(Model::SubjectRole).toString(), Qt::ElideRight, r.width()));
    y += fm.height() + kLineGap;
    painter->setPen(secondary);
    painter->drawText(QRect(r.left(), y, r.width(), fm.height()), Qt::AlignLeft,
        fm.elidedText(index.data(Model::SnippetRole).toString(), Qt::ElideRight, r.width()));
    y += fm.height() + kLineGap;

    // Line 4: right side first (priority, SLA, assignee), then as many chips as fit.
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    const QFontMetrics sm(small);
    painter->setFont(small);
    int right = r.right();
    const auto drawRight = [&](const QString& s, const QColor& colour) {
        if (s.isEmpty())
            return;
        const int w = sm.horizontalAdvance(s);
        painter->setPen(colour);
        painter->drawText(
            QRect(right - w, y, w, TagChipPainter::kHeight), Qt::AlignVCenter | Qt::AlignRight, s);
        right -= w + 10;
    };
    const QDateTime sla = index.data(Model::SlaDueRole).toDateTime();
    const auto status = protocol::ConversationStatus(index.data(Model::StatusRole).toInt());
    if (sla.isValid() && status != protocol::ConversationStatus::Resolved) {
        const bool breached = sla < now;
        drawRight(tr("SLA %1").arg(DisplayNames::dueIn(sla, now)),
            breached ? WorkspacePalette::danger(pal) : secondary);
    }
    const auto priority = protocol::Priority(index.data(Model::PriorityRole).toInt());
    if (priority == protocol::Priority::High || priority == protocol::Priority::Urgent)
        drawRight(DisplayNames::priority(priority), WorkspacePalette::priority(priority));
    int x = r.left();
    const QStringList tags = index.data(Model::TagsRole).toStringList();
    const int moreWidth = sm.horizontalAdvance(QStringLiteral("+99")) + 4;
    for (qsizetype i = 0; i < tags.size(); ++i) {
        // Keep room for "+N" while more tags follow, so a hidden tag is never silently lost.
        const int reserve = i + 1 < tags.size() ? moreWidth : 0;
        if (x + TagChipPainter::width(option.font, tags.at(i)) + reserve > right) {
            painter->setPen(secondary);
            painter->drawText(QRect(x, y, moreWidth, TagChipPainter::kHeight),
                Qt::AlignVCenter | Qt::AlignLeft, tr("+%1").arg(tags.size() - i));
            break;
        }
        x += TagChipPainter::paint(*painter, QPoint(x, y), option.font, tags.at(i),
                 QColor::fromString(tagColour_(tags.at(i))), dark)
            + TagChipPainter::kGap;
    }
    painter->restore();
}

} // namespace switchboard::ui
