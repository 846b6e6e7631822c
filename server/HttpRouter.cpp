#include "server/HttpRouter.h"

namespace switchboard::server {

using namespace Qt::StringLiterals;

void HttpRouter::add(QByteArray method, QByteArray path, HttpHandler handler)
{
    routes_.append(Route { std::move(method), std::move(path), std::move(handler) });
}

void HttpRouter::dispatch(const HttpRequest& request, const HttpResponder& respond) const
{
    const QByteArray path = request.path();
    QByteArrayList allowed;
    for (const Route& route : routes_) {
        if (route.path != path)
            continue;
        if (route.method == request.method) {
            route.handler(request, respond);
            return;
        }
        allowed.append(route.method);
    }
    if (allowed.isEmpty()) {
        respond(HttpResponse::error(
            404, u"not_found"_s, u"There is nothing at %1."_s.arg(QString::fromUtf8(path))));
        return;
    }
    respond(HttpResponse::error(405, u"method_not_allowed"_s,
        u"%1 takes %2."_s.arg(QString::fromUtf8(path), QString::fromUtf8(allowed.join(", "))))
                .withHeader("Allow"_ba, allowed.join(", ")));
}

} // namespace switchboard::server
