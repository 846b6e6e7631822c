#include "server/CtiAdmin.h"

#include "protocol/CallFrame.h"
#include "protocol/Event.h"
#include "server/CtiEventParser.h"
#include "server/CtiToken.h"
#include "server/EntityKind.h"
#include "server/PhoneNormaliser.h"
#include "server/ServerLogging.h"

#include <algorithm>

namespace switchboard::server {

using namespace Qt::StringLiterals;

namespace {

AdminError storageError(const store::StoreError& error)
{
    return AdminError::refused(u"nothing written: "_s + error.message);
}

} // namespace

CtiAdmin::CtiAdmin(ServerStorage& storage)
    : storage_(storage)
{
}

AdminResult CtiAdmin::rotateToken()
{
    auto token = CtiToken::rotate(storage_.cti());
    if (!token)
        return std::unexpected(storageError(token.error()));
    qCInfo(lcAdmin) << "CTI token rotated";
    return *token + u'\n';
}

AdminResult CtiAdmin::blockNumber(const CliArguments& args, bool blocked)
{
    auto number = args.required(u"number"_s);
    if (!number)
        return std::unexpected(AdminError::usage(number.error()));
    QString region = args.value(u"region"_s).toUpper();
    if (region.isEmpty()) {
        auto stored = storage_.cti().setting(CtiSetting::Region);
        if (!stored)
            return std::unexpected(storageError(stored.error()));
        region = stored->value_or(QString(PhoneNormaliser::kDefaultRegion));
    }
    if (!PhoneNormaliser::isKnownRegion(region))
        return std::unexpected(
            AdminError::usage(u"--region %1 is not a known region"_s.arg(region)));
    const NormalisedNumber normalised = PhoneNormaliser(region).normalise(*number);
    if (normalised.e164.isEmpty())
        return std::unexpected(AdminError::refused(
            u"\"%1\" is not a phone number in region %2"_s.arg(*number, region)));
    auto changed = storage_.cti().setBlocked(normalised.e164, blocked);
    if (!changed)
        return std::unexpected(storageError(changed.error()));
    if (blocked)
        return (*changed ? u"blocked %1\n"_s : u"%1 was blocked already\n"_s).arg(normalised.e164);
    return (*changed ? u"unblocked %1\n"_s : u"%1 was not blocked\n"_s).arg(normalised.e164);
}

AdminResult CtiAdmin::mapUser(const CliArguments& args)
{
    auto user = args.required(u"pbx-user"_s);
    auto agent = args.required(u"agent"_s);
    if (!user || !agent)
        return std::unexpected(AdminError::usage(!user ? user.error() : agent.error()));
    if (user->size() > CtiEventParser::kMaxUserChars)
        return std::unexpected(AdminError::usage(
            u"--pbx-user is longer than %1 characters"_s.arg(CtiEventParser::kMaxUserChars)));
    auto known = storage_.entity(QString(protocol::kLiveSpace), QString(EntityKind::Agent), *agent);
    if (!known)
        return std::unexpected(storageError(known.error()));
    if (!*known)
        return std::unexpected(AdminError::refused(u"there is no agent \"%1\""_s.arg(*agent)));
    if (auto done = storage_.cti().mapPbxUser(*user, *agent); !done)
        return std::unexpected(storageError(done.error()));
    return u"PBX user %1 rings %2\n"_s.arg(*user, *agent);
}

AdminResult CtiAdmin::list()
{
    auto token = storage_.cti().setting(CtiSetting::TokenHash);
    auto region = storage_.cti().setting(CtiSetting::Region);
    auto map = storage_.cti().pbxUserMap();
    auto blocked = storage_.cti().blockedNumbers();
    if (!token || !region || !map || !blocked)
        return std::unexpected(AdminError::refused(u"cannot read the CTI settings"_s));
    QString out
        = u"token: %1\nregion: %2\n"_s.arg(*token ? u"set"_s : u"none (run cti rotate-token)"_s,
            region->value_or(QString(PhoneNormaliser::kDefaultRegion)));
    QStringList users = map->keys();
    std::sort(users.begin(), users.end());
    for (const QString& user : users)
        out += u"pbx-user %1 -> %2\n"_s.arg(user, map->value(user));
    for (const QString& number : *blocked)
        out += u"blocked %1\n"_s.arg(number);
    return out;
}

AdminResult CtiAdmin::stats()
{
    auto counts = storage_.cti().dispositionCounts();
    if (!counts)
        return std::unexpected(AdminError::refused(counts.error().message));
    QString out;
    for (QLatin1StringView disposition : { protocol::CallDisposition::Answered,
             protocol::CallDisposition::Missed, protocol::CallDisposition::Abandoned })
        out += u"%1 %2\n"_s.arg(QString(disposition)).arg(counts->value(QString(disposition)));
    return out;
}

} // namespace switchboard::server
