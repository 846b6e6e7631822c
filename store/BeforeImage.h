// The before-image of an optimistic effect: a JSON object holding exactly the fields the
// effect changed, as they were, under their wire names (JSON null: the field was absent),
// plus "tag:<name>" -> bool for one tag's presence and "exists" -> bool for a row the
// effect created. Written back over an entity's JSON form it restores those fields and
// nothing else, so a server change to another field, or to another tag, survives an undo.
#pragma once

#include "protocol/Command.h"
#include "store/StoreError.h"

#include <QJsonObject>
#include <QLatin1StringView>

namespace switchboard::store {

class BeforeImage {
public:
    static constexpr QLatin1StringView kExists{"exists"};
    static constexpr QLatin1StringView kTagPrefix{"tag:"};

    // Records `key`'s current value in `image` (the first record of a key wins: it is the
    // value from before the effect), then sets it in `json`.
    static void change(QJsonObject& json, QJsonObject& image, QLatin1StringView key,
                       const QJsonValue& value);
    // Writes the image's plain fields over `json` (not its "tag:" and "exists" entries).
    static void overlayFields(QJsonObject& json, const QJsonObject& image);
    // Adds or removes one tag in `json`'s "tags" list, keeping the others in their order.
    static void setTagPresent(QJsonObject& json, const QString& tag, bool present);

    // The errors effects report, naming the command.
    static StoreError badCommand(const protocol::Command& command, const QString& why);
    static StoreError notFound(const QString& what);
};

} // namespace switchboard::store
