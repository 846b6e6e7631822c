// Turns one server event's JSON payload into the typed value it carries, validating it
// with the protocol codec. Pure: touches no database, so batches can be decoded on
// another thread while the previous events are written (BatchDecoder).
#pragma once

#include "protocol/Agent.h"
#include "protocol/Conversation.h"
#include "protocol/Customer.h"
#include "protocol/Event.h"
#include "protocol/Feedback.h"
#include "protocol/Message.h"
#include "protocol/Order.h"
#include "protocol/Queue.h"
#include "protocol/Tag.h"
#include "store/StoreError.h"

#include <variant>

namespace switchboard::store {

// customer.merged: everything of `mergedId` goes to `survivorId`.
struct CustomerMerge {
    QString survivorId;
    QString mergedId;
};

// tag.deleted
struct TagDeletion {
    QString name;
};

using DecodedPayload =
    std::variant<protocol::Customer, protocol::Conversation, protocol::Message, protocol::Order,
                 protocol::Feedback, protocol::Tag, protocol::Agent, protocol::Queue,
                 CustomerMerge, TagDeletion>;

class EventDecoder {
public:
    // Fails with BadEvent, naming the event's seq and type and the field at fault, for a
    // payload that does not decode or an unknown event type.
    static StoreResult<DecodedPayload> decode(const protocol::Event& event);
};

} // namespace switchboard::store
