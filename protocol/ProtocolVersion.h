// The wire protocol's version. A peer with another major version is refused in the hello;
// minor versions only add optional fields, so peers of different minors interoperate.
#pragma once

namespace switchboard::protocol {

inline constexpr int kProtocolMajor = 1;
inline constexpr int kProtocolMinor = 0;

} // namespace switchboard::protocol
