#include "models/CustomerProfile.h"

#include "store/ConversationRepository.h"
#include "store/CustomerRepository.h"
#include "store/FeedbackRepository.h"
#include "store/OrderRepository.h"
#include "store/Store.h"

namespace switchboard::models {

CustomerProfile::CustomerProfile(store::Store& store, QObject* parent)
    : QObject(parent)
    , store_(store)
{
}

void CustomerProfile::setCustomer(const QString& customerId)
{
    customerId_ = customerId;
    reload();
}

QList<protocol::Conversation> CustomerProfile::openConversations() const
{
    QList<protocol::Conversation> open;
    for (const auto& c : conversations_) {
        if (c.status != protocol::ConversationStatus::Resolved)
            open.append(c);
    }
    return open;
}

void CustomerProfile::applyChanges(const store::ChangeSet& changes)
{
    if (customerId_.isEmpty())
        return;
    bool touched = changes.customers.contains(customerId_)
        || changes.removedCustomers.contains(customerId_) || !changes.orders.isEmpty()
        || !changes.feedback.isEmpty();
    for (const auto& c : std::as_const(conversations_))
        touched = touched || changes.conversations.contains(c.id);
    // A conversation not listed yet may be this customer's new one: reading is cheap.
    touched = touched || !changes.conversations.isEmpty();
    if (touched)
        reload();
}

void CustomerProfile::reload()
{
    customer_.reset();
    orders_.clear();
    conversations_.clear();
    lastCsat_.reset();
    lastNps_.reset();
    if (!customerId_.isEmpty()) {
        auto customer = store_.customers().find(customerId_);
        auto orders = store_.orders().forCustomer(customerId_);
        auto conversations = store_.conversations().forCustomer(customerId_);
        auto feedback = store_.feedback().forCustomer(customerId_);
        if (!customer || !orders || !conversations || !feedback) {
            const auto& error = !customer ? customer.error()
                : !orders                 ? orders.error()
                : !conversations          ? conversations.error()
                                          : feedback.error();
            Q_EMIT loadFailed(error.toString());
        } else {
            customer_ = std::move(*customer);
            orders_ = std::move(*orders);
            conversations_ = std::move(*conversations);
            for (const auto& answer : *feedback) { // most recent first
                if (answer.csat && !lastCsat_)
                    lastCsat_ = answer;
                if (answer.nps && !lastNps_)
                    lastNps_ = answer;
            }
        }
    }
    Q_EMIT changed();
}

} // namespace switchboard::models
