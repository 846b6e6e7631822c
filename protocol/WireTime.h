// The wire form of an instant: ISO 8601 in UTC with milliseconds, "2026-11-24T08:15:00.000Z".
// Every event carries several, and Qt's general ISO code (QDateTime::toString and fromString)
// goes through printf-style formatting and a full grammar; so exactly this shape is formatted
// and parsed by hand, some twenty times faster. Anything else goes to Qt, so which texts are
// accepted and what they mean stays Qt's: offsets such as "+03:00" are converted to UTC, a
// time without a zone is refused, and a year outside 1..9999 formats as an empty string.
#pragma once

#include <QDateTime>
#include <QString>

namespace switchboard::protocol {

QString toWireTime(const QDateTime& time);
// The instant in UTC, or an invalid QDateTime when `text` is not an ISO 8601 instant with a zone.
QDateTime fromWireTime(const QString& text);

} // namespace switchboard::protocol
