#include "server/CommandPlan.h"

#include "protocol/Frame.h"

namespace switchboard::server {

using namespace Qt::StringLiterals;
namespace ErrorCode = protocol::ErrorCode;

Refusal Refusal::invalid(const protocol::DecodeError& error)
{
    return Refusal { QString(ErrorCode::Invalid), error.field, error.toString(), std::nullopt };
}

Refusal Refusal::invalid(QString field, QString message)
{
    return Refusal { QString(ErrorCode::Invalid), std::move(field), std::move(message),
        std::nullopt };
}

Refusal Refusal::forbidden(QString reason, QString message)
{
    return Refusal { QString(ErrorCode::Forbidden), std::move(reason), std::move(message),
        std::nullopt };
}

Refusal Refusal::notFound(QString field, QString message)
{
    return Refusal { QString(ErrorCode::NotFound), std::move(field), std::move(message),
        std::nullopt };
}

Refusal Refusal::internal(const store::StoreError& error)
{
    return Refusal { QString(ErrorCode::Internal), u"storage"_s,
        u"The server could not read or write its storage: "_s + error.message, std::nullopt };
}

protocol::RejectFrame Refusal::toFrame(const QUuid& commandId) const
{
    return protocol::RejectFrame { commandId, code, reason, message, conflict };
}

} // namespace switchboard::server
