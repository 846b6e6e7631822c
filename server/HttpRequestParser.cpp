#include "server/HttpRequestParser.h"

#include "protocol/Frame.h"

namespace switchboard::server {

using namespace Qt::StringLiterals;

namespace {

HttpError badRequest(QString message)
{
    return HttpError { 400, QString(protocol::ErrorCode::BadFrame), std::move(message) };
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool hasControl(QByteArrayView text)
{
    for (char c : text) {
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7f)
            return true;
    }
    return false;
}

} // namespace

QByteArray HttpRequest::path() const
{
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

bool HttpRequest::isWebSocketUpgrade() const
{
    return method == "GET" && header("upgrade").toLower() == "websocket";
}

std::expected<std::optional<qsizetype>, HttpError> HttpRequestParser::headLength(
    QByteArrayView received)
{
    const qsizetype end = received.indexOf("\r\n\r\n");
    if (end >= 0 && end + 4 <= kMaxHeadBytes)
        return end + 4;
    if (end >= 0 || received.size() >= kMaxHeadBytes)
        return std::unexpected(HttpError {
            431, u"head_too_large"_s, u"The request head is over %1 bytes."_s.arg(kMaxHeadBytes) });
    return std::nullopt;
}

std::expected<HttpRequest, HttpError> HttpRequestParser::parseHead(QByteArrayView head)
{
    if (head.endsWith("\r\n\r\n"))
        head.chop(4);
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    HttpRequest request;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (!line.endsWith('\r') && i + 1 < lines.size())
            return std::unexpected(badRequest(u"Lines must end with CRLF."_s));
        if (line.endsWith('\r'))
            line.chop(1);
        if (hasControl(line))
            return std::unexpected(badRequest(u"Control characters in line %1."_s.arg(i + 1)));
        if (i == 0) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 3 || !isToken(parts.at(0)) || !parts.at(1).startsWith('/'))
                return std::unexpected(badRequest(u"The request line is malformed."_s));
            if (parts.at(2) != "HTTP/1.1")
                return std::unexpected(
                    HttpError { 505, u"http_version"_s, u"Only HTTP/1.1 is served."_s });
            request.method = parts.at(0);
            request.target = parts.at(1);
            continue;
        }
        if (line.startsWith(' ') || line.startsWith('\t'))
            return std::unexpected(badRequest(u"Folded header lines are not accepted."_s));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return std::unexpected(badRequest(u"Header line %1 is malformed."_s.arg(i + 1)));
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length" && request.headers.contains(name))
            return std::unexpected(badRequest(u"Content-Length is given twice."_s));
        if (request.headers.contains(name))
            request.headers[name] += ", " + value;
        else
            request.headers.insert(name, value);
    }
    if (request.method.isEmpty())
        return std::unexpected(badRequest(u"The request line is missing."_s));
    return request;
}

std::expected<qsizetype, HttpError> HttpRequestParser::bodyLength(const HttpRequest& request)
{
    if (request.headers.contains("transfer-encoding"))
        return std::unexpected(HttpError {
            411, u"length_required"_s, u"Send a Content-Length, not a Transfer-Encoding."_s });
    if (!request.headers.contains("content-length")) {
        if (request.method == "POST" || request.method == "PUT" || request.method == "PATCH")
            return std::unexpected(HttpError {
                411, u"length_required"_s, u"A request with a body needs a Content-Length."_s });
        return 0;
    }
    const QByteArray text = request.header("content-length");
    bool ok = false;
    const qlonglong length = text.toLongLong(&ok);
    if (!ok || length < 0 || text.startsWith('+'))
        return std::unexpected(badRequest(u"Content-Length is not a number."_s));
    if (length > kMaxBodyBytes)
        return std::unexpected(HttpError {
            413, u"body_too_large"_s, u"The body is over %1 bytes."_s.arg(kMaxBodyBytes) });
    return static_cast<qsizetype>(length);
}

} // namespace switchboard::server
