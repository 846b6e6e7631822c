#include "protocol/RejectFrame.h"

#include "protocol/Frame.h"
#include "protocol/JsonReader.h"
#include "protocol/Limits.h"

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

QJsonObject RejectFrame::toJson() const
{
    QJsonObject json { { "type"_L1, FrameType::Reject },
        { "id"_L1, commandId.toString(QUuid::WithoutBraces) }, { "code"_L1, code },
        { "reason"_L1, reason }, { "message"_L1, message } };
    if (conflict) {
        json.insert("conflict"_L1,
            QJsonObject { { "field"_L1, conflict->field }, { "yours"_L1, conflict->yours },
                { "theirs"_L1, conflict->theirs }, { "revision"_L1, conflict->revision } });
    }
    return json;
}

std::expected<RejectFrame, DecodeError> RejectFrame::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    RejectFrame reject;
    reject.commandId = r.uuid("id"_L1);
    reject.code = r.string("code"_L1, kMaxIdChars);
    reject.reason = r.string("reason"_L1, kMaxShortTextChars, Need::Optional);
    reject.message = r.string("message"_L1, kMaxShortTextChars);
    const QJsonObject conflict = r.object("conflict"_L1, Need::Optional);
    if (r.ok() && !conflict.isEmpty()) {
        JsonReader c(conflict, u"conflict"_s);
        FieldConflict field;
        field.field = c.string("field"_L1, kMaxIdChars);
        field.revision = c.integer("revision"_L1, 0, kMaxCounter);
        field.yours = conflict.value("yours"_L1);
        field.theirs = conflict.value("theirs"_L1);
        if (!c.ok())
            return std::unexpected(*c.error());
        reject.conflict = std::move(field);
    }
    return r.finish(std::move(reject));
}

} // namespace switchboard::protocol
