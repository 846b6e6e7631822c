#include "demodata/ReferenceData.h"

#include "demodata/EntityIds.h"

namespace switchboard::demodata {

using namespace Qt::StringLiterals;
using protocol::AgentRole;
using protocol::Presence;

namespace {

const QString kBilling = u"Billing"_s;
const QString kTechnical = u"Technical support"_s;
const QString kSales = u"Sales"_s;
const QString kReturns = u"Returns & deliveries"_s;
const QString kCare = u"Customer care"_s;

QList<protocol::Tag> makeTags() {
    return {
        {u"Sales lead"_s, u"#2e7d32"_s, u"Sales"_s},
        {u"Feature request"_s, u"#6f42c1"_s, u"Product"_s},
        {u"Incident"_s, u"#d9534f"_s, u"Issue type"_s},
        {u"Technical problem"_s, u"#f0ad4e"_s, u"Issue type"_s},
        {u"UGC"_s, u"#17a2b8"_s, u"Content"_s},
        {u"Complaint"_s, u"#c2185b"_s, u"Issue type"_s},
        {u"Refund"_s, u"#8d6e63"_s, u"Billing"_s},
        {u"Billing error"_s, u"#ff7043"_s, u"Billing"_s},
        {u"Delivery delay"_s, u"#5c6bc0"_s, u"Logistics"_s},
        {u"VIP"_s, u"#c9a227"_s, u"Customer"_s},
        {u"Callback"_s, u"#0288d1"_s, u"Follow-up"_s},
        {u"Escalated"_s, u"#b71c1c"_s, u"Follow-up"_s},
    };
}

// In DemoQueue order.
QList<protocol::Queue> makeQueues() {
    return {
        {u"q-billing"_s, u"Billing"_s, kBilling, 240},
        {u"q-tech"_s, u"Technical support"_s, kTechnical, 120},
        {u"q-sales"_s, u"Sales"_s, kSales, 60},
        {u"q-returns"_s, u"Returns"_s, kReturns, 480},
        {u"q-deliveries"_s, u"Deliveries"_s, kReturns, 240},
        {u"q-care"_s, u"Customer care"_s, kCare, 480},
        {u"q-social"_s, u"Social media"_s, kCare, 90},
    };
}

struct AgentSource {
    const char16_t* name;
    AgentRole role;
    QStringList teams;
    Presence presence;
    QStringList skills;
    QStringList languages;
};

// Every team has someone for each of Turkish, Greek and English, so every conversation can
// be assigned to a person who speaks the customer's language.
QList<AgentSource> agentSources() {
    const QStringList tr{u"tr"_s, u"en"_s};
    const QStringList el{u"el"_s, u"en"_s};
    const QStringList en{u"en"_s};
    return {
        {u"Elif Demir",
         AgentRole::Agent,
         {kCare},
         Presence::Available,
         {u"complaints"_s, u"social media"_s},
         tr},
        {u"Can Aydın",
         AgentRole::Agent,
         {kTechnical},
         Presence::Busy,
         {u"hardware"_s, u"networking"_s},
         tr},
        {u"Zeynep Koç",
         AgentRole::Lead,
         {kBilling, kCare},
         Presence::Available,
         {u"billing"_s, u"escalations"_s},
         tr},
        {u"Μαρία Αντωνίου",
         AgentRole::Agent,
         {kCare},
         Presence::Available,
         {u"complaints"_s, u"social media"_s},
         el},
        {u"Νίκος Παππάς",
         AgentRole::Agent,
         {kTechnical},
         Presence::Away,
         {u"hardware"_s, u"cameras"_s},
         el},
        {u"Ελένη Μακρή",
         AgentRole::Lead,
         {kReturns},
         Presence::Available,
         {u"refunds"_s, u"couriers"_s, u"escalations"_s},
         el},
        {u"Sarah Mitchell",
         AgentRole::Agent,
         {kSales},
         Presence::Available,
         {u"upselling"_s, u"business accounts"_s},
         en},
        {u"Tom Baker",
         AgentRole::Agent,
         {kBilling},
         Presence::Offline,
         {u"billing"_s, u"refunds"_s},
         en},
        {u"Priya Shah",
         AgentRole::Lead,
         {kTechnical},
         Presence::Busy,
         {u"networking"_s, u"escalations"_s, u"incidents"_s},
         en},
        {u"Kemal Arslan",
         AgentRole::Agent,
         {kReturns},
         Presence::Available,
         {u"refunds"_s, u"couriers"_s},
         tr},
        {u"Γιάννης Δημητρίου",
         AgentRole::Agent,
         {kBilling, kSales},
         Presence::Available,
         {u"billing"_s, u"business accounts"_s},
         el},
        {u"Deniz Yıldız", AgentRole::Agent, {kSales}, Presence::Away, {u"upselling"_s}, tr},
        {u"Chloe Bennett",
         AgentRole::Agent,
         {kReturns, kCare},
         Presence::Available,
         {u"refunds"_s, u"complaints"_s},
         en},
        {u"Selin Ertuğrul",
         AgentRole::Trainer,
         {kCare},
         Presence::Available,
         {u"coaching"_s, u"role-play"_s},
         tr},
        {u"Άννα Κωνσταντίνου",
         AgentRole::Trainer,
         {kCare},
         Presence::Offline,
         {u"coaching"_s, u"role-play"_s},
         el},
        {u"Mark Reynolds", AgentRole::Admin, {}, Presence::Offline, {u"administration"_s}, en},
    };
}

} // namespace

ReferenceData::ReferenceData()
    : tags_(makeTags())
    , queues_(makeQueues()) {
    const QList<AgentSource> sources = agentSources();
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const AgentSource& s = sources[i];
        const QString name = QString::fromUtf16(s.name);
        agents_.append(
            {EntityIds::agent(i + 1), name, s.role, s.teams, s.presence, s.skills, s.languages});
        firstNames_.append(name.section(u' ', 0, 0));
    }
    for (qsizetype q = 0; q < kDemoQueueCount; ++q) {
        for (DemoLanguage language : kAllLanguages) {
            QList<qsizetype>& list = assignees_[q * 3 + languageIndex(language)];
            for (qsizetype a = 0; a < agents_.size(); ++a) {
                const protocol::Agent& agent = agents_[a];
                // Trainers and admins do not take customer work.
                if (agent.role != AgentRole::Agent && agent.role != AgentRole::Lead)
                    continue;
                if (agent.teams.contains(queues_[q].team) &&
                    agent.languages.contains(languageCode(language)))
                    list.append(a);
            }
            Q_ASSERT(!list.isEmpty());
        }
    }
}

const protocol::Queue& ReferenceData::queue(DemoQueue queue) const {
    return queues_[static_cast<qsizetype>(queue)];
}

std::span<const qsizetype> ReferenceData::assignees(DemoQueue queue, DemoLanguage language) const {
    const QList<qsizetype>& list = assignees_[static_cast<std::size_t>(
        static_cast<qsizetype>(queue) * 3 + languageIndex(language))];
    return {list.constData(), static_cast<std::size_t>(list.size())};
}

} // namespace switchboard::demodata
