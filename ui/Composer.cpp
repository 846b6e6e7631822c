#include "ui/Composer.h"

#include "models/DraftStore.h"
#include "ui/ChannelIcons.h"
#include "ui/ComposerEdit.h"
#include "ui/DisplayNames.h"
#include "ui/WorkspacePalette.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace switchboard::ui {

using protocol::Channel;

namespace {
constexpr int kDraftDelayMs = 400; // save after a pause in typing, not per key
constexpr int kTypingSignalMs = 3000; // the server treats a signal as gone after 10 s
constexpr int kShortcutRole = Qt::UserRole + 1;
const Channel kReplyChannels[] = { Channel::Email, Channel::Chat, Channel::Sms, Channel::Social };

// The "/word" just before the cursor, as [start, cursor); empty when there is none.
std::pair<int, QString> slashWordBefore(const QTextCursor& cursor)
{
    const QString block = cursor.block().text().left(cursor.positionInBlock());
    const qsizetype slash = block.lastIndexOf(u'/');
    if (slash < 0 || (slash > 0 && !block.at(slash - 1).isSpace()))
        return { -1, {} };
    const QString word = block.mid(slash + 1);
    if (word.contains(u' '))
        return { -1, {} };
    return { int(cursor.block().position() + slash), word };
}

} // namespace

Composer::Composer(models::DraftStore& drafts, QWidget* parent)
    : QWidget(parent)
    , drafts_(drafts)
{
    setObjectName(u"composer"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->setSpacing(6);

    auto* top = new QHBoxLayout;
    channel_ = new QComboBox(this);
    channel_->setObjectName(u"composerChannel"_s);
    channel_->setAccessibleName(tr("Reply channel"));
    for (Channel c : kReplyChannels)
        channel_->addItem(ChannelIcons::of(c), DisplayNames::channel(c), int(c));
    noteToggle_ = new QPushButton(ChannelIcons::note(), tr("Internal note"), this);
    noteToggle_->setObjectName(u"noteToggle"_s);
    noteToggle_->setCheckable(true);
    noteToggle_->setAccessibleName(tr("Write an internal note instead of a reply"));
    noteToggle_->setToolTip(tr("Only agents see internal notes (Ctrl+Shift+N)"));
    top->addWidget(new QLabel(tr("Reply by"), this));
    top->addWidget(channel_);
    top->addStretch();
    top->addWidget(noteToggle_);
    layout->addLayout(top);

    edit_ = new ComposerEdit(this);
    edit_->setObjectName(u"composerEdit"_s);
    edit_->setAccessibleName(tr("Message text"));
    edit_->setTabChangesFocus(true);
    edit_->setMinimumHeight(64);
    edit_->setMaximumHeight(110);
    layout->addWidget(edit_);

    auto* bottom = new QHBoxLayout;
    hint_ = new QLabel(tr("Type / for canned replies · Ctrl+Enter to send"), this);
    sendButton_ = new QPushButton(tr("Send"), this);
    sendButton_->setObjectName(u"sendButton"_s);
    sendButton_->setDefault(true);
    sendButton_->setAccessibleName(tr("Send"));
    bottom->addWidget(hint_);
    bottom->addStretch();
    bottom->addWidget(sendButton_);
    layout->addLayout(bottom);

    cannedModel_ = new QStandardItemModel(this);
    for (const auto& reply : library_.replies()) {
        auto* item = new QStandardItem(u"/"_s + reply.shortcut + u"  "_s + reply.title);
        item->setData(reply.shortcut, kShortcutRole);
        cannedModel_->appendRow(item);
    }
    completer_ = new QCompleter(cannedModel_, this);
    completer_->setWidget(edit_);
    completer_->setCaseSensitivity(Qt::CaseInsensitive);
    completer_->setFilterMode(Qt::MatchContains);
    completer_->setCompletionMode(QCompleter::PopupCompletion);
    completer_->popup()->setAccessibleName(tr("Canned replies"));
    edit_->setCompleter(completer_);
    connect(completer_, qOverload<const QString&>(&QCompleter::activated), this,
        &Composer::insertCannedReply);

    draftTimer_.setSingleShot(true);
    draftTimer_.setInterval(kDraftDelayMs);
    typingThrottle_.setSingleShot(true);
    typingThrottle_.setInterval(kTypingSignalMs);
    connect(&draftTimer_, &QTimer::timeout, this, &Composer::saveDraft);
    connect(edit_, &QPlainTextEdit::textChanged, this, &Composer::onTextChanged);
    connect(noteToggle_, &QPushButton::toggled, this, &Composer::updateMode);
    connect(sendButton_, &QPushButton::clicked, this, &Composer::send);
    setConversation({}, Channel::Email);
}

Composer::~Composer()
{
    saveDraft();
}

void Composer::setConversation(const QString& id, Channel channel)
{
    if (id != conversationId_)
        saveDraft();
    conversationId_ = id;
    const int channelRow = channel_->findData(int(channel));
    channel_->setCurrentIndex(channelRow >= 0 ? channelRow : 0);
    loading_ = true;
    edit_->setPlainText(drafts_.draft(id));
    edit_->moveCursor(QTextCursor::End);
    loading_ = false;
    setEnabled(!id.isEmpty());
    updateMode();
}

void Composer::setCustomer(const std::optional<protocol::Customer>& customer,
    const std::optional<protocol::Order>& lastOrder)
{
    customer_ = customer;
    lastOrder_ = lastOrder;
}

QString Composer::text() const
{
    return edit_->toPlainText();
}

bool Composer::isNoteMode() const
{
    return noteToggle_->isChecked();
}

Channel Composer::channel() const
{
    return Channel(channel_->currentData().toInt());
}

void Composer::setNoteMode(bool note)
{
    noteToggle_->setChecked(note);
}

void Composer::focusEditor()
{
    edit_->setFocus(Qt::ShortcutFocusReason);
}

void Composer::send()
{
    const QString body = edit_->toPlainText().trimmed();
    if (conversationId_.isEmpty() || body.isEmpty())
        return;
    if (isNoteMode())
        Q_EMIT noteRequested(conversationId_, body);
    else
        Q_EMIT replyRequested(conversationId_, channel(), body);
    // The command is in the outbox from here on: the draft's job is done.
    loading_ = true;
    edit_->clear();
    loading_ = false;
    draftTimer_.stop();
    drafts_.setDraft(conversationId_, QString());
}

void Composer::onTextChanged()
{
    if (loading_)
        return;
    draftTimer_.start();
    if (!typingThrottle_.isActive() && !conversationId_.isEmpty()) {
        typingThrottle_.start();
        Q_EMIT typing(conversationId_);
    }
    updateCannedReplies();
}

void Composer::saveDraft()
{
    draftTimer_.stop();
    if (!conversationId_.isEmpty())
        drafts_.setDraft(conversationId_, edit_->toPlainText());
}

void Composer::updateCannedReplies()
{
    const auto [start, word] = slashWordBefore(edit_->textCursor());
    if (start < 0) {
        completer_->popup()->hide();
        return;
    }
    completer_->setCompletionPrefix(word);
    if (completer_->completionCount() == 0) {
        completer_->popup()->hide();
        return;
    }
    QRect rect = edit_->cursorRect();
    rect.setWidth(320);
    completer_->complete(rect);
    completer_->popup()->setCurrentIndex(completer_->completionModel()->index(0, 0));
}

void Composer::insertCannedReply(const QString& title)
{
    const auto items = cannedModel_->findItems(title);
    if (items.isEmpty())
        return;
    const QString shortcut = items.first()->data(kShortcutRole).toString();
    for (const auto& reply : library_.replies()) {
        if (reply.shortcut != shortcut)
            continue;
        QTextCursor cursor = edit_->textCursor();
        const auto [start, word] = slashWordBefore(cursor);
        if (start >= 0)
            cursor.setPosition(start, QTextCursor::KeepAnchor);
        const QString text = customer_
            ? models::CannedReplyLibrary::expand(reply.text, *customer_, lastOrder_)
            : reply.text;
        cursor.insertText(text);
        edit_->setTextCursor(cursor);
        return;
    }
}

void Composer::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && sendButton_)
        updateMode(); // light and dark themes tint differently
}

void Composer::updateMode()
{
    const bool note = isNoteMode();
    channel_->setEnabled(!note);
    sendButton_->setText(note ? tr("Add note") : tr("Send"));
    edit_->setPlaceholderText(note ? tr("Write an internal note. Only agents see it.")
                                   : tr("Write a reply to the customer…"));
    QPalette p = palette();
    if (note)
        p.setColor(QPalette::Base, WorkspacePalette::noteBackground(palette()));
    edit_->setPalette(p);
    QPalette hintPalette = hint_->palette();
    hintPalette.setColor(QPalette::WindowText, WorkspacePalette::secondaryText(palette()));
    hint_->setPalette(hintPalette);
}

} // namespace switchboard::ui
