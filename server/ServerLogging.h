// Every logging category of the server, in one place (STYLE.md): enable them with
// QT_LOGGING_RULES, e.g. "switchboard.server.sync.debug=true". Log only through qC* macros.
#pragma once

#include <QLoggingCategory>

namespace switchboard::server {

Q_DECLARE_LOGGING_CATEGORY(lcServer) // switchboard.server: start, stop, options
Q_DECLARE_LOGGING_CATEGORY(lcHttp) // switchboard.server.http: requests and their answers
Q_DECLARE_LOGGING_CATEGORY(lcSync) // switchboard.server.sync: sessions, frames, commands
Q_DECLARE_LOGGING_CATEGORY(lcAuth) // switchboard.server.auth: logins, tokens
Q_DECLARE_LOGGING_CATEGORY(lcStorage) // switchboard.server.storage: the database
Q_DECLARE_LOGGING_CATEGORY(lcAdmin) // switchboard.server.admin: admin subcommands
Q_DECLARE_LOGGING_CATEGORY(lcCti) // switchboard.server.cti: PBX webhooks, calls, routing

} // namespace switchboard::server
