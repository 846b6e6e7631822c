// Sends one command over a session of its own and waits for the ack: what a client whose
// ack was lost had done (the command reached the server and was applied; only the answer
// never came back). Lets a test set up "resend after a lost ack" exactly.
#pragma once

#include "protocol/Command.h"

#include <QUrl>

namespace switchboard::testing {

class RawCommandSender {
public:
    static constexpr int kTimeoutMs = 10'000;
    // `lastSeq` keeps the session's catch-up short. true once the ack came.
    static bool send(
        const QUrl& server, const QString& token, qint64 lastSeq, const protocol::Command& command);
};

} // namespace switchboard::testing
