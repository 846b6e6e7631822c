// Who else is in the conversation on screen: keeps other agents' latest viewing and typing
// signals for it, forgets them after the protocol's 10 s or when they leave, and says it
// as one line ("Mehmet is typing…"). Signals about other conversations are dropped.
#pragma once

#include "protocol/SignalFrame.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace switchboard::ui {

class CollisionTracker : public QObject {
    Q_OBJECT
public:
    // `agentName` gives an agent's display name from their id.
    explicit CollisionTracker(
        std::function<QString(const QString&)> agentName, QObject* parent = nullptr);

    void setSelf(const QString& agentId) { self_ = agentId; }
    // The conversation on screen; forgets the signals of the previous one.
    void setConversation(const QString& conversationId);
    void add(const protocol::SignalFrame& signal);
    QString text() const { return text_; }

Q_SIGNALS:
    void textChanged(const QString& text);

private:
    void update();

    std::function<QString(const QString&)> agentName_;
    QString self_;
    QString conversationId_;
    QHash<QString, protocol::SignalFrame> latest_; // by agent id
    QString text_;
    QTimer expiry_;
};

} // namespace switchboard::ui
