#include "server/PhoneNormaliser.h"

#include <QSet>

#include <phonenumbers/phonenumberutil.h>
#include <set>
#include <string>

namespace switchboard::server {

using namespace Qt::StringLiterals;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

// What PBXs send instead of a number when the caller hides it.
bool isWithheld(const QString& trimmed)
{
    static const QSet<QString> kHidden { u"anonymous"_s, u"withheld"_s, u"private"_s,
        u"restricted"_s, u"unknown"_s, u"unavailable"_s, u"hidden"_s, u"clip_no_screening"_s };
    return trimmed.isEmpty() || kHidden.contains(trimmed.toLower());
}

// A possible number (right length for its country) in E.164; IsValidNumber would refuse
// numbers of ranges newer than Debian's metadata, which customers do have.
bool parsePossible(const std::string& text, const std::string& region, PhoneNumber& out)
{
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    return util.Parse(text, region, &out) == PhoneNumberUtil::NO_PARSING_ERROR
        && util.IsPossibleNumber(out);
}

} // namespace

PhoneNormaliser::PhoneNormaliser(QString defaultRegion)
    : region_(std::move(defaultRegion))
{
}

bool PhoneNormaliser::isKnownRegion(const QString& region)
{
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    return regions.contains(region.toUpper().toStdString());
}

NormalisedNumber PhoneNormaliser::normalise(const QString& number) const
{
    const QString trimmed = number.trimmed();
    NormalisedNumber out;
    if (isWithheld(trimmed)) {
        out.withheld = true;
        return out;
    }
    const std::string region = region_.toUpper().toStdString();
    PhoneNumber parsed;
    bool ok = parsePossible(trimmed.toStdString(), region, parsed);
    // "00" is the international prefix of most of the world, but not of every default
    // region (the US dials 011): read it as "+" when the region's own reading fails.
    if (!ok && trimmed.startsWith("00"_L1))
        ok = parsePossible("+" + trimmed.sliced(2).toStdString(), region, parsed);
    if (!ok)
        return out;
    std::string e164;
    PhoneNumberUtil::GetInstance()->Format(parsed, PhoneNumberUtil::E164, &e164);
    out.e164 = QString::fromStdString(e164);
    out.extension = QString::fromStdString(parsed.extension());
    return out;
}

} // namespace switchboard::server
