#include "demodata/DemoDataset.h"

#include "demodata/ActivityPlanner.h"
#include "demodata/ConversationFactory.h"
#include "demodata/ConversationPlanner.h"
#include "demodata/CustomerFactory.h"
#include "demodata/DemoTime.h"
#include "demodata/OrderHistoryFactory.h"
#include "demodata/ProductCatalogue.h"
#include "demodata/ReferenceData.h"
#include "demodata/TopicCatalogue.h"

#include <algorithm>

namespace switchboard::demodata {

using namespace Qt::StringLiterals;

namespace {

constexpr quint64 kOrderStream = 4;

// Loyal customers who have spent at least this much (about 1,200 EUR) are tagged VIP.
qint64 vipThresholdMinor(DemoLanguage language) {
    switch (language) {
    case DemoLanguage::Turkish:
        return 5'040'000; // 50,400.00 TRY
    case DemoLanguage::Greek:
        return 120'000; // 1,200.00 EUR
    case DemoLanguage::English:
        return 103'200; // 1,032.00 GBP
    }
    return 0;
}

} // namespace

struct DemoDataset::Catalogues {
    ReferenceData reference;
    TopicCatalogue topics;
    ProductCatalogue products;
};

DemoDataset::DemoDataset(DatasetSize size)
    : size_(std::move(size))
    , catalogues_(std::make_unique<const Catalogues>()) {
    Q_ASSERT_X(size_.validationError().isEmpty(), "DemoDataset",
               qPrintable(size_.validationError()));
}

DemoDataset::~DemoDataset() = default;

void DemoDataset::generate(EntitySink& sink) const {
    if (!size_.validationError().isEmpty())
        return;
    const ReferenceData& reference = catalogues_->reference;
    for (const protocol::Tag& tag : reference.tags())
        sink.addTag(tag);
    for (const protocol::Queue& queue : reference.queues())
        sink.addQueue(queue);
    for (const protocol::Agent& agent : reference.agents())
        sink.addAgent(agent);

    // Whole seconds: the wire keeps milliseconds, but people's clocks show seconds.
    const qint64 now = size_.reference.toMSecsSinceEpoch() / kSecondMs * kSecondMs;
    const CustomerFactory customers(size_.seed, now);
    const OrderHistoryFactory orderHistory(catalogues_->products, now);
    const ConversationPlanner planner(catalogues_->topics, size_.seed, now);
    const ConversationFactory conversations(reference, catalogues_->topics, now);
    const ActivityPlanner activity(size_.customers, size_.messages, size_.seed);

    NextIds next;
    QList<CustomerDraft> drafts;
    QList<int> weights;
    for (qint64 group = 0; group < activity.groupCount(); ++group) {
        drafts.clear();
        weights.clear();
        for (qint64 index = activity.groupBegin(group); index < activity.groupEnd(group); ++index) {
            drafts.append(customers.make(index));
            weights.append(drafts.last().contactWeight);
        }
        const QList<QList<int>> sizes = activity.plan(group, weights);

        for (qsizetype member = 0; member < drafts.size(); ++member) {
            CustomerDraft& draft = drafts[member];
            protocol::Customer& customer = draft.customer;
            Random orderRandom =
                Random::forStream(size_.seed, kOrderStream, static_cast<quint64>(draft.index));
            const QList<protocol::Order> orders = orderHistory.make(draft, next.order, orderRandom);
            customer.lifetimeValueMinor = OrderHistoryFactory::lifetimeValue(orders);
            if (customer.segment == protocol::Segment::Loyal &&
                customer.lifetimeValueMinor >= vipThresholdMinor(draft.language))
                customer.tags.append(u"VIP"_s);

            const qint64 firstOrderMs =
                orders.isEmpty() ? -1 : orders.first().placedAt.toMSecsSinceEpoch();
            const QList<ConversationPlan> plans = planner.plan(draft, firstOrderMs, sizes[member]);
            qint64 lastContactMs = -1;
            for (const ConversationPlan& plan : plans)
                lastContactMs = std::max(lastContactMs, plan.endMs());
            if (lastContactMs >= 0)
                customer.lastContactAt = toDateTime(lastContactMs);

            sink.addCustomer(customer);
            for (const protocol::Order& order : orders)
                sink.addOrder(order);
            for (const ConversationPlan& plan : plans) {
                const ConversationRecord record = conversations.make(plan, draft, orders, next);
                sink.addConversation(record.conversation);
                for (const protocol::Message& message : record.messages)
                    sink.addMessage(message);
                if (record.feedback)
                    sink.addFeedback(*record.feedback);
            }
        }
    }
}

} // namespace switchboard::demodata
