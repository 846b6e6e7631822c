// POST /api/v1/cti/{token}: the webhook PBX bridges call for Zammad (CtiEventParser says
// what they send). Checks the token first (401 bad_token), then the body (422 invalid, with
// the field named), then hands the event to CallRegistry and sends what it returns: `call`
// frames to the agents' sessions, timeline events to the space. Answers `{}`, or
// `{"action":"reject","reason":"busy"}` for a blocked caller, 404 not_found for an answer or
// hangup of a call never announced, 503 internal when the storage fails.
#pragma once

#include "server/CallRegistry.h"
#include "server/CallRouter.h"
#include "server/HttpRouter.h"
#include "server/PhoneNormaliser.h"

#include <QObject>

namespace switchboard::server {

class SpaceHub;

class CtiEndpoint : public QObject {
    Q_OBJECT
public:
    static constexpr QByteArrayView kPathPrefix { "/api/v1/cti/" };

    // `router` is the server's, shared with call.decline.
    CtiEndpoint(ServerStorage& storage, SpaceHub& hub, CallRouter& router, PhoneNormaliser phones,
        QObject* parent = nullptr);

    // `request.path()` starts with kPathPrefix; the rest is the token.
    void handle(const HttpRequest& request, const HttpResponder& respond);

private:
    ServerStorage& storage_;
    SpaceHub& hub_;
    PhoneNormaliser phones_;
    CallRegistry registry_;
};

} // namespace switchboard::server
