#include "server/TokenIssuer.h"

#include "server/ServerLogging.h"

#include <sodium.h>

namespace switchboard::server {

using namespace Qt::StringLiterals;

namespace {

constexpr int kTokenBytes = 32;

} // namespace

TokenIssuer::TokenIssuer(ServerStorage& storage, std::chrono::seconds lifetime)
    : storage_(storage)
    , lifetime_(lifetime)
{
}

QByteArray TokenIssuer::digest(const QString& token)
{
    const QByteArray utf8 = token.toUtf8();
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(out.data()),
        reinterpret_cast<const unsigned char*>(utf8.constData()),
        static_cast<unsigned long long>(utf8.size()));
    return out;
}

StoreResult<IssuedToken> TokenIssuer::issue(const QString& username)
{
    QByteArray random(kTokenBytes, Qt::Uninitialized);
    randombytes_buf(random.data(), static_cast<size_t>(random.size()));
    IssuedToken issued { u"sbt_"_s + QString::fromLatin1(random.toHex()),
        QDateTime::currentDateTimeUtc().addSecs(lifetime_.count()) };
    if (auto saved = storage_.saveToken(digest(issued.token), { username, issued.expiresAt });
        !saved)
        return std::unexpected(saved.error());
    return issued;
}

std::expected<UserRecord, TokenProblem> TokenIssuer::check(const QString& token)
{
    auto found = storage_.token(digest(token));
    if (!found) {
        qCWarning(lcStorage) << "token lookup failed:" << found.error().message;
        return std::unexpected(TokenProblem::Storage);
    }
    if (!*found)
        return std::unexpected(TokenProblem::Unknown);
    if ((*found)->expiresAt <= QDateTime::currentDateTimeUtc())
        return std::unexpected(TokenProblem::Expired);
    auto user = storage_.user((*found)->username);
    if (!user)
        return std::unexpected(TokenProblem::Storage);
    if (!*user)
        return std::unexpected(TokenProblem::Unknown);
    return **user;
}

} // namespace switchboard::server
