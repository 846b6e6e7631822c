// One of each repository over one Database, so the parts of Store that write several
// entities in one transaction (applying events, optimistic effects) share them.
#pragma once

#include "store/AgentRepository.h"
#include "store/ConversationRepository.h"
#include "store/CustomerRepository.h"
#include "store/FeedbackRepository.h"
#include "store/MessageRepository.h"
#include "store/OrderRepository.h"
#include "store/OutboxRepository.h"
#include "store/QueueRepository.h"
#include "store/SyncCursorRepository.h"
#include "store/TagRepository.h"

namespace switchboard::store {

struct Repositories {
    explicit Repositories(Database& db)
        : customers(db)
        , conversations(db)
        , messages(db)
        , orders(db)
        , feedback(db)
        , tags(db)
        , agents(db)
        , queues(db)
        , cursors(db)
        , outbox(db)
    {
    }

    CustomerRepository customers;
    ConversationRepository conversations;
    MessageRepository messages;
    OrderRepository orders;
    FeedbackRepository feedback;
    TagRepository tags;
    AgentRepository agents;
    QueueRepository queues;
    SyncCursorRepository cursors;
    OutboxRepository outbox;
};

} // namespace switchboard::store
