#include "server/DemoCustomerActivity.h"

#include "protocol/Conversation.h"
#include "protocol/Customer.h"
#include "protocol/Event.h"
#include "protocol/Message.h"
#include "server/EntityState.h"

#include <array>

namespace switchboard::server {

using namespace Qt::StringLiterals;
using protocol::Channel;

namespace {

constexpr std::array kWrittenChannels { Channel::Chat, Channel::Email, Channel::Sms,
    Channel::Social };
constexpr int kSlaHours = 4;

demodata::DemoLanguage languageOf(const protocol::Customer& customer)
{
    if (customer.language == "tr"_L1)
        return demodata::DemoLanguage::Turkish;
    if (customer.language == "el"_L1)
        return demodata::DemoLanguage::Greek;
    return demodata::DemoLanguage::English;
}

PendingEvent eventOf(
    QLatin1StringView type, const QString& entity, QJsonObject payload, const QDateTime& at)
{
    return PendingEvent { QString(type), entity, std::move(payload), at };
}

} // namespace

DemoCustomerActivity::DemoCustomerActivity(ServerStorage& storage, QString deskAgentId)
    : storage_(storage)
    , deskAgentId_(std::move(deskAgentId))
    , started_(QDateTime::currentSecsSinceEpoch())
{
}

QString DemoCustomerActivity::nextId(QStringView prefix)
{
    // Unique across restarts of a demo server that keeps its data: the start time is part.
    return prefix + QString::number(started_) + u'-' + QString::number(++counter_);
}

std::expected<protocol::Customer, QString> DemoCustomerActivity::customer(const QString& id)
{
    EntityState state(storage_, QString(protocol::kLiveSpace));
    auto read = state.customer(id, u"customerId"_s);
    if (!read)
        return std::unexpected(read.error().message);
    return std::move(*read);
}

std::expected<QList<PendingEvent>, QString> DemoCustomerActivity::writeIn(
    const QString& customerId, demodata::Random& random)
{
    auto customer = this->customer(customerId);
    if (!customer)
        return std::unexpected(customer.error());

    const demodata::DemoLanguage language = languageOf(*customer);
    const auto& topics = topics_.topics();
    const demodata::Topic& topic = topics.at(random.below(topics.size()));
    const QDateTime now = QDateTime::currentDateTimeUtc();

    protocol::Conversation conversation;
    conversation.id = nextId(u"con-live-");
    conversation.customerId = customer->id;
    conversation.channel = random.pick(kWrittenChannels);
    conversation.subject = demodata::MessageComposer::fill(topic.subjectIn(language), {}, {});
    conversation.priority = topic.urgent ? protocol::Priority::High : protocol::Priority::Normal;
    conversation.queueId = reference_.queue(topic.queue).id;
    conversation.assigneeId = random.percent(33) ? deskAgentId_ : QString();
    conversation.tags = topic.tags;
    conversation.createdAt = now;
    conversation.updatedAt = now;
    conversation.slaDueAt = now.addSecs(kSlaHours * 3600);
    conversation.revision = 1;

    protocol::Message message;
    message.id = nextId(u"msg-live-");
    message.conversationId = conversation.id;
    message.customerId = customer->id;
    message.direction = protocol::MessageDirection::Inbound;
    message.authorId = customer->id;
    message.authorName = customer->firstName + u' ' + customer->lastName;
    message.channel = conversation.channel;
    message.body = demodata::MessageComposer::fill(topic.openingIn(language),
        QString(u"#" + QString::number(random.between(10000, 99999))), u"order"_s);
    message.sentAt = now;

    return QList<PendingEvent> { eventOf(protocol::EventType::ConversationUpserted, conversation.id,
                                     conversation.toJson(), now),
        eventOf(protocol::EventType::MessageAdded, message.id, message.toJson(), now) };
}

std::expected<QList<PendingEvent>, QString> DemoCustomerActivity::followUp(
    const QJsonObject& stored, demodata::Random& random)
{
    auto conversation = protocol::Conversation::fromJson(stored);
    if (!conversation)
        return std::unexpected(conversation.error().toString());
    auto customer = this->customer(conversation->customerId);
    if (!customer)
        return std::unexpected(customer.error());
    // Two follow-ups a language, in the customer's own, as their first message was.
    static const std::array<std::array<QString, 2>, 3> kFollowUps { {
        { u"Merhaba, bu konuda bir gelişme var mı?"_s, u"Teşekkürler, dönüşünüzü bekliyorum."_s },
        { u"Καλησπέρα, υπάρχει κάποια εξέλιξη;"_s, u"Ευχαριστώ πολύ για τη βοήθεια!"_s },
        { u"Any news on this? Thank you."_s, u"I have attached the photo you asked for."_s },
    } };
    const QDateTime now = QDateTime::currentDateTimeUtc();

    protocol::Message message;
    message.id = nextId(u"msg-live-");
    message.conversationId = conversation->id;
    message.customerId = conversation->customerId;
    message.direction = protocol::MessageDirection::Inbound;
    message.authorId = conversation->customerId;
    message.authorName = customer->firstName + u' ' + customer->lastName;
    message.channel = conversation->channel;
    const auto& followUps = kFollowUps[std::size_t(demodata::languageIndex(languageOf(*customer)))];
    message.body = random.pick(followUps);
    message.sentAt = now;

    conversation->updatedAt = now;
    conversation->status = protocol::ConversationStatus::Open;
    conversation->revision += 1;
    return QList<PendingEvent> { eventOf(protocol::EventType::MessageAdded, message.id,
                                     message.toJson(), now),
        eventOf(protocol::EventType::ConversationUpserted, conversation->id, conversation->toJson(),
            now) };
}

} // namespace switchboard::server
