#include "ui/ConversationHeader.h"

#include "ui/DisplayNames.h"
#include "ui/TagEditor.h"
#include "ui/WorkspacePalette.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace switchboard::ui {

ConversationHeader::ConversationHeader(models::TagListModel& tags, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"conversationHeader"_s);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 8);
    layout->setSpacing(4);

    auto* top = new QHBoxLayout;
    title_ = new QLabel(this);
    title_->setObjectName(u"conversationTitle"_s);
    title_->setTextFormat(Qt::PlainText);
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setWeight(QFont::DemiBold);
    title_->setFont(big);
    title_->setMinimumWidth(120);
    title_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    top->addWidget(title_, 1);
    layout->addLayout(top);

    auto* middle = new QHBoxLayout;
    details_ = new QLabel(this);
    details_->setTextFormat(Qt::PlainText);
    collision_ = new QLabel(this);
    collision_->setObjectName(u"collisionIndicator"_s);
    collision_->setAccessibleName(tr("Other agents in this conversation"));
    collision_->setTextFormat(Qt::PlainText);
    QFont bold = collision_->font();
    bold.setWeight(QFont::DemiBold);
    collision_->setFont(bold);
    collision_->hide();
    middle->addWidget(details_, 1);
    middle->addWidget(collision_);
    layout->addLayout(middle);

    // Tags left, actions right, on one row: the title above gets the full width.
    auto* bottom = new QHBoxLayout;
    tagEditor_ = new TagEditor(tags, this);
    tagEditor_->setObjectName(u"tagEditor"_s);
    bottom->addWidget(tagEditor_, 1);
    buttons_ = new QHBoxLayout;
    buttons_->setSpacing(2);
    bottom->addLayout(buttons_);
    layout->addLayout(bottom);
    applyColours();
    setConversation(std::nullopt, {});
}

void ConversationHeader::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && collision_)
        applyColours(); // light and dark themes tint differently
}

void ConversationHeader::applyColours()
{
    QPalette secondary = details_->palette();
    secondary.setColor(QPalette::WindowText, WorkspacePalette::secondaryText(palette()));
    details_->setPalette(secondary);
    QPalette warn = collision_->palette();
    warn.setColor(QPalette::WindowText, WorkspacePalette::warning(palette()));
    collision_->setPalette(warn);
}

void ConversationHeader::setConversation(
    const std::optional<store::InboxRow>& row, const QString& assigneeName)
{
    setEnabled(row.has_value());
    if (!row) {
        title_->setText(tr("No conversation selected"));
        details_->setText(tr("Pick one from the inbox, or press Ctrl+K to search."));
        tagEditor_->setTags({});
        return;
    }
    title_->setText(tr("%1 — %2").arg(row->customerName, row->subject));
    title_->setToolTip(title_->text());
    const QString owner
        = assigneeName.isEmpty() ? tr("Unassigned") : tr("Assigned to %1").arg(assigneeName);
    details_->setText(
        tr("%1 · %2 · %3 priority · %4")
            .arg(DisplayNames::channel(row->channel), DisplayNames::status(row->status),
                DisplayNames::priority(row->priority), owner));
    tagEditor_->setTags(row->tags);
}

void ConversationHeader::showCollision(const QString& text)
{
    collision_->setText(text);
    collision_->setVisible(!text.isEmpty());
}

QString ConversationHeader::collisionText() const
{
    return collision_->isVisible() ? collision_->text() : QString();
}

QToolButton* ConversationHeader::addActionButton(QAction* action)
{
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    buttons_->addWidget(button);
    return button;
}

} // namespace switchboard::ui
