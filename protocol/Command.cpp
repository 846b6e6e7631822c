#include "protocol/Command.h"

#include "protocol/JsonObjectWriter.h"
#include "protocol/JsonReader.h"
#include "protocol/Limits.h"

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

bool CommandType::isKnown(QStringView type)
{
    for (QLatin1StringView known :
         {AddTag, RemoveTag, Assign, Unassign, SetStatus, SetPriority, Snooze, SendMessage, AddNote,
          CreateCustomer, UpdateCustomer, MergeCustomers, SetPresence, SignalViewing,
          SignalTyping, DeclineCall, WrapUpCall}) {
        if (type == known)
            return true;
    }
    return false;
}

Command Command::make(QLatin1StringView type, QJsonObject payload,
                      std::optional<qint64> baseRevision)
{
    return Command{QUuid::createUuid(), QString(type), std::move(payload), baseRevision};
}

QJsonObject Command::toJson() const
{
    JsonObjectWriter w;
    w.addString("id"_L1, id.toString(QUuid::WithoutBraces));
    w.addString("type"_L1, type);
    w.addJsonObject("payload"_L1, payload);
    w.addOptionalNumber("baseRevision"_L1, baseRevision);
    return w.toObject();
}

std::expected<Command, DecodeError> Command::fromJson(const QJsonObject& json,
                                                      const QString& path)
{
    JsonReader r(json, path);
    Command c;
    c.id = r.uuid("id"_L1);
    c.type = r.string("type"_L1, kMaxIdChars);
    c.payload = r.object("payload"_L1);
    c.baseRevision = r.optionalInteger("baseRevision"_L1, 0, kMaxCounter);
    if (r.ok() && !CommandType::isKnown(c.type))
        r.fail(DecodeErrorCode::UnknownValue, "type"_L1,
               u"unknown command type \"%1\""_s.arg(c.type));
    return r.finish(std::move(c));
}

} // namespace switchboard::protocol
