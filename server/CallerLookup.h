// Who is calling: the customers of a space with a phone whose E.164 form is the caller's
// (one indexed read of the phone index), each as the profile summary the `call` frame
// carries: the customer, their last interactions, open conversations and last feedback,
// each one indexed read of the recent-activity index (never their whole history). Several
// matches are all returned (the desktop lets the agent pick); none is an unknown caller.
// Reads only.
#pragma once

#include "protocol/CallerProfile.h"
#include "server/ServerStorage.h"

namespace switchboard::server {

class CallerLookup {
public:
    static constexpr qsizetype kSummaryChars = 140; // of a message body in the profile

    explicit CallerLookup(ServerStorage& storage);

    StoreResult<QStringList> customerIds(const QString& space, const QString& e164);
    // The summary of each customer that still exists, in the order given.
    StoreResult<QList<protocol::CallerProfile>> profiles(
        const QString& space, const QStringList& customerIds);

private:
    StoreResult<std::optional<protocol::CallerProfile>> profile(
        const QString& space, const QString& customerId);

    ServerStorage& storage_;
};

} // namespace switchboard::server
