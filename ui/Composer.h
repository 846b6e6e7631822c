// Where the agent writes: a reply on the conversation's channel or another, or an internal
// note (a toggle, shown in amber so it is never sent by mistake). Typing "/" offers the
// canned replies, filled for the customer. Unsent text is kept per conversation in a
// DraftStore as the agent types, and put back when they return to the conversation.
// Emits what the agent asked for; it sends nothing itself.
#pragma once

#include "models/CannedReplyLibrary.h"
#include "protocol/Customer.h"
#include "protocol/Enums.h"
#include "protocol/Order.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QCompleter;
class QLabel;
class QPushButton;
class QStandardItemModel;

namespace switchboard::models {
class DraftStore;
}

namespace switchboard::ui {

class ComposerEdit;

class Composer : public QWidget {
    Q_OBJECT
public:
    Composer(models::DraftStore& drafts, QWidget* parent = nullptr);
    ~Composer() override;

    // Saves the draft of the conversation being left and shows the draft of `id`.
    void setConversation(const QString& id, protocol::Channel channel);
    const QString& conversationId() const { return conversationId_; }
    void setCustomer(const std::optional<protocol::Customer>& customer,
        const std::optional<protocol::Order>& lastOrder);

    QString text() const;
    bool isNoteMode() const;
    protocol::Channel channel() const;

public Q_SLOTS:
    void setNoteMode(bool note);
    void focusEditor();
    // Sends what is written: emits replyRequested or noteRequested, then clears the draft.
    void send();

Q_SIGNALS:
    void replyRequested(
        const QString& conversationId, protocol::Channel channel, const QString& body);
    void noteRequested(const QString& conversationId, const QString& body);
    // At most every few seconds while the agent types, for the collision display.
    void typing(const QString& conversationId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onTextChanged();
    void saveDraft();
    void updateCannedReplies();
    void insertCannedReply(const QString& title);
    void updateMode();

    models::DraftStore& drafts_;
    models::CannedReplyLibrary library_;
    QString conversationId_;
    std::optional<protocol::Customer> customer_;
    std::optional<protocol::Order> lastOrder_;
    bool loading_ = false; // setting a draft's text is not the agent typing

    QComboBox* channel_ = nullptr;
    QPushButton* noteToggle_ = nullptr;
    ComposerEdit* edit_ = nullptr;
    QLabel* hint_ = nullptr;
    QPushButton* sendButton_ = nullptr;
    QCompleter* completer_ = nullptr;
    QStandardItemModel* cannedModel_ = nullptr;
    QTimer draftTimer_;
    QTimer typingThrottle_;
};

} // namespace switchboard::ui
