#include "server/DemoSeeder.h"

#include "demodata/DemoDataset.h"
#include "demodata/EventStreamSink.h"
#include "demodata/ReferenceData.h"
#include "server/PasswordHasher.h"
#include "server/ServerLogging.h"

namespace switchboard::server {

using namespace Qt::StringLiterals;

std::expected<DemoSeedReport, QString> DemoSeeder::seed(
    ServerStorage& storage, const DemoSeedOptions& options)
{
    if (const QString why = options.size.validationError(); !why.isEmpty())
        return std::unexpected(why);
    if (options.password.isEmpty())
        return std::unexpected(u"the demo password must not be empty"_s);

    // One hash for every demo user: they share the password anyway, and hashing each at
    // interactive cost would make seeding slow for nothing.
    PasswordHasher hasher(options.passwordCost);
    auto hash = hasher.hash(options.password);
    if (!hash)
        return std::unexpected(hash.error());

    WriteBatch batch;
    batch.space = QString(protocol::kLiveSpace);
    const demodata::ReferenceData reference;
    for (const protocol::Agent& agent : reference.agents()) {
        for (const QString& team : agent.teams) {
            if (!batch.teams.contains(team))
                batch.teams.append(team);
        }
        auto byName = storage.user(agent.id);
        auto byAgent = storage.userByAgent(agent.id);
        if (!byName || !byAgent)
            return std::unexpected((!byName ? byName.error() : byAgent.error()).message);
        if (*byName || *byAgent)
            continue; // seeded before, or made by hand: leave that account alone
        batch.newUsers.append(
            UserRecord { agent.id, agent.id, agent.name, agent.role, agent.teams, *hash });
    }

    const demodata::DemoDataset dataset(options.size);
    auto produce = [&dataset](const std::function<void(PendingEvent &&)>& append) {
        demodata::EventStreamSink sink([&append](protocol::Event&& event) {
            append(PendingEvent { std::move(event.type), std::move(event.entity),
                std::move(event.payload), event.at });
        });
        dataset.generate(sink);
    };
    auto appended = storage.commitStream(batch, produce);
    if (!appended)
        return std::unexpected(u"cannot write the demo data: "_s + appended.error().message);
    qCInfo(lcAdmin) << "seeded" << *appended << "events and" << batch.newUsers.size() << "users";
    return DemoSeedReport { *appended, batch.newUsers.size() };
}

} // namespace switchboard::server
