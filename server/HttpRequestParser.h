// A small, strict parser of an HTTP/1.1 request head: a request line and header fields, at
// most kMaxHeadBytes, no obsolete line folding, a Content-Length (not chunked transfer) for
// any body, which may be at most kMaxBodyBytes. What it refuses comes with the status and a
// sentence to answer with.
#pragma once

#include "server/HttpRequest.h"

#include <QString>

#include <expected>
#include <optional>

namespace switchboard::server {

struct HttpError {
    int status = 400;
    QString code;
    QString message;
};

class HttpRequestParser {
public:
    static constexpr qsizetype kMaxHeadBytes = 16 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

    // The length of the head including its blank line, when `received` holds all of it;
    // nullopt while more is needed; an error when it is over-size.
    static std::expected<std::optional<qsizetype>, HttpError> headLength(QByteArrayView received);
    // Parses a complete head (as headLength measured it). The body is not read here:
    // bodyLength() says how much follows.
    static std::expected<HttpRequest, HttpError> parseHead(QByteArrayView head);
    static std::expected<qsizetype, HttpError> bodyLength(const HttpRequest& request);
};

} // namespace switchboard::server
