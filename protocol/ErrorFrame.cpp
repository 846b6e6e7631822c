#include "protocol/ErrorFrame.h"

#include "protocol/Frame.h"
#include "protocol/JsonReader.h"
#include "protocol/Limits.h"

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

ErrorFrame ErrorFrame::fromDecodeError(const DecodeError& error)
{
    return ErrorFrame { QString(ErrorCode::BadFrame), error.toString(), error.field };
}

QJsonObject ErrorFrame::toJson() const
{
    QJsonObject json { { "type"_L1, FrameType::Error }, { "code"_L1, code },
        { "message"_L1, message } };
    if (!field.isEmpty())
        json.insert("field"_L1, field);
    return json;
}

std::expected<ErrorFrame, DecodeError> ErrorFrame::fromJson(const QJsonObject& json)
{
    JsonReader r(json);
    ErrorFrame error;
    error.code = r.string("code"_L1, kMaxIdChars);
    error.message = r.string("message"_L1, kMaxShortTextChars);
    error.field = r.string("field"_L1, kMaxShortTextChars, Need::Optional);
    return r.finish(std::move(error));
}

} // namespace switchboard::protocol
