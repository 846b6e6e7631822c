#include "ui/TagEditor.h"

#include "models/TagListModel.h"
#include "ui/WorkspacePalette.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace switchboard::ui {

TagEditor::TagEditor(models::TagListModel& tags, QWidget* parent)
    : QWidget(parent)
    , catalogue_(tags)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    chips_ = new QHBoxLayout;
    chips_->setSpacing(4);
    layout->addLayout(chips_);
    input_ = new QLineEdit(this);
    input_->setObjectName(u"tagInput"_s);
    input_->setAccessibleName(tr("Add a tag"));
    input_->setPlaceholderText(tr("Add tag…"));
    input_->setFrame(false);
    input_->setMinimumWidth(90);
    input_->setMaximumWidth(160);
    completer_ = new QCompleter(&catalogue_, this);
    completer_->setCaseSensitivity(Qt::CaseInsensitive);
    completer_->setFilterMode(Qt::MatchContains);
    completer_->popup()->setAccessibleName(tr("Matching tags"));
    input_->setCompleter(completer_);
    input_->installEventFilter(this);
    layout->addWidget(input_);
    layout->addStretch();
    connect(input_, &QLineEdit::returnPressed, this, &TagEditor::submit);
    connect(&catalogue_, &QAbstractItemModel::modelReset, this, &TagEditor::rebuildChips);
}

void TagEditor::setTags(const QStringList& tags)
{
    if (tags == tags_)
        return;
    tags_ = tags;
    rebuildChips();
}

void TagEditor::focusInput()
{
    input_->setFocus(Qt::ShortcutFocusReason);
}

bool TagEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == input_ && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Backspace && input_->text().isEmpty() && !tags_.isEmpty()) {
            Q_EMIT removeRequested(tags_.constLast());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TagEditor::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && chips_)
        rebuildChips(); // light and dark themes tint differently
}

void TagEditor::rebuildChips()
{
    while (QLayoutItem* item = chips_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const bool dark = WorkspacePalette::isDark(palette());
    for (const QString& tag : std::as_const(tags_)) {
        const QColor colour = QColor::fromString(catalogue_.colourOf(tag));
        const QColor c = colour.isValid() ? colour : QColor(0x8a, 0x91, 0x9c);
        QColor fill = c;
        fill.setAlpha(dark ? 70 : 38);
        auto* chip = new QToolButton(this);
        chip->setText(tag + u"  ×"_s);
        chip->setAutoRaise(true);
        chip->setToolTip(tr("Remove the tag %1").arg(tag));
        chip->setAccessibleName(tr("Remove tag %1").arg(tag));
        chip->setFocusPolicy(Qt::TabFocus);
        chip->setStyleSheet(u"QToolButton { background: %1; color: %2; border-radius: 4px;"
                            " padding: 1px 6px; border: none; }"_s.arg(fill.name(QColor::HexArgb),
                                (dark ? c.lighter(150) : c.darker(135)).name()));
        connect(chip, &QToolButton::clicked, this, [this, tag] { Q_EMIT removeRequested(tag); });
        chips_->addWidget(chip);
    }
}

void TagEditor::submit()
{
    const QString tag = input_->text().trimmed();
    if (tag.isEmpty())
        return;
    input_->clear();
    if (!tags_.contains(tag))
        Q_EMIT addRequested(tag);
}

} // namespace switchboard::ui
