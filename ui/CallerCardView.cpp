#include "ui/CallerCardView.h"

#include "models/CallPop.h"
#include "ui/ChannelIcons.h"
#include "ui/DisplayNames.h"
#include "ui/TagChipRow.h"
#include "ui/WorkspacePalette.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace switchboard::ui {

namespace {
constexpr int kIcon = 16;
constexpr qsizetype kSummaryChars = 110; // about two lines of the pop; the rest in a tooltip

// The start of `text` on one line, cut at a word with an ellipsis when long.
QString shortened(const QString& text)
{
    const QString simple = text.simplified();
    if (simple.size() <= kSummaryChars)
        return simple;
    qsizetype cut = simple.lastIndexOf(u' ', kSummaryChars);
    if (cut < kSummaryChars / 2)
        cut = kSummaryChars;
    return simple.left(cut) + u"…"_s;
}

QString when(const QDateTime& at)
{
    const QDateTime local = at.toLocalTime();
    return CallerCardView::tr("%1, %2").arg(QLocale().toString(local.date(), QLocale::ShortFormat),
        QLocale().toString(local.time(), u"HH:mm"));
}

QLabel* iconLabel(const QIcon& icon, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setPixmap(icon.pixmap(kIcon, kIcon));
    label->setFixedSize(kIcon, kIcon);
    return label;
}

} // namespace

CallerCardView::CallerCardView(models::TagListModel& tags, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    summary_ = makeLabel(u"callerSummary"_s, false);
    summary_->setAccessibleName(tr("Segment and lifetime value"));
    details_ = makeLabel(u"callerDetails"_s, true);
    details_->setAccessibleName(tr("Company and language"));
    orders_ = makeLabel(u"callerOrders"_s, true);
    orders_->setAccessibleName(tr("Orders"));
    tags_ = new TagChipRow(tags, this);
    tags_->setObjectName(u"callerTags"_s);
    layout->addWidget(summary_);
    layout->addWidget(details_);
    layout->addWidget(orders_);
    layout->addSpacing(2);
    layout->addWidget(tags_);

    const auto grid = [] {
        auto* g = new QGridLayout;
        g->setContentsMargins(0, 0, 0, 0);
        g->setHorizontalSpacing(8);
        g->setVerticalSpacing(5);
        g->setColumnStretch(2, 1);
        return g;
    };
    interactionsTitle_ = makeSection(u"lastInteractionsTitle"_s);
    interactionsTitle_->setText(tr("Last interactions"));
    interactions_ = grid();
    openTitle_ = makeSection(u"openConversationsTitle"_s);
    open_ = grid();
    feedbackTitle_ = makeSection(u"lastFeedbackTitle"_s);
    feedbackTitle_->setText(tr("Last feedback"));
    feedback_ = makeLabel(u"callerFeedback"_s, false);
    feedback_->setAccessibleName(tr("Last feedback"));

    for (auto [title, content] :
        { std::pair<QLabel*, QLayout*> { interactionsTitle_, interactions_ },
            { openTitle_, open_ } }) {
        layout->addSpacing(8);
        layout->addWidget(title);
        layout->addLayout(content);
    }
    layout->addSpacing(8);
    layout->addWidget(feedbackTitle_);
    layout->addWidget(feedback_);
    applyColours();
}

QLabel* CallerCardView::makeLabel(const QString& objectName, bool secondary)
{
    auto* label = new QLabel(this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // customer data is never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (secondary)
        secondary_.append(label);
    return label;
}

QLabel* CallerCardView::makeSection(const QString& objectName)
{
    QLabel* label = makeLabel(objectName, true);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    f.setWeight(QFont::DemiBold);
    f.setCapitalization(QFont::AllUppercase);
    label->setFont(f);
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    return label;
}

void CallerCardView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && summary_)
        applyColours(); // light and dark themes tint differently
}

void CallerCardView::applyColours()
{
    const QColor secondary = WorkspacePalette::secondaryText(palette());
    for (QLabel* label : std::as_const(secondary_)) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, secondary);
        label->setPalette(p);
    }
}

void CallerCardView::clearGrid(QGridLayout* grid)
{
    while (QLayoutItem* item = grid->takeAt(0)) {
        secondary_.removeOne(qobject_cast<QLabel*>(item->widget()));
        delete item->widget();
        delete item;
    }
}

void CallerCardView::setCard(const models::CallerCard& card)
{
    // The server's summary is what the pop shows; the cache only adds what it lacks.
    const protocol::CallerProfile& s = card.summary;
    summary_->setText(tr("%1 customer · lifetime value %2")
                          .arg(DisplayNames::segment(s.segment),
                              DisplayNames::money(s.lifetimeValueMinor, s.currency)));
    tags_->setTags(s.tags);

    // What only the cache knows; hidden until it has been read.
    QStringList details;
    if (card.customer) {
        if (!card.customer->company.isEmpty())
            details << card.customer->company;
        if (!card.customer->language.isEmpty())
            details << tr("speaks %1").arg(QLocale(card.customer->language).nativeLanguageName());
    }
    details_->setText(details.join(u" · "_s));
    details_->setVisible(card.enriched && !details.isEmpty());
    QString orders;
    if (card.enriched) {
        const QString count = card.ordersThisYear == 0 ? tr("No orders this year")
            : card.ordersThisYear == 1                 ? tr("1 order this year")
                                       : tr("%1 orders this year").arg(card.ordersThisYear);
        if (const auto& latest = card.latestOrder) {
            orders = tr("%1 · latest on %2, %3")
                         .arg(count,
                             QLocale().toString(
                                 latest->placedAt.toLocalTime().date(), QLocale::ShortFormat),
                             DisplayNames::money(latest->amountMinor, latest->currency));
        } else {
            orders = count;
        }
    }
    orders_->setText(orders);
    orders_->setVisible(!orders.isEmpty());

    clearGrid(interactions_);
    int row = 0;
    for (const protocol::CallerInteraction& i : s.lastInteractions) {
        interactions_->addWidget(
            iconLabel(ChannelIcons::of(i.channel), this), row, 0, Qt::AlignTop);
        QLabel* at = makeLabel({}, true);
        at->setText(when(i.at));
        at->setWordWrap(false);
        interactions_->addWidget(at, row, 1, Qt::AlignTop);
        QLabel* text = makeLabel(u"callerInteraction"_s, false);
        const QString summary = shortened(i.summary);
        text->setText(i.direction == protocol::MessageDirection::Outbound
                ? tr("Reply: %1").arg(summary)
                : i.direction == protocol::MessageDirection::InternalNote
                ? tr("Note: %1").arg(summary)
                : summary);
        text->setToolTip(i.summary);
        interactions_->addWidget(text, row, 2);
        ++row;
    }
    interactionsTitle_->setVisible(row > 0);

    clearGrid(open_);
    row = 0;
    for (const protocol::CallerOpenConversation& c : s.openConversations) {
        open_->addWidget(iconLabel(ChannelIcons::of(c.channel), this), row, 0, Qt::AlignTop);
        QLabel* status = makeLabel({}, true);
        status->setText(DisplayNames::status(c.status));
        status->setWordWrap(false);
        open_->addWidget(status, row, 1, Qt::AlignTop);
        QLabel* subject = makeLabel(u"callerOpenConversation"_s, false);
        subject->setText(c.subject.isEmpty() ? tr("(no subject)") : shortened(c.subject));
        open_->addWidget(subject, row, 2);
        ++row;
    }
    openTitle_->setText(tr("Open conversations (%1)").arg(s.openConversations.size()));
    openTitle_->setVisible(row > 0);

    QString feedback;
    if (const auto& f = s.lastFeedback) {
        QStringList scores;
        if (f->csat)
            scores << tr("CSAT %1/5").arg(*f->csat);
        if (f->nps)
            scores << tr("NPS %1/10").arg(*f->nps);
        if (f->ces)
            scores << tr("CES %1/7").arg(*f->ces);
        const QString date = QLocale().toString(f->at.toLocalTime().date(), QLocale::ShortFormat);
        feedback = f->comment.isEmpty()
            ? tr("%1 on %2").arg(scores.join(u" · "_s), date)
            : tr("%1 on %2: “%3”").arg(scores.join(u" · "_s), date, shortened(f->comment));
        feedback_->setToolTip(f->comment);
    }
    feedback_->setText(feedback);
    feedbackTitle_->setVisible(!feedback.isEmpty());
    feedback_->setVisible(!feedback.isEmpty());
    applyColours();
}

QString CallerCardView::summaryText() const
{
    return summary_->text();
}

QString CallerCardView::enrichmentText() const
{
    QStringList parts;
    if (details_->isVisibleTo(this))
        parts << details_->text();
    if (orders_->isVisibleTo(this))
        parts << orders_->text();
    return parts.join(u"\n"_s);
}

} // namespace switchboard::ui
