#include "demodata/ConversationFactory.h"

#include "demodata/DemoTime.h"
#include "demodata/EntityIds.h"

#include <algorithm>

namespace switchboard::demodata {

using namespace Qt::StringLiterals;
using protocol::Channel;
using protocol::ConversationStatus;
using protocol::MessageDirection;
using protocol::Priority;

namespace {

// Conversations whose last message is older than this are settled, whatever their thread.
constexpr qint64 kRecentMs = 4 * kDayMs;
constexpr int kFeedbackPercent = 30;

const QString kResolved = u"resolved"_s;
const QString kCallback = u"callback"_s;
const QString kEscalated = u"escalated"_s;
const QString kWrongNumber = u"wrong_number"_s;
const QString kMissed = u"missed"_s;
const std::array<QString, 5> kDispositions{kResolved, kCallback, kEscalated, kWrongNumber, kMissed};

// A call in the middle of a thread rarely settles it; the last one usually does once the
// conversation is old, and often does not yet while it is fresh.
const QString& pickDisposition(bool lastCall, bool recent, Random& random) {
    static constexpr std::array<int, 5> kMiddle{20, 35, 15, 0, 30};
    static constexpr std::array<int, 5> kLastOld{78, 6, 6, 5, 5};
    static constexpr std::array<int, 5> kLastRecent{40, 25, 15, 5, 15};
    const auto& weights = !lastCall ? kMiddle : recent ? kLastRecent : kLastOld;
    return kDispositions[std::size_t(random.weighted(weights))];
}

qint64 callSeconds(const QString& disposition, Random& random) {
    if (disposition == kMissed)
        return 0;
    if (disposition == kWrongNumber)
        return random.between(10, 60);
    if (disposition == kCallback)
        return random.between(120, 600);
    if (disposition == kEscalated)
        return random.between(300, 1500);
    return random.between(180, 1200);
}

Priority pickPriority(bool urgent, Random& random) {
    if (urgent)
        return random.percent(60) ? Priority::High : Priority::Urgent;
    static constexpr std::array<int, 4> kWeights{15, 65, 17, 3}; // low, normal, high, urgent
    return static_cast<Priority>(random.weighted(kWeights));
}

// How a conversation turned out: what each call ended in, and where the conversation stands.
struct Outcome {
    std::array<QString, ConversationPlan::kMaxMessages> dispositions; // for calls only
    int lastCall = -1;
    bool escalated = false;
    ConversationStatus status = ConversationStatus::Resolved;
};

Outcome decideOutcome(const ConversationPlan& plan, bool recent, Random& random) {
    const bool phone = plan.channel == Channel::Phone;
    Outcome outcome;
    MessageDirection lastSpoken = MessageDirection::Inbound;
    for (int i = 0; i < plan.messageCount; ++i) {
        if (plan.direction(i) != MessageDirection::InternalNote) {
            outcome.lastCall = phone ? i : -1;
            lastSpoken = plan.direction(i);
        }
    }
    for (int i = 0; phone && i < plan.messageCount; ++i) {
        if (plan.direction(i) != MessageDirection::InternalNote) {
            QString& disposition = outcome.dispositions[std::size_t(i)];
            disposition = pickDisposition(i == outcome.lastCall, recent, random);
            outcome.escalated = outcome.escalated || disposition == kEscalated;
        }
    }

    // Old conversations are settled. Fresh ones stand where their last exchange left them:
    // waiting for the agent after the customer spoke, for the customer after the agent did.
    if (phone) {
        const QString& last = outcome.dispositions[std::size_t(outcome.lastCall)];
        if (!recent || last == kResolved || last == kWrongNumber)
            outcome.status = ConversationStatus::Resolved;
        else
            outcome.status =
                last == kEscalated ? ConversationStatus::Pending : ConversationStatus::Open;
    } else if (!recent) {
        outcome.status =
            random.percent(98) ? ConversationStatus::Resolved : ConversationStatus::Pending;
    } else if (lastSpoken == MessageDirection::Inbound) {
        outcome.status =
            random.percent(80) ? ConversationStatus::Open : ConversationStatus::Snoozed;
    } else {
        outcome.status =
            random.percent(50) ? ConversationStatus::Pending : ConversationStatus::Resolved;
    }
    return outcome;
}

} // namespace

ConversationFactory::ConversationFactory(const ReferenceData& reference,
                                         const TopicCatalogue& topics, qint64 referenceMs)
    : reference_(reference)
    , topics_(topics)
    , referenceMs_(referenceMs) {}

ConversationRecord ConversationFactory::make(const ConversationPlan& plan,
                                             const CustomerDraft& draft,
                                             const QList<protocol::Order>& orders,
                                             NextIds& next) const {
    Random random(plan.seed);
    const Topic& topic = topics_.topics()[plan.topic];
    const bool phone = plan.channel == Channel::Phone;
    const DemoQueue queueKind = plan.channel == Channel::Social ? DemoQueue::Social : topic.queue;
    const protocol::Queue& queue = reference_.queue(queueKind);
    const bool recent = referenceMs_ - plan.endMs() < kRecentMs;
    const int count = plan.messageCount;

    // The order the customer writes about: their latest one before the conversation began.
    QString orderRef;
    QString product;
    if (!orders.isEmpty()) {
        qsizetype chosen = 0;
        for (qsizetype i = 0; i < orders.size(); ++i) {
            if (orders[i].placedAt.toMSecsSinceEpoch() <= plan.startMs)
                chosen = i;
        }
        orderRef = orders[chosen].id;
        product = orders[chosen].items.first().name;
    }

    const Outcome outcome = decideOutcome(plan, recent, random);
    const ConversationStatus status = outcome.status;
    const bool resolved = status == ConversationStatus::Resolved;

    // Open work sometimes still waits in the queue for someone to pick it up.
    const std::span<const qsizetype> team = reference_.assignees(queueKind, draft.language);
    const qsizetype agentIndex = team[std::size_t(random.below(qint64(team.size())))];
    const protocol::Agent& agent = reference_.agents()[agentIndex];
    const bool assigned = status != ConversationStatus::Open || random.percent(60);

    ConversationRecord record;
    protocol::Conversation& c = record.conversation;
    c.id = EntityIds::conversation(next.conversation++);
    c.customerId = draft.customer.id;
    c.channel = plan.channel;
    c.subject = MessageComposer::fill(topic.subjectIn(draft.language), orderRef, product);
    c.status = status;
    c.priority = pickPriority(topic.urgent, random);
    c.queueId = queue.id;
    if (assigned)
        c.assigneeId = agent.id;
    c.tags = topic.tags;
    if (draft.customer.tags.contains(u"VIP"_s))
        c.tags.append(u"VIP"_s);
    if (outcome.escalated)
        c.tags.append(u"Escalated"_s);
    if (phone && outcome.dispositions[std::size_t(outcome.lastCall)] == kCallback)
        c.tags.append(u"Callback"_s);
    c.createdAt = toDateTime(plan.startMs);
    c.slaDueAt = toDateTime(plan.startMs + queue.slaMinutes * kMinuteMs);

    record.messages.reserve(count);
    int firstInbound = -1;
    int firstOutbound = -1;
    int lastInbound = -1;
    int lastOutbound = -1;
    for (int i = 0; i < count; ++i) {
        if (plan.direction(i) == MessageDirection::Inbound) {
            firstInbound = firstInbound < 0 ? i : firstInbound;
            lastInbound = i;
        } else if (plan.direction(i) == MessageDirection::Outbound) {
            firstOutbound = firstOutbound < 0 ? i : firstOutbound;
            lastOutbound = i;
        }
    }
    qint64 firstResponseMs = -1;
    QString lastInboundBody;
    for (int i = 0; i < count; ++i) {
        const MessageDirection direction = plan.direction(i);
        const qint64 sentMs = plan.messageMs(i);
        protocol::Message m;
        m.id = EntityIds::message(next.message++);
        m.conversationId = c.id;
        m.customerId = draft.customer.id;
        m.direction = direction;
        m.channel = plan.channel;
        m.sentAt = toDateTime(sentMs);
        if (direction == MessageDirection::Inbound) {
            m.authorId = draft.customer.id;
            m.authorName = draft.correspondent.fullName;
        } else {
            m.authorId = agent.id;
            m.authorName = agent.name;
        }

        if (phone && direction != MessageDirection::InternalNote) {
            const QString& disposition = outcome.dispositions[std::size_t(i)];
            protocol::CallDetails call;
            call.disposition = disposition;
            call.durationSeconds = callSeconds(disposition, random);
            if (disposition != kMissed)
                call.recordingRef = u"rec/"_s + datePath(sentMs) + u'/' + m.id;
            m.body = composer_.callSummary(topic, disposition);
            m.call = std::move(call);
            // An answered call, either way, is the agent responding.
            if (firstResponseMs < 0 && disposition != kMissed)
                firstResponseMs = sentMs;
        } else if (direction == MessageDirection::Inbound) {
            const Step step = i == firstInbound                        ? Step::First
                              : resolved && i == lastInbound && i >= 2 ? Step::Last
                                                                       : Step::Middle;
            // A customer chasing twice does not send the same words twice.
            for (int attempt = 0; attempt < 3 && (m.body.isEmpty() || m.body == lastInboundBody);
                 ++attempt)
                m.body = composer_.inbound(topic, step, plan.channel, draft.correspondent, orderRef,
                                           product, random);
            lastInboundBody = m.body;
        } else if (direction == MessageDirection::Outbound) {
            const Step step = i == firstOutbound              ? Step::First
                              : resolved && i == lastOutbound ? Step::Last
                                                              : Step::Middle;
            m.body = composer_.outbound(topic, step, plan.channel, draft.correspondent,
                                        reference_.agentFirstName(agentIndex), random);
            if (firstResponseMs < 0)
                firstResponseMs = sentMs;
        } else {
            m.body = composer_.internalNote(topic, random);
        }
        record.messages.append(std::move(m));
    }

    if (firstResponseMs >= 0)
        c.firstResponseAt = toDateTime(firstResponseMs);
    qint64 updatedMs = plan.endMs();
    if (resolved) {
        const qint64 resolvedMs =
            std::min(referenceMs_, updatedMs + random.between(1, 30) * kMinuteMs);
        c.resolvedAt = toDateTime(resolvedMs);
        updatedMs = resolvedMs;
    }
    if (status == ConversationStatus::Snoozed)
        c.snoozedUntil = toDateTime(referenceMs_ + random.between(2 * 60, 3 * 24 * 60) * kMinuteMs);
    c.updatedAt = toDateTime(updatedMs);
    c.revision = 1 + (assigned ? 1 : 0) + (status != ConversationStatus::Open ? 1 : 0);

    if (resolved && random.percent(kFeedbackPercent)) {
        const qint64 answeredMs = updatedMs + random.between(60, 48 * 60) * kMinuteMs;
        if (answeredMs <= referenceMs_) {
            const bool troubled = outcome.escalated || topic.tags.contains(u"Complaint"_s);
            protocol::Feedback f = feedback_.make(draft.language, troubled, random);
            f.id = EntityIds::feedback(next.feedback++);
            f.customerId = draft.customer.id;
            f.conversationId = c.id;
            f.createdAt = toDateTime(answeredMs);
            record.feedback = std::move(f);
        }
    }
    return record;
}

} // namespace switchboard::demodata
