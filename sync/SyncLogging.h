// The logging categories of the sync layer, all in one place so they can be switched on
// together (QT_LOGGING_RULES="switchboard.sync*=true"). Only qC* macros log.
#pragma once

#include <QLoggingCategory>

namespace switchboard::sync {

Q_DECLARE_LOGGING_CATEGORY(lcSync) // switchboard.sync: sessions, frames, reconnects
Q_DECLARE_LOGGING_CATEGORY(lcSyncLogin) // switchboard.sync.login: the login request

} // namespace switchboard::sync
