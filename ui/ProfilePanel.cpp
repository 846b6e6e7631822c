#include "ui/ProfilePanel.h"

#include "models/CustomerProfile.h"
#include "ui/DisplayNames.h"
#include "ui/WorkspacePalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace switchboard::ui {

namespace {
constexpr int kRecentOrders = 5;
constexpr int kMargin = 14;

} // namespace

ProfilePanel::ProfilePanel(models::CustomerProfile& profile, QWidget* parent)
    : QScrollArea(parent)
    , profile_(profile)
{
    setObjectName(QStringLiteral("profilePanel"));
    setAccessibleName(tr("Customer profile"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(&profile_, &models::CustomerProfile::changed, this, &ProfilePanel::rebuild);
    rebuild();
}

void ProfilePanel::changeEvent(QEvent* event)
{
    QScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && content_)
        rebuild(); // light and dark themes tint differently
}

QString ProfilePanel::shownName() const
{
    return name_ ? name_->text() : QString();
}

void ProfilePanel::addSection(const QString& title)
{
    auto* label = new QLabel(title, content_);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    f.setWeight(QFont::DemiBold);
    f.setCapitalization(QFont::AllUppercase);
    label->setFont(f);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, WorkspacePalette::secondaryText(palette()));
    label->setPalette(p);
    layout_->addSpacing(10);
    layout_->addWidget(label);
}

QLabel* ProfilePanel::addLine(const QString& text, bool secondary)
{
    auto* label = new QLabel(text, content_);
    label->setTextFormat(Qt::PlainText); // customer data is never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (secondary) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, WorkspacePalette::secondaryText(palette()));
        label->setPalette(p);
    }
    layout_->addWidget(label);
    return label;
}

void ProfilePanel::rebuild()
{
    // Rebuilt whole: a profile is a few dozen labels, and changes to it are rare.
    content_ = new QWidget;
    layout_ = new QVBoxLayout(content_);
    layout_->setContentsMargins(kMargin, kMargin, kMargin, kMargin);
    layout_->setSpacing(3);
    name_ = nullptr;
    const auto& customer = profile_.customer();
    if (!customer) {
        addLine(tr("Select a conversation to see the customer."), true);
        layout_->addStretch();
        setWidget(content_);
        return;
    }
    const protocol::Customer& c = *customer;
    auto* top = new QHBoxLayout;
    name_ = new QLabel(c.displayName(), content_);
    name_->setTextFormat(Qt::PlainText);
    name_->setWordWrap(true);
    auto* edit = new QPushButton(tr("Edit…"), content_);
    edit->setObjectName(QStringLiteral("editCustomerButton"));
    edit->setAccessibleName(tr("Edit customer"));
    edit->setFlat(true);
    connect(edit, &QPushButton::clicked, this, &ProfilePanel::editRequested);
    top->addWidget(name_, 1);
    top->addWidget(edit, 0, Qt::AlignTop);
    layout_->addLayout(top);
    QFont big = name_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setWeight(QFont::DemiBold);
    name_->setFont(big);
    name_->setAccessibleName(tr("Customer name"));
    if (!c.company.isEmpty())
        addLine(c.company, true);
    addLine(tr("%1 customer, lifetime value %2")
                .arg(DisplayNames::segment(c.segment),
                    DisplayNames::money(c.lifetimeValueMinor, c.currency)));
    if (!c.language.isEmpty()) {
        const QLocale language(c.language);
        addLine(tr("Speaks %1").arg(language.nativeLanguageName()), true);
    }

    addSection(tr("Contact"));
    for (const auto& phone : c.phones)
        addLine(tr("%1 (%2)").arg(phone.number, phone.label));
    for (const auto& email : c.emails)
        addLine(email);
    for (const auto& social : c.socialHandles)
        addLine(tr("%1 on %2").arg(social.handle, social.network));
    if (!c.preferences.isEmpty()) {
        QStringList preferences;
        for (auto it = c.preferences.cbegin(); it != c.preferences.cend(); ++it)
            preferences << tr("%1: %2").arg(it.key(), it.value());
        addLine(preferences.join(QStringLiteral(", ")), true);
    }

    if (profile_.lastCsat() || profile_.lastNps()) {
        addSection(tr("Satisfaction"));
        if (const auto& csat = profile_.lastCsat())
            addLine(tr("Last CSAT %1/5 on %2")
                        .arg(*csat->csat)
                        .arg(QLocale().toString(csat->createdAt.date(), QLocale::ShortFormat)));
        if (const auto& nps = profile_.lastNps())
            addLine(tr("Last NPS %1/10 on %2")
                        .arg(*nps->nps)
                        .arg(QLocale().toString(nps->createdAt.date(), QLocale::ShortFormat)));
    }

    const auto open = profile_.openConversations();
    addSection(tr("Open conversations (%1)").arg(open.size()));
    for (const auto& conversation : open) {
        addLine(tr("%1: %2").arg(DisplayNames::status(conversation.status), conversation.subject));
    }

    addSection(tr("Recent orders (%1 in all)").arg(profile_.orders().size()));
    for (const auto& order : profile_.orders().mid(0, kRecentOrders)) {
        QLabel* line = addLine(
            tr("%1 · %2").arg(QLocale().toString(order.placedAt.date(), QLocale::ShortFormat),
                DisplayNames::money(order.amountMinor, order.currency)));
        line->setToolTip(order.id);
    }
    if (!c.tags.isEmpty()) {
        addSection(tr("Customer tags"));
        addLine(c.tags.join(QStringLiteral(", ")));
    }
    if (!c.notes.isEmpty()) {
        addSection(tr("Notes"));
        addLine(c.notes);
    }
    layout_->addStretch();
    setWidget(content_);
}

} // namespace switchboard::ui
