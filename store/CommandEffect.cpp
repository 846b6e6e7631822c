#include "store/CommandEffect.h"

#include "protocol/Customer.h"
#include "protocol/JsonReader.h"
#include "protocol/Limits.h"
#include "protocol/Message.h"
#include "store/BeforeImage.h"
#include "store/Repositories.h"
#include "store/SearchIndex.h"

#include <algorithm>

namespace switchboard::store {

using namespace Qt::StringLiterals;
namespace CommandType = protocol::CommandType;
using protocol::Command;

namespace {

// The customer fields an agent may edit from the desktop; ids, revisions and the
// server's own timestamps are not among them.
constexpr QLatin1StringView kEditableCustomerFields[] = {
    "firstName"_L1, "lastName"_L1,  "phones"_L1,   "emails"_L1,
    "company"_L1,   "language"_L1,  "segment"_L1,  "currency"_L1,
    "notes"_L1,     "tags"_L1,      "preferences"_L1,
    "socialHandles"_L1, "lifetimeValueMinor"_L1, "lastContactAt"_L1};

bool isMessageCommand(QStringView type)
{
    return type == CommandType::SendMessage || type == CommandType::AddNote;
}

} // namespace

CommandEffect::CommandEffect(Repositories& repositories, SearchIndex& search)
    : repos_(repositories)
    , search_(search)
    , conversations_(repositories.conversations)
{
}

StoreResult<EntityRef> CommandEffect::target(const Command& command)
{
    const QString& type = command.type;
    if (type == CommandType::SignalViewing || type == CommandType::SignalTyping)
        return std::unexpected(
            BeforeImage::badCommand(command, u"signals are sent at once, not queued"_s));
    // No optimistic effect: the server's events carry what these change.
    if (type == CommandType::SetPresence || type == CommandType::MergeCustomers
        || type == CommandType::DeclineCall || type == CommandType::WrapUpCall)
        return EntityRef{};
    protocol::JsonReader reader(command.payload, u"payload"_s);
    EntityRef entity;
    if (ConversationEffect::handles(type)) {
        entity = {EntityRef::Kind::Conversation, reader.id("conversationId"_L1)};
    } else if (isMessageCommand(type)) {
        // The id is made here so the server's message.added replaces the optimistic row.
        entity = {EntityRef::Kind::Message, reader.id("messageId"_L1)};
    } else if (type == CommandType::UpdateCustomer) {
        entity = {EntityRef::Kind::Customer, reader.id("customerId"_L1)};
    } else if (type == CommandType::CreateCustomer) {
        entity = {EntityRef::Kind::Customer, reader.id("id"_L1)};
    } else {
        return std::unexpected(BeforeImage::badCommand(command, u"unknown command type"_s));
    }
    if (!reader.ok())
        return std::unexpected(BeforeImage::badCommand(command, reader.error()->toString()));
    return entity;
}

StoreResult<QJsonObject> CommandEffect::apply(const Command& command, ChangeSet& changes)
{
    const QString& type = command.type;
    if (ConversationEffect::handles(type))
        return conversations_.apply(command, changes);
    if (isMessageCommand(type))
        return addMessage(command, changes);
    if (type == CommandType::UpdateCustomer)
        return updateCustomer(command, changes);
    if (type == CommandType::CreateCustomer)
        return createCustomer(command, changes);
    return QJsonObject(); // no local effect
}

StoreResult<QJsonObject> CommandEffect::createCustomer(const Command& command, ChangeSet& changes)
{
    auto customer = protocol::Customer::fromJson(command.payload, u"payload"_s);
    if (!customer)
        return std::unexpected(BeforeImage::badCommand(command, customer.error().toString()));
    auto exists = repos_.customers.exists(customer->id);
    if (!exists)
        return std::unexpected(exists.error());
    // A customer already cached (the server's copy arrived first) is left as the server
    // has it: creating is the effect, not overwriting.
    if (!*exists) {
        if (auto done = repos_.customers.upsert(*customer); !done)
            return std::unexpected(done.error());
        if (auto done = search_.indexCustomer(*customer); !done)
            return std::unexpected(done.error());
        changes.customerChanged(customer->id);
    }
    return QJsonObject{{BeforeImage::kExists, *exists}};
}

StoreResult<QJsonObject> CommandEffect::updateCustomer(const Command& command, ChangeSet& changes)
{
    protocol::JsonReader reader(command.payload, u"payload"_s);
    const QString id = reader.id("customerId"_L1);
    const QJsonObject fields = reader.object("fields"_L1);
    if (!reader.ok())
        return std::unexpected(BeforeImage::badCommand(command, reader.error()->toString()));
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (std::find(std::begin(kEditableCustomerFields), std::end(kEditableCustomerFields),
                      it.key()) == std::end(kEditableCustomerFields))
            return std::unexpected(BeforeImage::badCommand(
                command, u"customer field \"%1\" cannot be edited"_s.arg(it.key())));
    }
    auto found = repos_.customers.find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::unexpected(BeforeImage::notFound(u"customer %1"_s.arg(id)));

    QJsonObject json = (*found)->toJson();
    QJsonObject before;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonValue old = json.value(it.key());
        before.insert(it.key(), old.isUndefined() ? QJsonValue(QJsonValue::Null) : old);
        if (it.value().isNull())
            json.remove(it.key());
        else
            json.insert(it.key(), it.value());
    }
    auto updated = protocol::Customer::fromJson(json, u"payload.fields"_s);
    if (!updated)
        return std::unexpected(BeforeImage::badCommand(command, updated.error().toString()));
    if (auto done = repos_.customers.upsert(*updated); !done)
        return std::unexpected(done.error());
    if (auto done = search_.indexCustomer(*updated); !done)
        return std::unexpected(done.error());
    changes.customerChanged(id);
    return before;
}

StoreResult<QJsonObject> CommandEffect::addMessage(const Command& command, ChangeSet& changes)
{
    const bool note = command.type == CommandType::AddNote;
    protocol::JsonReader reader(command.payload, u"payload"_s);
    const QString conversationId = reader.id("conversationId"_L1);
    const QString messageId = reader.id("messageId"_L1);
    const QString body = reader.string("body"_L1, protocol::kMaxBodyChars);
    const auto channel = note ? protocol::Channel::Email
                              : reader.enumeration("channel"_L1, protocol::Channel::Email,
                                                   protocol::Need::Required);
    if (!reader.ok())
        return std::unexpected(BeforeImage::badCommand(command, reader.error()->toString()));
    auto conversation = repos_.conversations.find(conversationId);
    if (!conversation)
        return std::unexpected(conversation.error());
    if (!*conversation)
        return std::unexpected(BeforeImage::notFound(u"conversation %1"_s.arg(conversationId)));
    auto exists = repos_.messages.exists(messageId);
    if (!exists)
        return std::unexpected(exists.error());
    // The server's copy, once here, is the message: it is never overwritten by ours.
    if (!*exists) {
        protocol::Message message;
        message.id = messageId;
        message.conversationId = conversationId;
        message.customerId = (*conversation)->customerId;
        message.direction =
            note ? protocol::MessageDirection::InternalNote : protocol::MessageDirection::Outbound;
        message.channel = note ? (*conversation)->channel : channel;
        message.body = body;
        message.sentAt = QDateTime::currentDateTimeUtc();
        if (auto done = repos_.messages.upsert(message); !done)
            return std::unexpected(done.error());
        if (auto done = search_.indexMessage(message, (*conversation)->subject); !done)
            return std::unexpected(done.error());
        changes.messageChanged(messageId, conversationId);
    }
    return QJsonObject{{BeforeImage::kExists, *exists}};
}

StoreResult<> CommandEffect::restore(const EntityRef& entity, const QJsonObject& image,
                                     ChangeSet& changes)
{
    if (image.isEmpty())
        return {};
    switch (entity.kind) {
    case EntityRef::Kind::Conversation: return conversations_.restore(entity.id, image, changes);
    case EntityRef::Kind::Customer: return restoreCustomer(entity.id, image, changes);
    case EntityRef::Kind::Message: return restoreMessage(entity.id, image, changes);
    case EntityRef::Kind::None: break;
    }
    return {};
}

StoreResult<> CommandEffect::restoreCustomer(const QString& id, const QJsonObject& image,
                                             ChangeSet& changes)
{
    if (image.contains(BeforeImage::kExists) && !image.value(BeforeImage::kExists).toBool()) {
        // The customer was created here: undoing the create removes it, whatever was
        // edited on it since.
        auto removed = repos_.customers.remove(id);
        if (!removed)
            return std::unexpected(removed.error());
        if (auto done = search_.removeCustomer(id); !done)
            return done;
        changes.customerRemoved(id);
        return {};
    }
    auto found = repos_.customers.find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return {};
    QJsonObject json = (*found)->toJson();
    BeforeImage::overlayFields(json, image);
    auto restored = protocol::Customer::fromJson(json);
    if (!restored)
        return std::unexpected(StoreError::of(
            StoreErrorKind::Corrupt,
            u"customer %1 cannot be restored: %2"_s.arg(id, restored.error().toString())));
    if (auto done = repos_.customers.upsert(*restored); !done)
        return done;
    if (auto done = search_.indexCustomer(*restored); !done)
        return done;
    changes.customerChanged(id);
    return {};
}

StoreResult<> CommandEffect::restoreMessage(const QString& id, const QJsonObject& image,
                                            ChangeSet& changes)
{
    if (image.value(BeforeImage::kExists).toBool(true))
        return {}; // the message was there before: the effect changed nothing
    auto found = repos_.messages.find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return {};
    auto removed = repos_.messages.remove(id);
    if (!removed)
        return std::unexpected(removed.error());
    if (auto done = search_.removeMessage(id); !done)
        return done;
    changes.messageRemoved(id, (*found)->conversationId);
    return {};
}

} // namespace switchboard::store
