#include "sync/SyncLogging.h"

namespace switchboard::sync {

Q_LOGGING_CATEGORY(lcSync, "switchboard.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSyncLogin, "switchboard.sync.login", QtInfoMsg)

} // namespace switchboard::sync
