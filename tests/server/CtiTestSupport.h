// What the CTI tests share: customers with known numbers in several countries, written into
// a server's live space, and a webhook client that posts JSON or form bodies.
#pragma once

#include "ServerTestSupport.h"

namespace switchboard::server::test {

inline constexpr QLatin1StringView kCallerTr { "cus-cti-tr" }; // +90 532 123 45 67
inline constexpr QLatin1StringView kCallerGr1 { "cus-cti-gr1" }; // +30 210 123 4567, shared
inline constexpr QLatin1StringView kCallerGr2 { "cus-cti-gr2" }; // +30 210 123 4567, shared
inline constexpr QLatin1StringView kCallerGb { "cus-cti-gb" }; // +44 20 7946 0958
inline constexpr QLatin1StringView kCallerUs { "cus-cti-us" }; // +1 212 555 0123
inline constexpr QLatin1StringView kCallerDe { "cus-cti-de" }; // +49 30 12345678, no e164
inline constexpr QLatin1StringView kBlockedNumber { "+905559998877" };

// Writes the callers above into the live space of `storage`.
bool writeCallers(ServerStorage& storage);

// POSTs `body` to /api/v1/cti/{token}.
HttpReply postCti(quint16 port, const QByteArray& token, const QByteArray& body,
    const QByteArray& contentType = "application/json");
QByteArray ctiJson(const QJsonObject& fields);

} // namespace switchboard::server::test
