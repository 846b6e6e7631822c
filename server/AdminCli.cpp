#include "server/AdminCli.h"

#include "server/CtiAdmin.h"
#include "server/CustomerCsvImport.h"
#include "server/DemoSeeder.h"
#include "server/DirectoryAdmin.h"
#include "server/Server.h"
#include "server/SqliteServerStorage.h"

#include <QCoreApplication>
#include <QDir>

#include <limits>

namespace switchboard::server {

using namespace Qt::StringLiterals;

namespace {

const QString kUsage = uR"(usage: switchboard-server COMMAND --data-dir DIR [options]

  serve [--listen 127.0.0.1] [--port 8750] [--port-file FILE] [--token-ttl-hours 12]
        [--tls-cert cert.pem --tls-key key.pem] [--cti-region TR]
  user add --username U --name "Full Name" --role agent|lead|trainer|admin
           [--teams "A,B"] [--agent-id agent-7]        (password: one line on stdin)
  user list
  team add --name N             team list
  queue add --id q-x --name N [--team T] [--sla-minutes 60]       queue list
  tag add --name N --colour #rrggbb --category C                   tag list
  import customers --file F.csv
  seed-demo --customers N --messages M --seed S [--password demo]
  cti rotate-token              (prints the new webhook token; the old one stops working)
  cti block-number --number N [--region TR]      cti unblock-number --number N
  cti map-user --pbx-user U --agent agent-3      cti list      cti stats

  --password-cost interactive|min (user add, seed-demo, serve): Argon2id cost; min is for
  tests only.
)"_s;

// The options of each subcommand, "data-dir" implied.
QStringList optionsOf(const QString& command)
{
    static const QHash<QString, QStringList> options {
        { u"serve"_s,
            { u"listen"_s, u"port"_s, u"port-file"_s, u"token-ttl-hours"_s, u"password-cost"_s,
                u"tls-cert"_s, u"tls-key"_s, u"cti-region"_s } },
        { u"user add"_s,
            { u"username"_s, u"name"_s, u"role"_s, u"teams"_s, u"agent-id"_s,
                u"password-cost"_s } },
        { u"team add"_s, { u"name"_s } },
        { u"queue add"_s, { u"id"_s, u"name"_s, u"team"_s, u"sla-minutes"_s } },
        { u"tag add"_s, { u"name"_s, u"colour"_s, u"category"_s } },
        { u"import customers"_s, { u"file"_s } },
        { u"cti block-number"_s, { u"number"_s, u"region"_s } },
        { u"cti unblock-number"_s, { u"number"_s, u"region"_s } },
        { u"cti map-user"_s, { u"pbx-user"_s, u"agent"_s } },
        { u"seed-demo"_s,
            { u"customers"_s, u"messages"_s, u"seed"_s, u"password"_s, u"password-cost"_s } },
    };
    return options.value(command) << u"data-dir"_s;
}

} // namespace

AdminCli::AdminCli(QTextStream& out, QTextStream& err, QTextStream& in)
    : out_(out)
    , err_(err)
    , in_(in)
{
}

int AdminCli::usage(const QString& problem)
{
    err_ << "switchboard-server: " << problem << "\n\n" << kUsage;
    err_.flush();
    return AdminError::kUsage;
}

int AdminCli::run(const QStringList& args)
{
    if (args.isEmpty() || args.first() == "--help"_L1 || args.first() == "help"_L1)
        return usage(u"no command given"_s);
    const QString command = args.first();
    if (command == "serve"_L1)
        return serve(args.mid(1));
    QString action;
    QStringList rest = args.mid(1);
    if (command != "seed-demo"_L1) {
        if (rest.isEmpty() || rest.first().startsWith("--"_L1))
            return usage(u"\"%1\" needs an action (add, list or customers)"_s.arg(command));
        action = rest.takeFirst();
    }
    auto result = runAdmin(command, action, rest);
    if (!result) {
        if (result.error().exitCode == AdminError::kUsage)
            return usage(result.error().message);
        err_ << "switchboard-server: " << result.error().message << '\n';
        err_.flush();
        return result.error().exitCode;
    }
    out_ << *result;
    out_.flush();
    return 0;
}

std::expected<PasswordCost, AdminError> AdminCli::passwordCost(const CliArguments& args) const
{
    const QString cost = args.value(u"password-cost"_s, u"interactive"_s);
    if (cost == "interactive"_L1)
        return PasswordCost::interactive();
    if (cost == "min"_L1)
        return PasswordCost::cheaper();
    return std::unexpected(AdminError::usage(u"--password-cost must be interactive or min"_s));
}

std::expected<std::unique_ptr<ServerStorage>, AdminError> AdminCli::openStorage(
    const CliArguments& args)
{
    auto dir = args.required(u"data-dir"_s);
    if (!dir)
        return std::unexpected(AdminError::usage(dir.error()));
    if (!QDir().mkpath(*dir))
        return std::unexpected(AdminError::refused(u"cannot create %1"_s.arg(*dir)));
    auto storage = SqliteServerStorage::open(QDir(*dir).filePath(Server::kDatabaseFile));
    if (!storage)
        return std::unexpected(
            AdminError::refused(u"cannot open the storage: "_s + storage.error().message));
    return std::unique_ptr<ServerStorage>(std::move(*storage));
}

AdminResult AdminCli::runAdmin(
    const QString& command, const QString& action, const QStringList& rest)
{
    const QString name = action.isEmpty() ? command : command + u' ' + action;
    const bool isList = (action == "list"_L1
                            && (command == "user"_L1 || command == "team"_L1
                                || command == "queue"_L1 || command == "tag"_L1
                                || command == "cti"_L1))
        || name == "cti rotate-token"_L1 || name == "cti stats"_L1;
    if (!isList && optionsOf(name).size() == 1)
        return std::unexpected(AdminError::usage(u"unknown command \"%1\""_s.arg(name)));
    auto args = CliArguments::parse(rest, optionsOf(name));
    if (!args)
        return std::unexpected(AdminError::usage(args.error()));
    auto cost = passwordCost(*args);
    if (!cost)
        return std::unexpected(cost.error());
    auto storage = openStorage(*args);
    if (!storage)
        return std::unexpected(storage.error());
    DirectoryAdmin directory(**storage);
    CtiAdmin cti(**storage);

    if (name == "user add"_L1)
        return directory.addUser(*args, in_.readLine(), *cost);
    if (name == "user list"_L1)
        return directory.listUsers();
    if (name == "team add"_L1)
        return directory.addTeam(*args);
    if (name == "team list"_L1)
        return directory.listTeams();
    if (name == "queue add"_L1)
        return directory.addQueue(*args);
    if (name == "queue list"_L1)
        return directory.listQueues();
    if (name == "tag add"_L1)
        return directory.addTag(*args);
    if (name == "tag list"_L1)
        return directory.listTags();
    if (name == "cti rotate-token"_L1)
        return cti.rotateToken();
    if (name == "cti block-number"_L1 || name == "cti unblock-number"_L1)
        return cti.blockNumber(*args, name == "cti block-number"_L1);
    if (name == "cti map-user"_L1)
        return cti.mapUser(*args);
    if (name == "cti list"_L1)
        return cti.list();
    if (name == "cti stats"_L1)
        return cti.stats();
    if (name == "import customers"_L1) {
        auto file = args->required(u"file"_s);
        if (!file)
            return std::unexpected(AdminError::usage(file.error()));
        return CustomerCsvImport(**storage).importFile(*file);
    }
    // seed-demo
    DemoSeedOptions seed;
    auto customers = args->integer(u"customers"_s, seed.size.customers, 0, 10'000'000);
    auto messages = args->integer(u"messages"_s, seed.size.messages, 0, 100'000'000);
    auto seedValue = args->integer(u"seed"_s, 1, 0, std::numeric_limits<qint64>::max());
    if (!customers || !messages || !seedValue)
        return std::unexpected(AdminError::usage(!customers ? customers.error()
                : !messages                                 ? messages.error()
                                                            : seedValue.error()));
    seed.size.customers = *customers;
    seed.size.messages = *messages;
    seed.size.seed = static_cast<quint64>(*seedValue);
    seed.password = args->value(u"password"_s, u"demo"_s);
    seed.passwordCost = *cost;
    auto report = DemoSeeder::seed(**storage, seed);
    if (!report)
        return std::unexpected(AdminError::refused(report.error()));
    return u"seeded %1 events and %2 users into live\n"_s.arg(report->events)
        .arg(report->usersCreated);
}

int AdminCli::serve(const QStringList& rest)
{
    auto args = CliArguments::parse(rest, optionsOf(u"serve"_s));
    if (!args)
        return usage(args.error());
    auto dir = args->required(u"data-dir"_s);
    if (!dir)
        return usage(dir.error());
    ServerOptions options;
    options.dataDir = *dir;
    options.portFile = args->value(u"port-file"_s);
    options.tlsCertificateFile = args->value(u"tls-cert"_s);
    options.tlsKeyFile = args->value(u"tls-key"_s);
    options.ctiRegion = args->value(u"cti-region"_s);
    if (args->has(u"listen"_s) && !options.listenAddress.setAddress(args->value(u"listen"_s)))
        return usage(u"--listen must be an IP address, not \"%1\""_s.arg(args->value(u"listen"_s)));
    auto port = args->integer(u"port"_s, options.port, 0, 65535);
    auto ttl = args->integer(u"token-ttl-hours"_s, 12, 1, 24 * 365);
    auto cost = passwordCost(*args);
    if (!port || !ttl)
        return usage(!port ? port.error() : ttl.error());
    if (!cost)
        return usage(cost.error().message);
    options.port = static_cast<quint16>(*port);
    options.tokenLifetime = std::chrono::hours(*ttl);
    options.passwordCost = *cost;
    Server server(options);
    auto listening = server.listen();
    if (!listening) {
        err_ << "switchboard-server: " << listening.error() << '\n';
        err_.flush();
        return AdminError::kRefused;
    }
    return QCoreApplication::exec();
}

} // namespace switchboard::server
