// The wire protocol's version. A peer with another major version is refused in the hello;
// minor versions only add optional fields, so peers of different minors interoperate.
#pragma once

#include <QString>

#include <optional>

namespace switchboard::protocol {

inline constexpr int kProtocolMajor = 1;
inline constexpr int kProtocolMinor = 0;

struct ProtocolVersion {
    int major = kProtocolMajor;
    int minor = kProtocolMinor;

    static ProtocolVersion current() { return {}; }
    // "1.0"; nullopt unless two non-negative integers joined by a dot.
    static std::optional<ProtocolVersion> parse(QStringView text);
    QString toString() const { return QString::number(major) + u'.' + QString::number(minor); }
    bool isCompatible() const { return major == kProtocolMajor; }
    bool operator==(const ProtocolVersion&) const = default;
};

} // namespace switchboard::protocol
