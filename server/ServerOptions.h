// What a Server is started with: where its data lives, where it listens, how long tokens
// last and how hard passwords are hashed. Filled by the `serve` subcommand or, in-process,
// by the desktop's --demo.
#pragma once

#include <QHostAddress>
#include <QString>

#include <chrono>
#include <cstddef>
#include <sodium.h>

namespace switchboard::server {

// libsodium's Argon2id cost. Interactive is what a login should cost in production; tests
// pass cheaper() so a suite that hashes dozens of passwords stays fast. Never use cheaper()
// for real users.
struct PasswordCost {
    unsigned long long opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    std::size_t memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

    static PasswordCost interactive() { return {}; }
    static PasswordCost cheaper() { return { crypto_pwhash_OPSLIMIT_MIN, 64 * 1024 }; }
};

struct ServerOptions {
    QString dataDir; // holds server.sqlite
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 8750; // 0: any free port
    QString portFile; // written once listening, if set
    std::chrono::seconds tokenLifetime = std::chrono::hours(12);
    PasswordCost passwordCost;
    QString tlsCertificateFile; // PEM; with tlsKeyFile, serve https:// and wss://
    QString tlsKeyFile; // PEM, unencrypted
    // The region national numbers from the PBX are read in ("TR"); stored when given, and
    // when empty the stored one (or PhoneNormaliser::kDefaultRegion) is used.
    QString ctiRegion;
    // How often snoozed conversations that are due are reopened (SnoozeWaker); a follow-up
    // is back in the queue at most this late. Tests shorten it.
    std::chrono::milliseconds snoozeWakeInterval = std::chrono::seconds(30);
};

} // namespace switchboard::server
