// Every size limit of the protocol, in one place. The server enforces these before parsing;
// the codec enforces them while decoding, so an over-size field is a decode error, not a
// truncation.
#pragma once

#include <QtGlobal>

namespace switchboard::protocol {

inline constexpr qsizetype kMaxFrameBytes = 1024 * 1024;      // one WebSocket text frame
inline constexpr qsizetype kMaxBatchEvents = 1000;             // events in one catch-up batch
inline constexpr qsizetype kMaxIdChars = 64;                   // entity and command ids
inline constexpr qsizetype kMaxNameChars = 200;                // person, company, queue names
inline constexpr qsizetype kMaxShortTextChars = 500;           // subjects, comments, addresses
inline constexpr qsizetype kMaxBodyChars = 64 * 1024;          // a message body or a note
inline constexpr qsizetype kMaxTagChars = 64;                  // one tag name
inline constexpr qsizetype kMaxTagsPerItem = 32;               // tags on one conversation
inline constexpr qsizetype kMaxContactPoints = 16;             // phones, emails, handles each
inline constexpr qsizetype kMaxOrderItems = 200;               // lines in one order
inline constexpr qsizetype kMaxPreferences = 64;               // preference entries
inline constexpr qsizetype kMaxListItems = 64;                 // teams, skills, languages
inline constexpr qsizetype kMaxSearchChars = 200;              // one search query
inline constexpr qsizetype kMaxCurrencyChars = 3;                // ISO 4217
inline constexpr qsizetype kMaxTokenChars = 128;               // a bearer token
inline constexpr qsizetype kMaxPasswordChars = 256;            // a login password
inline constexpr qint64 kMaxMoneyMinor = 1'000'000'000'000LL;  // minor units
inline constexpr qint64 kMaxCounter = (1LL << 53) - 1;         // seq, revision: exact in JSON

} // namespace switchboard::protocol
