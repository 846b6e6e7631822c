#include "protocol/Frame.h"

#include "protocol/JsonReader.h"
#include "protocol/Limits.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

std::expected<Frame, DecodeError> parseFrame(QByteArrayView text)
{
    if (text.size() > kMaxFrameBytes) {
        return std::unexpected(DecodeError { DecodeErrorCode::OutOfRange, {},
            u"frame of %1 bytes is over the limit of %2"_s.arg(text.size()).arg(kMaxFrameBytes) });
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString why = parseError.error != QJsonParseError::NoError
            ? parseError.errorString() + u" at offset "_s + QString::number(parseError.offset)
            : u"a frame must be a JSON object"_s;
        return std::unexpected(DecodeError { DecodeErrorCode::BadJson, {}, why });
    }
    Frame frame;
    frame.object = document.object();
    JsonReader r(frame.object);
    frame.type = r.string("type"_L1, kMaxIdChars);
    return r.finish(std::move(frame));
}

QByteArray frameText(const QJsonObject& frame)
{
    return QJsonDocument(frame).toJson(QJsonDocument::Compact);
}

} // namespace switchboard::protocol
