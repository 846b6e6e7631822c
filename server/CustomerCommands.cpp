#include "server/CustomerCommands.h"

#include "protocol/Event.h"
#include "protocol/Frame.h"
#include "protocol/JsonReader.h"
#include "protocol/Limits.h"
#include "server/EntityKind.h"
#include "server/RolePolicy.h"

namespace switchboard::server {

using namespace Qt::StringLiterals;
using protocol::Customer;
using protocol::JsonReader;
namespace CommandType = protocol::CommandType;
namespace EventType = protocol::EventType;

namespace {

PendingEvent upserted(const Customer& customer, const QDateTime& now)
{
    return PendingEvent { QString(EventType::CustomerUpserted), customer.id, customer.toJson(),
        now };
}

// "lastName" -> "Last name", for the sentence an agent reads.
QString label(const QString& field)
{
    QString out;
    for (QChar c : field) {
        if (c.isUpper() && !out.isEmpty())
            out += u' ' + c.toLower();
        else
            out += out.isEmpty() ? c.toUpper() : c;
    }
    return out;
}

} // namespace

CustomerCommands::CustomerCommands(EntityState& state)
    : state_(state)
{
}

bool CustomerCommands::handles(QStringView type)
{
    return type == CommandType::CreateCustomer || type == CommandType::UpdateCustomer
        || type == CommandType::MergeCustomers;
}

const QStringList& CustomerCommands::editableFields()
{
    static const QStringList fields { u"firstName"_s, u"lastName"_s, u"phones"_s, u"emails"_s,
        u"socialHandles"_s, u"company"_s, u"language"_s, u"segment"_s, u"lifetimeValueMinor"_s,
        u"currency"_s, u"preferences"_s, u"notes"_s, u"tags"_s, u"lastContactAt"_s };
    return fields;
}

PlanResult CustomerCommands::plan(
    const Actor& actor, const protocol::Command& command, const QDateTime& now)
{
    if (auto refused = RolePolicy::mayEditCustomers(actor))
        return std::unexpected(*refused);
    if (command.type == CommandType::CreateCustomer)
        return create(command, now);
    if (command.type == CommandType::UpdateCustomer)
        return update(command, now);
    return merge(command, now);
}

PlanResult CustomerCommands::create(const protocol::Command& command, const QDateTime& now)
{
    auto customer = Customer::fromJson(command.payload, u"payload"_s);
    if (!customer)
        return std::unexpected(Refusal::invalid(customer.error()));
    auto taken = state_.exists(EntityKind::Customer, customer->id);
    if (!taken)
        return std::unexpected(taken.error());
    if (*taken)
        return std::unexpected(Refusal::invalid(
            u"payload.id"_s, u"A customer with id %1 exists already."_s.arg(customer->id)));
    customer->revision = 1;
    if (!customer->createdAt.isValid())
        customer->createdAt = now;
    customer->updatedAt = now;
    ChangePlan plan;
    plan.events.append(upserted(*customer, now));
    return plan;
}

PlanResult CustomerCommands::update(const protocol::Command& command, const QDateTime& now)
{
    JsonReader r(command.payload, u"payload"_s);
    const QString customerId = r.id("customerId"_L1);
    const QJsonObject fields = r.object("fields"_L1);
    if (!r.ok())
        return std::unexpected(Refusal::invalid(*r.error()));
    if (!command.baseRevision)
        return std::unexpected(Refusal::invalid(
            u"command.baseRevision"_s, u"An edit must name the revision it was made on."_s));
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!editableFields().contains(it.key()))
            return std::unexpected(Refusal::invalid(
                u"payload.fields."_s + it.key(), u"%1 cannot be edited."_s.arg(it.key())));
    }
    auto current = state_.customer(customerId, u"payload.customerId"_s);
    if (!current)
        return std::unexpected(current.error());
    auto revisions = state_.storage().fieldRevisions(state_.space(), customerId);
    if (!revisions)
        return std::unexpected(Refusal::internal(revisions.error()));

    const QJsonObject before = current->toJson();
    QJsonObject merged = before;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        merged.insert(it.key(), it.value());
    auto after = Customer::fromJson(merged, u"payload.fields"_s);
    if (!after)
        return std::unexpected(Refusal::invalid(after.error()));
    // Compared in the form the server writes, so "" and an absent field are the same.
    const QJsonObject written = after->toJson();
    QStringList changed;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (written.value(it.key()) == before.value(it.key()))
            continue;
        if (*command.baseRevision < revisions->value(it.key(), 0)) {
            const QJsonValue theirs = before.value(it.key());
            Refusal conflict { QString(protocol::ErrorCode::Conflict), u"customer."_s + it.key(),
                u"Someone changed %1 while you were editing it."_s.arg(label(it.key())),
                protocol::FieldConflict { it.key(), it.value(),
                    theirs.isUndefined() ? QJsonValue() : theirs, current->revision } };
            return std::unexpected(std::move(conflict));
        }
        changed.append(it.key());
    }
    if (changed.isEmpty())
        return ChangePlan {};
    after->revision = current->revision + 1;
    after->updatedAt = now;
    ChangePlan plan;
    plan.events.append(upserted(*after, now));
    for (const QString& field : changed)
        plan.fieldRevisions.append(FieldRevision { customerId, field, after->revision });
    return plan;
}

PlanResult CustomerCommands::merge(const protocol::Command& command, const QDateTime& now)
{
    JsonReader r(command.payload, u"payload"_s);
    const QString survivorId = r.id("survivorId"_L1);
    const QString mergedId = r.id("mergedId"_L1);
    if (!r.ok())
        return std::unexpected(Refusal::invalid(*r.error()));
    if (survivorId == mergedId)
        return std::unexpected(
            Refusal::invalid(u"payload.mergedId"_s, u"A customer cannot be merged into itself."_s));
    auto survivor = state_.customer(survivorId, u"payload.survivorId"_s);
    if (!survivor)
        return std::unexpected(survivor.error());
    auto merged = state_.customer(mergedId, u"payload.mergedId"_s);
    if (!merged)
        return std::unexpected(merged.error());
    if (survivor->phones.size() + merged->phones.size() > protocol::kMaxContactPoints
        || survivor->emails.size() + merged->emails.size() > protocol::kMaxContactPoints)
        return std::unexpected(Refusal::invalid(u"payload.mergedId"_s,
            u"Together the two customers have more than %1 phones or emails; remove some first."_s
                .arg(protocol::kMaxContactPoints)));
    auto belongings = state_.storage().entitiesOfCustomer(state_.space(), mergedId);
    if (!belongings)
        return std::unexpected(Refusal::internal(belongings.error()));

    ChangePlan plan;
    plan.events.append(PendingEvent { QString(EventType::CustomerMerged), mergedId,
        QJsonObject { { "survivorId"_L1, survivorId }, { "mergedId"_L1, mergedId } }, now });
    Customer after = *survivor;
    after.phones += merged->phones;
    after.emails += merged->emails;
    after.revision += 1;
    after.updatedAt = now;
    plan.events.append(upserted(after, now));
    if (!merged->phones.isEmpty())
        plan.fieldRevisions.append(FieldRevision { survivorId, u"phones"_s, after.revision });
    if (!merged->emails.isEmpty())
        plan.fieldRevisions.append(FieldRevision { survivorId, u"emails"_s, after.revision });
    for (StoredEntity& entity : *belongings) {
        entity.payload.insert("customerId"_L1, survivorId);
        plan.rewrites.append(EntityRewrite { entity.kind, entity.id, entity.payload });
    }
    return plan;
}

} // namespace switchboard::server
