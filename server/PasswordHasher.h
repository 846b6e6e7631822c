// Argon2id password hashes through libsodium's crypto_pwhash_str: salted, memory-hard, with
// the cost in the hash string so old hashes verify after the cost changes. Verifying costs
// tens of milliseconds on purpose, so the server does it on a worker thread
// (verifyLater) and never on the thread that serves every session.
#pragma once

#include "server/ServerOptions.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <expected>
#include <functional>

namespace switchboard::server {

class PasswordHasher {
public:
    explicit PasswordHasher(PasswordCost cost);
    ~PasswordHasher();
    PasswordHasher(const PasswordHasher&) = delete;
    PasswordHasher& operator=(const PasswordHasher&) = delete;

    // The hash string to store; an error only when libsodium runs out of memory.
    std::expected<QString, QString> hash(const QString& password) const;
    bool verify(const QString& hash, const QString& password) const;

    // Verifies on a worker thread and calls `done` on `context`'s thread; not at all if
    // `context` is gone by then. An empty `hash` (no such user) is checked against a dummy
    // hash, so an unknown user name takes as long to refuse as a wrong password.
    void verifyLater(
        QString hash, QString password, QObject* context, std::function<void(bool)> done);

private:
    PasswordCost cost_;
    QString dummyHash_;
    QThreadPool pool_;
};

} // namespace switchboard::server
