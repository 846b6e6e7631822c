// Which handler answers which request: exact paths, each with its allowed methods. An
// unknown path is 404, a known path with another method 405 (with Allow). Handlers answer
// through the responder, at once or later (a login waits for its password check).
#pragma once

#include "server/HttpRequest.h"
#include "server/HttpResponse.h"

#include <QList>

#include <functional>

namespace switchboard::server {

using HttpResponder = std::function<void(const HttpResponse&)>;
using HttpHandler = std::function<void(const HttpRequest&, const HttpResponder&)>;

class HttpRouter {
public:
    void add(QByteArray method, QByteArray path, HttpHandler handler);
    void dispatch(const HttpRequest& request, const HttpResponder& respond) const;

private:
    struct Route {
        QByteArray method;
        QByteArray path;
        HttpHandler handler;
    };
    QList<Route> routes_;
};

} // namespace switchboard::server
