// Appends the seeded demo data set (demodata::DemoDataset) to the live space, in one
// transaction, and creates a user for each demo agent (user name = agent id, "agent-1")
// with one password, so the desktop's --demo and the tests can log in. Usable in-process
// (the embedded demo server) as well as through `switchboard-server seed-demo`.
#pragma once

#include "demodata/DatasetSize.h"
#include "server/ServerOptions.h"
#include "server/ServerStorage.h"

#include <expected>

namespace switchboard::server {

struct DemoSeedOptions {
    demodata::DatasetSize size;
    QString password = QStringLiteral("demo");
    PasswordCost passwordCost;
};

struct DemoSeedReport {
    qint64 events = 0;
    qint64 usersCreated = 0;
};

class DemoSeeder {
public:
    static std::expected<DemoSeedReport, QString> seed(
        ServerStorage& storage, const DemoSeedOptions& options);
};

} // namespace switchboard::server
