// The contact centre the demo customers talk to: its tags, queues and staff. These come
// first in every generated stream because conversations refer to them.
#pragma once

#include "demodata/DemoLanguage.h"
#include "protocol/Agent.h"
#include "protocol/Queue.h"
#include "protocol/Tag.h"

#include <QList>
#include <array>
#include <span>

namespace switchboard::demodata {

enum class DemoQueue {
    Billing,
    TechnicalSupport,
    Sales,
    Returns,
    Deliveries,
    CustomerCare,
    Social
};
inline constexpr qsizetype kDemoQueueCount = 7;

class ReferenceData {
public:
    ReferenceData();

    const QList<protocol::Tag>& tags() const { return tags_; }
    const QList<protocol::Queue>& queues() const { return queues_; }
    const QList<protocol::Agent>& agents() const { return agents_; }

    const protocol::Queue& queue(DemoQueue queue) const;
    // Indexes into agents() of those who work the queue's team and speak the language: the
    // people a conversation there may be assigned to. Never empty.
    std::span<const qsizetype> assignees(DemoQueue queue, DemoLanguage language) const;
    // What an agent signs replies with ("Elif").
    const QString& agentFirstName(qsizetype agentIndex) const { return firstNames_[agentIndex]; }

private:
    QList<protocol::Tag> tags_;
    QList<protocol::Queue> queues_;
    QList<protocol::Agent> agents_;
    QList<QString> firstNames_;
    std::array<QList<qsizetype>, kDemoQueueCount * 3> assignees_; // [queue * 3 + language]
};

} // namespace switchboard::demodata
