#include "protocol/DecodeError.h"

namespace switchboard::protocol {

QString decodeErrorCodeName(DecodeErrorCode code)
{
    switch (code) {
    case DecodeErrorCode::MissingField: return QStringLiteral("missing_field");
    case DecodeErrorCode::WrongType: return QStringLiteral("wrong_type");
    case DecodeErrorCode::OutOfRange: return QStringLiteral("out_of_range");
    case DecodeErrorCode::TooLong: return QStringLiteral("too_long");
    case DecodeErrorCode::UnknownValue: return QStringLiteral("unknown_value");
    case DecodeErrorCode::BadJson: return QStringLiteral("bad_json");
    }
    return QStringLiteral("bad_json");
}

QString DecodeError::toString() const
{
    if (field.isEmpty())
        return decodeErrorCodeName(code) + QStringLiteral(": ") + message;
    return decodeErrorCodeName(code) + QStringLiteral(" at ") + field + QStringLiteral(": ")
        + message;
}

} // namespace switchboard::protocol
