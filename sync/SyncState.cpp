#include "sync/SyncState.h"

namespace switchboard::sync {

using namespace Qt::StringLiterals;

QString syncStateName(SyncState state)
{
    switch (state) {
    case SyncState::Offline:
        return u"offline"_s;
    case SyncState::Connecting:
        return u"connecting"_s;
    case SyncState::Syncing:
        return u"syncing"_s;
    case SyncState::Online:
        return u"online"_s;
    }
    return u"unknown"_s;
}

} // namespace switchboard::sync
