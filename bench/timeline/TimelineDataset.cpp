#include "bench/timeline/TimelineDataset.h"

#include "demodata/DatasetSize.h"
#include "protocol/Limits.h"
#include "store/Store.h"

#include <array>

namespace switchboard::bench {

using namespace Qt::StringLiterals;
using protocol::Channel;
using protocol::MessageDirection;

namespace {

constexpr std::array kChannels = { Channel::Email, Channel::Chat, Channel::Phone, Channel::Sms,
    Channel::Social, Channel::Video };
constexpr std::array kTags
    = { u"Sales lead", u"Feature request", u"Incident", u"Technical problem" };
constexpr std::array kColours = { u"#2e7d32", u"#1565c0", u"#c62828", u"#ef6c00" };
constexpr std::array kSubjects = { u"Order arrived damaged", u"Cannot log in to the app",
    u"Invoice shows the wrong address", u"Question about the loyalty programme",
    u"Delivery is late", u"Refund not received yet" };
// Short and long bodies, so cards differ in height as real ones do.
constexpr std::array kBodies = {
    u"Thanks, that worked.",
    u"Hello, my order from last week arrived today but the box was crushed and one of the "
    u"glasses is broken. Can you send a replacement or should I return the whole set?",
    u"I have checked with the warehouse: the replacement leaves tomorrow morning and you "
    u"will get a tracking link by SMS. Sorry for the trouble.",
    u"Customer called twice about this; the courier lost the first parcel. Offer a 10% "
    u"voucher if it happens again.",
    u"Merhaba, siparişim hâlâ gelmedi. Kargo takip numarası çalışmıyor, yardımcı olabilir "
    u"misiniz? Teşekkürler.",
    u"Καλησπέρα, θα ήθελα να αλλάξω τη διεύθυνση αποστολής για την τελευταία μου "
    u"παραγγελία.\nΕυχαριστώ πολύ!",
    u"Ok.",
    u"We reset your password; please use the link in the e-mail within 24 hours. If it "
    u"does not arrive, check the spam folder or reply here and we will send it again. "
    u"For security we never ask for your password in a chat.",
};
constexpr std::array kDispositions = { u"resolved", u"callback", u"escalated", u"missed" };
constexpr int kEveryNthIsNote = 9;
constexpr int kEveryNthConversationHasSurvey = 10;

QString numbered(QStringView prefix, int n)
{
    return prefix.toString() + QString::number(n).rightJustified(6, u'0');
}

// Every body different, as in real data, so no cache of text layouts gets an easy ride.
QString bodyOf(int n)
{
    return QString::fromUtf16(kBodies[std::size_t(n) % kBodies.size()]) + u" #"_s
        + QString::number(n);
}

} // namespace

TimelineDataset::TimelineDataset(Size size)
    : size_(size)
    , now_(demodata::DatasetSize::defaultReference())
    , agentId_(u"agent-bench"_s)
    , customerId_(u"cust-long-history"_s)
{
}

bool TimelineDataset::writeTo(store::Store& store)
{
    store_ = &store;
    demodata::EventStreamSink sink([this](protocol::Event&& event) { take(std::move(event)); });
    writeReferenceData(sink);
    writeLongHistory(sink);
    writeInbox(sink);
    flush();
    store_ = nullptr;
    return error_.isEmpty();
}

void TimelineDataset::writeReferenceData(demodata::EventStreamSink& sink)
{
    for (std::size_t i = 0; i < kTags.size(); ++i)
        sink.addTag({ QString::fromUtf16(kTags[i]), QString::fromUtf16(kColours[i]), u"Demo"_s });
    protocol::Agent agent;
    agent.id = agentId_;
    agent.name = u"Bench Agent"_s;
    agent.presence = protocol::Presence::Available;
    sink.addAgent(agent);
}

void TimelineDataset::writeLongHistory(demodata::EventStreamSink& sink)
{
    protocol::Customer customer;
    customer.id = customerId_;
    customer.firstName = u"Ayşe"_s;
    customer.lastName = u"Yılmaz"_s;
    customer.language = u"tr"_s;
    customer.segment = protocol::Segment::Loyal;
    customer.createdAt = now_.addYears(-4);
    customer.updatedAt = now_;
    sink.addCustomer(customer);

    const int conversations = size_.timelineConversations;
    const int surveys = conversations / kEveryNthConversationHasSurvey;
    const int messages = size_.timelineEntries - surveys;
    // The history spans about three years, one conversation after the other.
    const qint64 stepSeconds = 3LL * 365 * 24 * 3600 / messages;
    int written = 0;
    for (int c = 0; c < conversations; ++c) {
        protocol::Conversation conversation;
        conversation.id = numbered(u"conv-long-", c);
        conversation.customerId = customerId_;
        conversation.channel = kChannels[std::size_t(c) % kChannels.size()];
        conversation.subject = QString::fromUtf16(kSubjects[std::size_t(c) % kSubjects.size()]);
        // The newest one is still open, in nobody's inbox: the inbox view holds exactly
        // the inbox conversations.
        const bool newest = c + 1 == conversations;
        conversation.status
            = newest ? protocol::ConversationStatus::Open : protocol::ConversationStatus::Resolved;
        if (!newest)
            conversation.assigneeId = agentId_;
        const int count = messages / conversations + (c < messages % conversations ? 1 : 0);
        const QDateTime start = now_.addSecs(-stepSeconds * (messages - written));
        conversation.createdAt = start;
        conversation.updatedAt = start.addSecs(stepSeconds * count);
        sink.addConversation(conversation);
        for (int m = 0; m < count; ++m, ++written) {
            protocol::Message message;
            message.id = numbered(u"msg-long-", written);
            message.conversationId = conversation.id;
            message.customerId = customerId_;
            message.channel = conversation.channel;
            message.sentAt = start.addSecs(stepSeconds * m);
            message.body = bodyOf(written);
            if (written % kEveryNthIsNote == kEveryNthIsNote - 1) {
                message.direction = MessageDirection::InternalNote;
            } else {
                message.direction
                    = m % 2 == 0 ? MessageDirection::Inbound : MessageDirection::Outbound;
            }
            if (message.direction == MessageDirection::Inbound) {
                message.authorId = customerId_;
                message.authorName = customer.displayName();
            } else {
                message.authorId = agentId_;
                message.authorName = u"Bench Agent"_s;
            }
            if (conversation.channel == Channel::Phone
                && message.direction != MessageDirection::InternalNote) {
                message.call = protocol::CallDetails { 60 + written % 900,
                    QString::fromUtf16(kDispositions[std::size_t(written) % kDispositions.size()]),
                    {} };
            }
            sink.addMessage(message);
        }
        if (c % kEveryNthConversationHasSurvey == 0) {
            protocol::Feedback feedback;
            feedback.id = numbered(u"fb-long-", c);
            feedback.customerId = customerId_;
            feedback.conversationId = conversation.id;
            feedback.csat = 1 + c % 5;
            feedback.nps = c % 11;
            feedback.comment = u"Quick and friendly."_s;
            feedback.createdAt = conversation.updatedAt.addSecs(60);
            sink.addFeedback(feedback);
        }
    }
}

void TimelineDataset::writeInbox(demodata::EventStreamSink& sink)
{
    const int perCustomer = size_.inboxConversations / size_.inboxCustomers;
    int n = 0;
    for (int k = 0; k < size_.inboxCustomers; ++k) {
        protocol::Customer customer;
        customer.id = numbered(u"cust-", k);
        customer.firstName = u"Customer"_s;
        customer.lastName = QString::number(k);
        customer.createdAt = now_.addYears(-1);
        sink.addCustomer(customer);
        const int count
            = perCustomer + (k < size_.inboxConversations % size_.inboxCustomers ? 1 : 0);
        for (int c = 0; c < count; ++c, ++n) {
            protocol::Conversation conversation;
            conversation.id = numbered(u"conv-", n);
            conversation.customerId = customer.id;
            conversation.channel = kChannels[std::size_t(n) % kChannels.size()];
            conversation.subject = QString::fromUtf16(kSubjects[std::size_t(n) % kSubjects.size()]);
            conversation.priority = protocol::Priority(n % 4);
            conversation.assigneeId = agentId_;
            for (std::size_t t = 0; t < std::size_t(n % 4); ++t)
                conversation.tags.append(QString::fromUtf16(kTags[t]));
            conversation.createdAt = now_.addSecs(-60LL * (n + 1));
            conversation.updatedAt = conversation.createdAt;
            if (n % 3 == 0)
                conversation.slaDueAt = conversation.createdAt.addSecs(4 * 3600);
            sink.addConversation(conversation);
            protocol::Message message;
            message.id = numbered(u"msg-", n);
            message.conversationId = conversation.id;
            message.customerId = customer.id;
            message.authorId = customer.id;
            message.authorName = customer.displayName();
            message.channel = conversation.channel;
            message.body = bodyOf(n);
            message.sentAt = conversation.createdAt;
            sink.addMessage(message);
        }
    }
}

void TimelineDataset::take(protocol::Event&& event)
{
    batch_.append(std::move(event));
    if (batch_.size() == protocol::kMaxBatchEvents)
        flush();
}

void TimelineDataset::flush()
{
    if (batch_.isEmpty() || !error_.isEmpty())
        return;
    if (auto applied = store_->apply(batch_.first().space, batch_); !applied)
        error_ = applied.error().toString();
    events_ += batch_.size();
    batch_.clear();
}

} // namespace switchboard::bench
