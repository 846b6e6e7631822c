// The sync connection's state as the status bar shows it. The application maps the sync
// client's own state onto this, so the widgets do not depend on sync/.
#pragma once

namespace switchboard::ui {

enum class SyncState { Online, Reconnecting, Offline };

} // namespace switchboard::ui
