// What the right pane shows about the selected customer: the customer, their orders (most
// recent first), conversations, and their latest CSAT and NPS answers. Reloaded from the
// store when the customer changes or a change notice names them, their orders, their
// conversations or their feedback; changed() says when to repaint.
#pragma once

#include "protocol/Conversation.h"
#include "protocol/Customer.h"
#include "protocol/Feedback.h"
#include "protocol/Order.h"
#include "store/ChangeSet.h"

#include <QObject>

#include <optional>

namespace switchboard::store {
class Store;
}

namespace switchboard::models {

class CustomerProfile : public QObject {
    Q_OBJECT
public:
    explicit CustomerProfile(store::Store& store, QObject* parent = nullptr);

    void setCustomer(const QString& customerId);
    bool isEmpty() const { return !customer_.has_value(); }
    const std::optional<protocol::Customer>& customer() const { return customer_; }
    const QList<protocol::Order>& orders() const { return orders_; }
    const QList<protocol::Conversation>& conversations() const { return conversations_; }
    QList<protocol::Conversation> openConversations() const;
    const std::optional<protocol::Feedback>& lastCsat() const { return lastCsat_; }
    const std::optional<protocol::Feedback>& lastNps() const { return lastNps_; }

public Q_SLOTS:
    void applyChanges(const store::ChangeSet& changes);

Q_SIGNALS:
    void changed();
    void loadFailed(const QString& message);

private:
    void reload();

    store::Store& store_;
    QString customerId_;
    std::optional<protocol::Customer> customer_;
    QList<protocol::Order> orders_;
    QList<protocol::Conversation> conversations_;
    std::optional<protocol::Feedback> lastCsat_;
    std::optional<protocol::Feedback> lastNps_;
};

} // namespace switchboard::models
