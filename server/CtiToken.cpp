#include "server/CtiToken.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace switchboard::server {

namespace {

constexpr int kTokenBytes = 32;

} // namespace

QString CtiToken::hashOf(QByteArrayView token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

StoreResult<QString> CtiToken::rotate(CtiStorage& storage)
{
    if (sodium_init() < 0)
        return std::unexpected(store::StoreError::of(
            store::StoreErrorKind::Sqlite, QStringLiteral("libsodium cannot be initialised")));
    QByteArray random(kTokenBytes, Qt::Uninitialized);
    randombytes_buf(random.data(), std::size_t(random.size()));
    const QByteArray token
        = random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (auto saved = storage.saveSetting(CtiSetting::TokenHash, hashOf(token)); !saved)
        return std::unexpected(saved.error());
    return QString::fromLatin1(token);
}

StoreResult<bool> CtiToken::matches(CtiStorage& storage, QByteArrayView token)
{
    if (token.isEmpty() || token.size() > kMaxTokenChars)
        return false;
    auto stored = storage.setting(CtiSetting::TokenHash);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored)
        return false;
    const QByteArray expected = (*stored)->toLatin1();
    const QByteArray given = hashOf(token).toLatin1();
    return expected.size() == given.size()
        && sodium_memcmp(expected.constData(), given.constData(), std::size_t(given.size())) == 0;
}

} // namespace switchboard::server
