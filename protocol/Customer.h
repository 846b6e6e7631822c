// A customer as it travels between server and desktop: who they are, how to reach them,
// and what the contact centre knows of them. `revision` grows with every accepted edit;
// profile edits name the revision they were made on.
#pragma once

#include "protocol/DecodeError.h"
#include "protocol/Enums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <expected>

namespace switchboard::protocol {

struct PhoneNumber {
    QString number; // as typed or as the PBX sent it: "0532 123 45 67"
    QString e164;   // normalised, "+905321234567"; empty when it could not be normalised
    QString label;  // "mobile", "work", ...

    QJsonObject toJson() const;
    static std::expected<PhoneNumber, DecodeError> fromJson(const QJsonObject& json,
                                                            const QString& path = {});
    bool operator==(const PhoneNumber&) const = default;
};

struct SocialHandle {
    QString network; // "facebook", "instagram", "x"
    QString handle;

    QJsonObject toJson() const;
    static std::expected<SocialHandle, DecodeError> fromJson(const QJsonObject& json,
                                                             const QString& path = {});
    bool operator==(const SocialHandle&) const = default;
};

struct Customer {
    QString id;
    QString firstName;
    QString lastName;
    QList<PhoneNumber> phones;
    QStringList emails;
    QList<SocialHandle> socialHandles;
    QString company;
    QString language; // BCP 47: "tr", "el", "en"
    Segment segment = Segment::New;
    qint64 lifetimeValueMinor = 0; // in minor units (cents, kuruş) of `currency`
    QString currency;
    QMap<QString, QString> preferences;
    QString notes;
    QStringList tags;
    QDateTime lastContactAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 revision = 0;

    QString displayName() const;

    QJsonObject toJson() const;
    static std::expected<Customer, DecodeError> fromJson(const QJsonObject& json,
                                                         const QString& path = {});
    bool operator==(const Customer&) const = default;
};

} // namespace switchboard::protocol
