// Reads one webhook of the generic CTI format PBX bridges speak for Zammad, from a JSON
// body or a form-encoded one (where several users come as `user[]=a&user[]=b`):
//
//   newCall  from, to, direction (in/out), callId, [user], [queue]
//   answer   the same, [answeringNumber]
//   hangup   the same, cause (normalClearing, busy, cancel, noAnswer, congestion, notFound,
//            forwarded)
//
// `user` and `answeringNumber` are optional, as bridges leave them out when they do not
// know. A missing or malformed field is refused as 422 naming the field; nothing else is
// checked here (the token, the callId's existence).
#pragma once

#include "server/HttpRequest.h"

#include <QStringList>

#include <expected>

namespace switchboard::server {

enum class CtiEventType { NewCall, Answer, Hangup };

struct CtiEvent {
    CtiEventType type = CtiEventType::NewCall;
    QString name; // as sent: "newCall", "answer", "hangup"
    QString from;
    QString to;
    QString direction; // "in" or "out"
    QString callId;
    QStringList users; // PBX users or extensions that ring
    QString queue;
    QString answeringNumber;
    QString cause;
};

struct CtiRequestError {
    int status = 422;
    QString field;
    QString message;
};

class CtiEventParser {
public:
    static constexpr qsizetype kMaxCallIdChars = 128;
    static constexpr qsizetype kMaxNumberChars = 64;
    static constexpr qsizetype kMaxUserChars = 128;
    static constexpr qsizetype kMaxUsers = 32;

    static std::expected<CtiEvent, CtiRequestError> parse(const HttpRequest& request);
    static bool isKnownCause(const QString& cause);
};

} // namespace switchboard::server
