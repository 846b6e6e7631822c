#include "server/ServerLogging.h"

namespace switchboard::server {

Q_LOGGING_CATEGORY(lcServer, "switchboard.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "switchboard.server.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "switchboard.server.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "switchboard.server.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "switchboard.server.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAdmin, "switchboard.server.admin", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCti, "switchboard.server.cti", QtInfoMsg)

} // namespace switchboard::server
