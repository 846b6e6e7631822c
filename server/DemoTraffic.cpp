#include "server/DemoTraffic.h"

#include "protocol/Command.h"
#include "protocol/Frame.h"
#include "protocol/SignalFrame.h"
#include "server/CommandDispatcher.h"
#include "server/EntityKind.h"
#include "server/EntityState.h"
#include "server/ServerLogging.h"
#include "server/SpaceHub.h"

namespace switchboard::server {

using namespace Qt::StringLiterals;
namespace CommandType = protocol::CommandType;

namespace {

const QString kLive = QString(protocol::kLiveSpace);

bool isOpen(const QJsonObject& conversation)
{
    const QString status = conversation.value("status"_L1).toString();
    return status == "open"_L1 || status == "pending"_L1;
}

// A colleague's short answer, in the customer's language.
QString replyIn(EntityState& state, const QString& customerId)
{
    auto customer = state.customer(customerId, u"customerId"_s);
    const QString language = customer ? customer->language : QString();
    if (language == "tr"_L1)
        return u"Sabrınız için teşekkür ederim, konuyu hemen inceliyorum."_s;
    if (language == "el"_L1)
        return u"Σας ευχαριστώ για την υπομονή σας, το εξετάζω αμέσως."_s;
    return u"Thank you for your patience, I am looking into this now."_s;
}

} // namespace

DemoTraffic::DemoTraffic(ServerStorage& storage, CommandDispatcher& commands, SpaceHub& hub,
    DemoTrafficOptions options, QObject* parent)
    : QObject(parent)
    , storage_(storage)
    , commands_(commands)
    , hub_(hub)
    , options_(std::move(options))
    , random_(options_.seed)
    , customers_(storage, options_.deskAgentId)
{
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, &DemoTraffic::act);
}

std::expected<void, QString> DemoTraffic::start()
{
    auto customers = storage_.entitiesOfKind(kLive, QString(EntityKind::Customer));
    auto conversations = storage_.entitiesOfKind(kLive, QString(EntityKind::Conversation));
    if (!customers)
        return std::unexpected(customers.error().message);
    if (!conversations)
        return std::unexpected(conversations.error().message);
    for (const StoredEntity& customer : *customers)
        customerIds_.append(customer.id);
    for (const StoredEntity& conversation : *conversations) {
        if (isOpen(conversation.payload))
            openConversations_.append(conversation.id);
    }
    if (customerIds_.isEmpty())
        return std::unexpected(u"the demo traffic needs customers; seed the demo data first"_s);
    scheduleNext();
    return {};
}

void DemoTraffic::scheduleNext()
{
    timer_.start(int(random_.between(options_.minIntervalMs, options_.maxIntervalMs)));
}

void DemoTraffic::act()
{
    const qint64 roll = random_.below(100);
    if (roll < 45 || openConversations_.isEmpty())
        customerWrites();
    else if (roll < 90)
        colleagueActs();
    else
        colleagueLooks();
    ++actions_;
    scheduleNext();
}

void DemoTraffic::publish(const QList<PendingEvent>& events)
{
    WriteBatch batch;
    batch.space = kLive;
    batch.events = events;
    auto committed = storage_.commit(batch);
    if (!committed) {
        qCWarning(lcStorage) << "demo traffic not committed:" << committed.error().message;
        return;
    }
    hub_.publish(kLive, *committed);
}

void DemoTraffic::customerWrites()
{
    if (!openConversations_.isEmpty() && random_.percent(40)) {
        const QString id = openConversations_.at(random_.below(openConversations_.size()));
        auto stored = storage_.entity(kLive, QString(EntityKind::Conversation), id);
        if (stored && *stored) {
            if (auto events = customers_.followUp(**stored, random_))
                publish(*events);
        }
        return;
    }
    const QString customerId = customerIds_.at(random_.below(customerIds_.size()));
    auto events = customers_.writeIn(customerId, random_);
    if (!events) {
        qCWarning(lcSync) << "demo customer could not write in:" << events.error();
        return;
    }
    publish(*events);
    openConversations_.append(events->first().entity);
}

// A colleague works a conversation the rules let them: takes an unassigned one, or tags,
// answers or resolves one of their own. The desk agent's conversations are left to them.
void DemoTraffic::colleagueActs()
{
    EntityState state(storage_, kLive);
    const qsizetype index = random_.below(openConversations_.size());
    auto conversation = state.conversation(openConversations_.at(index), u"conversationId"_s);
    if (!conversation || conversation->status == protocol::ConversationStatus::Resolved
        || conversation->status == protocol::ConversationStatus::Snoozed) {
        openConversations_.removeAt(index);
        return;
    }
    if (conversation->assigneeId == options_.deskAgentId)
        return;
    const auto& agents = reference_.agents();
    QString colleagueId = conversation->assigneeId;
    if (colleagueId.isEmpty()) {
        colleagueId = agents.at(random_.below(agents.size())).id;
        if (colleagueId == options_.deskAgentId)
            return;
    }
    auto colleague = state.agent(colleagueId, u"agentId"_s);
    if (!colleague || colleague->role == protocol::AgentRole::Trainer)
        return;

    const QJsonObject target { { u"conversationId"_s, conversation->id } };
    protocol::Command command;
    if (conversation->assigneeId.isEmpty()) {
        QJsonObject payload = target;
        payload.insert(u"agentId"_s, colleagueId);
        command = protocol::Command::make(CommandType::Assign, payload);
    } else if (const qint64 roll = random_.below(100); roll < 35) {
        QJsonObject payload = target;
        payload.insert(
            u"tag"_s, reference_.tags().at(random_.below(reference_.tags().size())).name);
        command = protocol::Command::make(CommandType::AddTag, payload);
    } else if (roll < 75) {
        QJsonObject payload = target;
        payload.insert(u"messageId"_s,
            QString(u"msg-live-"_s + QUuid::createUuid().toString(QUuid::Id128).left(16)));
        payload.insert(u"channel"_s, protocol::wireName(conversation->channel));
        payload.insert(u"body"_s, replyIn(state, conversation->customerId));
        command = protocol::Command::make(CommandType::SendMessage, payload);
    } else {
        QJsonObject payload = target;
        payload.insert(u"status"_s, u"resolved"_s);
        command = protocol::Command::make(CommandType::SetStatus, payload);
        openConversations_.removeAt(index);
    }
    const CommandOutcome outcome = commands_.handle(Actor { *colleague, kLive }, command);
    if (!outcome.events.isEmpty())
        hub_.publish(kLive, outcome.events);
}

// Collision display: a colleague opens one of the desk agent's conversations.
void DemoTraffic::colleagueLooks()
{
    const QString conversationId = openConversations_.at(random_.below(openConversations_.size()));
    const auto& agents = reference_.agents();
    const QString colleagueId = agents.at(random_.below(agents.size())).id;
    if (colleagueId == options_.deskAgentId)
        return;
    protocol::SignalFrame signal;
    signal.kind = random_.percent(50) ? QString(protocol::SignalKind::Viewing)
                                      : QString(protocol::SignalKind::Typing);
    signal.conversationId = conversationId;
    signal.agentId = colleagueId;
    signal.at = QDateTime::currentDateTimeUtc();
    hub_.signal(kLive, protocol::frameText(signal.toJson()), nullptr);
}

} // namespace switchboard::server
