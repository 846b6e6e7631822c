// The CTI webhook's secret: the last path segment of /api/v1/cti/{token}. Only its SHA-256
// is stored (the token is 256 random bits, so a plain hash is enough: there is nothing to
// guess); rotating it replaces the hash, and the old token stops working at once, also in a
// running server, which reads the hash on every request.
#pragma once

#include "server/CtiStorage.h"

#include <QByteArray>
#include <QString>

namespace switchboard::server {

class CtiToken {
public:
    static constexpr qsizetype kMaxTokenChars = 128;

    // A new random token (URL-safe base64, no padding), its hash saved; the token is shown
    // once and not kept.
    static StoreResult<QString> rotate(CtiStorage& storage);
    // Whether `token` is the current one; false when none was ever made.
    static StoreResult<bool> matches(CtiStorage& storage, QByteArrayView token);
    static QString hashOf(QByteArrayView token);
};

} // namespace switchboard::server
