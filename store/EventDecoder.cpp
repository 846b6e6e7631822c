#include "store/EventDecoder.h"

#include "protocol/JsonReader.h"
#include "protocol/Limits.h"

namespace switchboard::store {

using namespace Qt::StringLiterals;
namespace EventType = protocol::EventType;

namespace {

StoreError undecodable(const protocol::Event& event, const protocol::DecodeError& error)
{
    return StoreError::of(StoreErrorKind::BadEvent,
                          u"event %1 (%2) does not decode: %3"_s.arg(
                              QString::number(event.seq), event.type, error.toString()));
}

template <typename T> StoreResult<DecodedPayload> decodeAs(const protocol::Event& event)
{
    auto value = T::fromJson(event.payload, u"payload"_s);
    if (!value)
        return std::unexpected(undecodable(event, value.error()));
    return DecodedPayload(std::move(*value));
}

StoreResult<DecodedPayload> decodeMerge(const protocol::Event& event)
{
    protocol::JsonReader reader(event.payload, u"payload"_s);
    CustomerMerge merge{reader.id("survivorId"_L1), reader.id("mergedId"_L1)};
    if (reader.ok() && merge.survivorId == merge.mergedId)
        reader.fail(protocol::DecodeErrorCode::OutOfRange, "mergedId"_L1,
                    u"a customer cannot be merged into itself"_s);
    if (!reader.ok())
        return std::unexpected(undecodable(event, *reader.error()));
    return DecodedPayload(std::move(merge));
}

StoreResult<DecodedPayload> decodeTagDeletion(const protocol::Event& event)
{
    protocol::JsonReader reader(event.payload, u"payload"_s);
    TagDeletion deletion{reader.string("name"_L1, protocol::kMaxTagChars)};
    if (!reader.ok())
        return std::unexpected(undecodable(event, *reader.error()));
    return DecodedPayload(std::move(deletion));
}

} // namespace

StoreResult<DecodedPayload> EventDecoder::decode(const protocol::Event& event)
{
    // Most frequent first: a catch-up is mostly messages and customers.
    const QString& type = event.type;
    if (type == EventType::MessageAdded)
        return decodeAs<protocol::Message>(event);
    if (type == EventType::CustomerUpserted)
        return decodeAs<protocol::Customer>(event);
    if (type == EventType::ConversationUpserted)
        return decodeAs<protocol::Conversation>(event);
    if (type == EventType::OrderUpserted)
        return decodeAs<protocol::Order>(event);
    if (type == EventType::FeedbackAdded)
        return decodeAs<protocol::Feedback>(event);
    if (type == EventType::CustomerMerged)
        return decodeMerge(event);
    if (type == EventType::TagUpserted)
        return decodeAs<protocol::Tag>(event);
    if (type == EventType::TagDeleted)
        return decodeTagDeletion(event);
    if (type == EventType::AgentUpserted)
        return decodeAs<protocol::Agent>(event);
    if (type == EventType::QueueUpserted)
        return decodeAs<protocol::Queue>(event);
    return std::unexpected(StoreError::of(
        StoreErrorKind::BadEvent,
        u"event %1 has an unknown type \"%2\""_s.arg(QString::number(event.seq), type)));
}

} // namespace switchboard::store
