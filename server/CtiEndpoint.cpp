#include "server/CtiEndpoint.h"

#include "protocol/Event.h"
#include "protocol/Frame.h"
#include "server/CtiToken.h"
#include "server/ServerLogging.h"
#include "server/SpaceHub.h"

namespace switchboard::server {

using namespace Qt::StringLiterals;
namespace ErrorCode = protocol::ErrorCode;

namespace {

HttpResponse invalid(const CtiRequestError& error)
{
    QJsonObject detail { { "code"_L1,
                             error.status == 400 ? QString(ErrorCode::BadFrame)
                                                 : QString(ErrorCode::Invalid) },
        { "message"_L1, error.message } };
    if (!error.field.isEmpty())
        detail.insert("field"_L1, error.field);
    return HttpResponse::json(error.status, QJsonObject { { "error"_L1, detail } });
}

HttpResponse storageFailed(const store::StoreError& error)
{
    qCWarning(lcStorage) << "CTI webhook:" << error.message;
    return HttpResponse::error(
        503, QString(ErrorCode::Internal), u"The server cannot use its storage."_s);
}

} // namespace

CtiEndpoint::CtiEndpoint(ServerStorage& storage, SpaceHub& hub, CallRouter& router,
    PhoneNormaliser phones, QObject* parent)
    : QObject(parent)
    , storage_(storage)
    , hub_(hub)
    , phones_(std::move(phones))
    , registry_(storage, router, QString(protocol::kLiveSpace))
{
}

void CtiEndpoint::handle(const HttpRequest& request, const HttpResponder& respond)
{
    const QByteArray token = request.path().sliced(kPathPrefix.size());
    auto known = CtiToken::matches(storage_.cti(), token);
    if (!known) {
        respond(storageFailed(known.error()));
        return;
    }
    if (!*known) {
        qCInfo(lcCti) << "webhook with a wrong token from" << request.peer.toString();
        respond(HttpResponse::error(
            401, QString(ErrorCode::BadToken), u"The CTI token is wrong or was rotated."_s));
        return;
    }
    auto event = CtiEventParser::parse(request);
    if (!event) {
        qCInfo(lcCti) << "webhook refused:" << event.error().field << event.error().message;
        respond(invalid(event.error()));
        return;
    }
    const QString space = QString(protocol::kLiveSpace);
    auto outcome
        = registry_.apply(*event, phones_, hub_.agentsIn(space), QDateTime::currentDateTimeUtc());
    if (!outcome) {
        respond(storageFailed(outcome.error()));
        return;
    }
    switch (outcome->kind) {
    case CallOutcome::Kind::UnknownCall:
        respond(HttpResponse::error(404, QString(ErrorCode::NotFound),
            u"No call \"%1\" was announced by a newCall."_s.arg(event->callId)));
        return;
    case CallOutcome::Kind::Rejected:
        respond(HttpResponse::json(
            200, QJsonObject { { "action"_L1, u"reject"_s }, { "reason"_L1, u"busy"_s } }));
        return;
    case CallOutcome::Kind::Replay:
        qCDebug(lcCti) << event->name << "of" << event->callId << "replayed; nothing changed";
        break;
    case CallOutcome::Kind::Done:
        hub_.publish(space, outcome->events);
        for (const auto& [agentId, frame] : outcome->pushes) {
            const qsizetype sessions
                = hub_.sendToAgent(space, agentId, protocol::frameText(frame.toJson()));
            qCDebug(lcCti) << frame.event << "of" << frame.callId << "to" << agentId << "in"
                           << sessions << "sessions";
        }
        break;
    }
    respond(HttpResponse::json(200, QJsonObject {}));
}

} // namespace switchboard::server
