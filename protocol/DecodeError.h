// Why a JSON value could not be decoded into a protocol type. `field` is a dotted path
// ("phones.2.e164") so the sender learns exactly what to fix.
#pragma once

#include <QString>

namespace switchboard::protocol {

enum class DecodeErrorCode { MissingField, WrongType, OutOfRange, TooLong, UnknownValue, BadJson };

struct DecodeError {
    DecodeErrorCode code = DecodeErrorCode::BadJson;
    QString field;
    QString message;

    QString toString() const;
};

QString decodeErrorCodeName(DecodeErrorCode code);

} // namespace switchboard::protocol
