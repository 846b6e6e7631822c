#include "ui/TimelineDelegate.h"

#include "models/TimelineEntry.h"
#include "models/TimelineModel.h"
#include "ui/ChannelIcons.h"
#include "ui/DisplayNames.h"
#include "ui/WorkspacePalette.h"

#include <QAbstractItemView>
#include <QLocale>
#include <QPainter>

namespace switchboard::ui {

using Model = models::TimelineModel;
using protocol::MessageDirection;

namespace {
constexpr int kOuter = 14; // from the view's edge to a card
constexpr int kIndent = 56; // how far replies and customer messages are offset
constexpr int kPadding = 10; // inside a card
constexpr int kIcon = 16;
constexpr int kGap = 6;
constexpr int kMaxBodyLines = 10; // longer bodies are cut; the full text is in the tooltip
constexpr qsizetype kMaxCachedBodyHeights = 50'000;

bool isFeedback(const QModelIndex& index)
{
    return index.data(Model::EntryKindRole).toInt() == int(models::TimelineEntry::Kind::Feedback);
}

} // namespace

TimelineDelegate::TimelineDelegate(QAbstractItemView* view)
    : QStyledItemDelegate(view)
    , view_(view)
{
}

QString TimelineDelegate::detailText(const QModelIndex& index) const
{
    if (isFeedback(index)) {
        QStringList scores;
        if (const QVariant csat = index.data(Model::CsatRole); csat.isValid())
            scores << tr("CSAT %1/5").arg(csat.toInt());
        if (const QVariant nps = index.data(Model::NpsRole); nps.isValid())
            scores << tr("NPS %1/10").arg(nps.toInt());
        if (const QVariant ces = index.data(Model::CesRole); ces.isValid())
            scores << tr("CES %1/7").arg(ces.toInt());
        return scores.join(QStringLiteral("  ·  "));
    }
    if (index.data(Model::IsCallRole).toBool()) {
        const auto direction = MessageDirection(index.data(Model::DirectionRole).toInt());
        const bool outgoing = direction == MessageDirection::Outbound;
        const qint64 seconds = index.data(Model::CallDurationRole).toLongLong();
        const QString outcome
            = DisplayNames::disposition(index.data(Model::CallDispositionRole).toString());
        // A call nobody talked in has no duration worth showing.
        if (seconds <= 0)
            return outgoing ? tr("Outgoing call · %1").arg(outcome)
                            : tr("Incoming call · %1").arg(outcome);
        const QString duration = DisplayNames::duration(seconds);
        return outgoing ? tr("Outgoing call · %1 · %2").arg(duration, outcome)
                        : tr("Incoming call · %1 · %2").arg(duration, outcome);
    }
    return {};
}

bool TimelineDelegate::isUnansweredCall(const QModelIndex& index)
{
    return index.data(Model::IsCallRole).toBool()
        && DisplayNames::isUnansweredCall(index.data(Model::CallDispositionRole).toString());
}

QString TimelineDelegate::bodyText(const QModelIndex& index) const
{
    return index.data(Model::BodyRole).toString().trimmed();
}

TimelineDelegate::Layout TimelineDelegate::layoutFor(
    const QStyleOptionViewItem& option, const QModelIndex& index, QPoint origin) const
{
    const QFontMetrics fm(option.font);
    const int width = view_->viewport()->width();
    Layout l;
    int y = origin.y();
    if (index.data(Model::StartsGroupRole).toBool()) {
        l.band = QRect(origin.x(), y, width, fm.height() + 14);
        y += l.band.height() + 4;
    }
    y += 4;
    const bool note = index.data(Model::IsNoteRole).toBool();
    const auto direction = MessageDirection(index.data(Model::DirectionRole).toInt());
    int left = origin.x() + kOuter;
    int right = origin.x() + width - kOuter;
    if (!note && !isFeedback(index)) {
        if (direction == MessageDirection::Outbound)
            left += kIndent;
        else
            right -= kIndent;
    }
    const int inner = qMax(80, right - left - 2 * kPadding);
    int h = kPadding;
    const QRect header(left + kPadding, y + h, inner, fm.height());
    h += fm.height() + 4;
    QRect detail;
    if (!detailText(index).isEmpty()) {
        detail = QRect(left + kPadding, y + h, inner, fm.height());
        h += fm.height() + 4;
    }
    const QString body = bodyText(index);
    QRect bodyRect;
    if (!body.isEmpty()) {
        const int bodyHeight = this->bodyHeight(option.font, inner, body);
        bodyRect = QRect(left + kPadding, y + h, inner, bodyHeight);
        h += bodyHeight;
    }
    h += kPadding;
    l.card = QRect(left, y, right - left, h);
    l.header = header;
    l.detail = detail;
    l.body = bodyRect;
    return l;
}

int TimelineDelegate::bodyHeight(const QFont& font, int width, const QString& body) const
{
    if (font != bodyHeightsFont_ || bodyHeights_.size() >= kMaxCachedBodyHeights) {
        bodyHeights_.clear();
        bodyHeightsFont_ = font;
    }
    const std::pair<int, QString> key(width, body);
    if (const auto it = bodyHeights_.constFind(key); it != bodyHeights_.cend())
        return *it;
    const QFontMetrics fm(font);
    const QRect needed = fm.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, body);
    const int height = qMin(needed.height(), kMaxBodyLines * fm.lineSpacing());
    bodyHeights_.insert(key, height);
    return height;
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const Layout l = layoutFor(option, index, QPoint(0, 0));
    return { view_->viewport()->width(), l.card.bottom() + 1 + kGap };
}

void TimelineDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QPalette& pal = option.palette;
    const Layout l = layoutFor(option, index, option.rect.topLeft());
    const QFontMetrics fm(option.font);
    const QColor secondary = WorkspacePalette::secondaryText(pal);
    const bool note = index.data(Model::IsNoteRole).toBool();
    const bool feedback = isFeedback(index);
    const auto direction = MessageDirection(index.data(Model::DirectionRole).toInt());
    const QVariant channelValue = index.data(Model::ChannelRole);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    if (!l.band.isEmpty()) {
        painter->fillRect(l.band, WorkspacePalette::groupHeaderBackground(pal));
        painter->setPen(pal.color(QPalette::Mid));
        painter->drawLine(l.band.topLeft(), l.band.topRight());
        const QRect text = l.band.adjusted(kOuter, 0, -kOuter, 0);
        if (channelValue.isValid()) {
            ChannelIcons::of(protocol::Channel(channelValue.toInt()))
                .paint(painter, QRect(text.left(), text.center().y() - kIcon / 2, kIcon, kIcon));
        }
        const int statusValue = index.data(Model::ConversationStatusRole).toInt();
        const QString status = statusValue < 0
            ? QString()
            : DisplayNames::status(protocol::ConversationStatus(statusValue));
        const int statusWidth = fm.horizontalAdvance(status);
        painter->setPen(secondary);
        painter->drawText(text, Qt::AlignVCenter | Qt::AlignRight, status);
        QFont bold = option.font;
        bold.setWeight(QFont::DemiBold);
        painter->setFont(bold);
        painter->setPen(pal.color(QPalette::Text));
        const QRect subjectRect = text.adjusted(kIcon + 8, 0, -statusWidth - 12, 0);
        painter->drawText(subjectRect, Qt::AlignVCenter | Qt::AlignLeft,
            QFontMetrics(bold).elidedText(index.data(Model::ConversationSubjectRole).toString(),
                Qt::ElideRight, subjectRect.width()));
        painter->setFont(option.font);
    }

    // The card.
    QColor fill = WorkspacePalette::inboundBackground(pal);
    if (note)
        fill = WorkspacePalette::noteBackground(pal);
    else if (direction == MessageDirection::Outbound && !feedback)
        fill = WorkspacePalette::outboundBackground(pal);
    const bool unanswered = isUnansweredCall(index);
    QColor edge = pal.color(QPalette::Mid);
    if (note)
        edge = WorkspacePalette::noteAccent(pal);
    else if (unanswered)
        edge = WorkspacePalette::danger(pal);
    painter->setPen(edge);
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(l.card).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    if (unanswered) {
        painter->fillRect(QRect(l.card.left(), l.card.top() + 3, 3, l.card.height() - 6),
            WorkspacePalette::danger(pal));
    }
    if (note) {
        // A solid bar on the left: notes must never be mistaken for what the customer saw.
        painter->fillRect(QRect(l.card.left(), l.card.top() + 3, 3, l.card.height() - 6),
            WorkspacePalette::noteAccent(pal));
    }

    // Header: icon, author, what it is, time.
    QIcon icon = feedback        ? ChannelIcons::feedback()
        : note                   ? ChannelIcons::note()
        : channelValue.isValid() ? ChannelIcons::of(protocol::Channel(channelValue.toInt()))
                                 : QIcon();
    icon.paint(painter, QRect(l.header.left(), l.header.center().y() - kIcon / 2, kIcon, kIcon));
    const QDateTime at = index.data(Model::AtRole).toDateTime().toLocalTime();
    const QString when = tr("%1, %2").arg(QLocale().toString(at.date(), QLocale::ShortFormat),
        QLocale().toString(at.time(), u"HH:mm"));
    const int whenWidth = fm.horizontalAdvance(when);
    painter->setPen(secondary);
    painter->drawText(l.header, Qt::AlignVCenter | Qt::AlignRight, when);
    QString author = index.data(Model::AuthorRole).toString();
    QString kind;
    if (feedback)
        kind = tr("Survey answer");
    else if (note)
        kind = tr("Internal note");
    else if (direction == MessageDirection::Outbound)
        kind = channelValue.isValid()
            ? tr("Reply by %1").arg(DisplayNames::channel(protocol::Channel(channelValue.toInt())))
            : QString();
    QFont bold = option.font;
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics bfm(bold);
    const int textLeft = l.header.left() + kIcon + 6;
    const int available = l.header.right() - whenWidth - 12 - textLeft;
    author = bfm.elidedText(author, Qt::ElideRight, available / 2);
    painter->setFont(bold);
    painter->setPen(note ? WorkspacePalette::noteAccent(pal) : pal.color(QPalette::Text));
    if (!author.isEmpty())
        painter->drawText(QRect(textLeft, l.header.top(), available, l.header.height()),
            Qt::AlignVCenter | Qt::AlignLeft, author);
    const int authorWidth = author.isEmpty() ? 0 : bfm.horizontalAdvance(author) + 8;
    painter->setFont(option.font);
    painter->setPen(note ? WorkspacePalette::noteAccent(pal) : secondary);
    painter->drawText(
        QRect(textLeft + authorWidth, l.header.top(), available - authorWidth, l.header.height()),
        Qt::AlignVCenter | Qt::AlignLeft,
        fm.elidedText(kind, Qt::ElideRight, available - authorWidth));

    if (!l.detail.isEmpty()) {
        painter->setFont(bold);
        // Missed and abandoned calls are someone the centre did not reach: they stand out.
        painter->setPen(unanswered ? WorkspacePalette::danger(pal) : pal.color(QPalette::Text));
        painter->drawText(l.detail, Qt::AlignVCenter | Qt::AlignLeft, detailText(index));
        painter->setFont(option.font);
    }
    if (!l.body.isEmpty()) {
        painter->setPen(pal.color(QPalette::Text));
        painter->setClipRect(l.body);
        painter->drawText(l.body, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, bodyText(index));
    }
    painter->restore();
}

} // namespace switchboard::ui
