// One HTTP/1.1 answer: a status, a few headers, a JSON body. Every answer closes the
// connection (one request per connection keeps the server simple; clients reconnect).
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace switchboard::server {

struct HttpResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(int status, const QJsonObject& body);
    // {"error": {"code": ..., "message": ...}}
    static HttpResponse error(int status, const QString& code, const QString& message);

    HttpResponse& withHeader(QByteArray name, QByteArray value);
    QByteArray serialize() const;
    static QByteArray reasonPhrase(int status);
};

} // namespace switchboard::server
