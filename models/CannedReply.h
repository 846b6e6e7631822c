// A prepared answer the composer offers when the agent types "/" and its shortcut:
// "/refund" finds the refund reply. The text may hold placeholders ({{first_name}},
// {{last_order}}) that CannedReplyLibrary::expand fills for the customer at hand.
#pragma once

#include <QString>

namespace switchboard::models {

struct CannedReply {
    QString shortcut; // what follows the "/", without spaces: "refund"
    QString title; // what the list shows: "Refund started"
    QString text;

    bool operator==(const CannedReply&) const = default;
};

} // namespace switchboard::models
