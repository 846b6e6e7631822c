// What demo customers do while the demo runs: write in about something new (a conversation
// opens, on chat, email, SMS or social, in the customer's language) or follow up on a
// conversation of theirs that is still open. Builds the events; DemoTraffic commits them.
#pragma once

#include "demodata/MessageComposer.h"
#include "demodata/Random.h"
#include "demodata/ReferenceData.h"
#include "demodata/TopicCatalogue.h"
#include "protocol/Customer.h"
#include "server/ServerStorage.h"

#include <expected>

namespace switchboard::server {

class DemoCustomerActivity {
public:
    DemoCustomerActivity(ServerStorage& storage, QString deskAgentId);

    // A new conversation with its first message. One in three goes straight to the desk
    // agent, so the person trying the demo sees their own inbox fill up.
    std::expected<QList<PendingEvent>, QString> writeIn(
        const QString& customerId, demodata::Random& random);
    // A further message on an open conversation.
    std::expected<QList<PendingEvent>, QString> followUp(
        const QJsonObject& conversation, demodata::Random& random);

private:
    std::expected<protocol::Customer, QString> customer(const QString& id);
    QString nextId(QStringView prefix);

    ServerStorage& storage_;
    QString deskAgentId_;
    demodata::TopicCatalogue topics_;
    demodata::ReferenceData reference_;
    qint64 started_ = 0;
    qint64 counter_ = 0;
};

} // namespace switchboard::server
