#include "server/PasswordHasher.h"

#include <QMetaObject>
#include <QPointer>

#include <sodium.h>

namespace switchboard::server {

using namespace Qt::StringLiterals;

namespace {

constexpr int kVerifyThreads = 2;

} // namespace

PasswordHasher::PasswordHasher(PasswordCost cost)
    : cost_(cost)
{
    if (sodium_init() < 0)
        qFatal("libsodium cannot be initialised");
    pool_.setMaxThreadCount(kVerifyThreads);
    dummyHash_ = hash(u"no such user"_s).value_or(QString());
}

PasswordHasher::~PasswordHasher()
{
    pool_.waitForDone();
}

std::expected<QString, QString> PasswordHasher::hash(const QString& password) const
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
            cost_.opsLimit, cost_.memLimit)
        != 0)
        return std::unexpected(u"out of memory while hashing a password"_s);
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& hash, const QString& password) const
{
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(
               stored.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
        == 0;
}

void PasswordHasher::verifyLater(
    QString hash, QString password, QObject* context, std::function<void(bool)> done)
{
    const bool known = !hash.isEmpty();
    if (!known)
        hash = dummyHash_;
    QPointer<QObject> receiver(context);
    pool_.start([this, hash = std::move(hash), password = std::move(password), known, receiver,
                    done = std::move(done)]() mutable {
        const bool ok = verify(hash, password) && known;
        if (!receiver)
            return;
        QMetaObject::invokeMethod(
            receiver.data(), [ok, done = std::move(done)] { done(ok); }, Qt::QueuedConnection);
    });
}

} // namespace switchboard::server
