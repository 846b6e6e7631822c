#include "protocol/Customer.h"

#include "protocol/JsonObjectWriter.h"
#include "protocol/JsonReader.h"
#include "protocol/Limits.h"

#include <algorithm>

namespace switchboard::protocol {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxPhoneChars = 40;
constexpr qsizetype kMaxEmailChars = 254; // RFC 5321 path limit
constexpr qsizetype kMaxLanguageChars = 35;

// "+" and 7 to 15 digits, the first not 0 (ITU-T E.164).
bool isE164(const QString& number)
{
    if (number.size() < 8 || number.size() > 16 || number.at(0) != u'+' || number.at(1) == u'0')
        return false;
    return std::all_of(number.begin() + 1, number.end(),
                       [](QChar c) { return c >= u'0' && c <= u'9'; });
}

void writePhone(JsonObjectWriter& w, const PhoneNumber& p)
{
    w.addString("number"_L1, p.number);
    w.addString("e164"_L1, p.e164);
    w.addString("label"_L1, p.label);
}

void writeSocialHandle(JsonObjectWriter& w, const SocialHandle& s)
{
    w.addString("network"_L1, s.network);
    w.addString("handle"_L1, s.handle);
}

} // namespace

QJsonObject PhoneNumber::toJson() const
{
    JsonObjectWriter w;
    writePhone(w, *this);
    return w.toObject();
}

std::expected<PhoneNumber, DecodeError> PhoneNumber::fromJson(const QJsonObject& json,
                                                              const QString& path)
{
    JsonReader r(json, path);
    PhoneNumber p;
    p.number = r.string("number"_L1, kMaxPhoneChars);
    p.e164 = r.string("e164"_L1, kMaxPhoneChars, Need::Optional);
    p.label = r.string("label"_L1, kMaxNameChars, Need::Optional);
    if (r.ok() && !p.e164.isEmpty() && !isE164(p.e164))
        r.fail(DecodeErrorCode::OutOfRange, "e164"_L1,
               QStringLiteral("not an E.164 number"));
    return r.finish(std::move(p));
}

QJsonObject SocialHandle::toJson() const
{
    JsonObjectWriter w;
    writeSocialHandle(w, *this);
    return w.toObject();
}

std::expected<SocialHandle, DecodeError> SocialHandle::fromJson(const QJsonObject& json,
                                                                const QString& path)
{
    JsonReader r(json, path);
    SocialHandle s;
    s.network = r.string("network"_L1, kMaxNameChars);
    s.handle = r.string("handle"_L1, kMaxNameChars);
    return r.finish(std::move(s));
}

QString Customer::displayName() const
{
    if (lastName.isEmpty())
        return firstName;
    if (firstName.isEmpty())
        return lastName;
    return firstName + u' ' + lastName;
}

QJsonObject Customer::toJson() const
{
    JsonObjectWriter w;
    w.addString("id"_L1, id);
    w.addString("firstName"_L1, firstName);
    w.addString("lastName"_L1, lastName);
    w.addObjects("phones"_L1, phones, writePhone);
    w.addStrings("emails"_L1, emails);
    w.addObjects("socialHandles"_L1, socialHandles, writeSocialHandle);
    w.addString("company"_L1, company);
    w.addString("language"_L1, language);
    w.addString("segment"_L1, wireName(segment));
    w.addNumber("lifetimeValueMinor"_L1, lifetimeValueMinor);
    w.addString("currency"_L1, currency);
    w.addStringMap("preferences"_L1, preferences);
    w.addString("notes"_L1, notes);
    w.addStrings("tags"_L1, tags);
    w.addNumber("revision"_L1, revision);
    w.addTime("lastContactAt"_L1, lastContactAt);
    w.addTime("createdAt"_L1, createdAt);
    w.addTime("updatedAt"_L1, updatedAt);
    return w.toObject();
}

std::expected<Customer, DecodeError> Customer::fromJson(const QJsonObject& json,
                                                        const QString& path)
{
    JsonReader r(json, path);
    Customer c;
    c.id = r.id("id"_L1);
    c.firstName = r.string("firstName"_L1, kMaxNameChars, Need::Optional);
    c.lastName = r.string("lastName"_L1, kMaxNameChars, Need::Optional);
    c.phones = r.objects<PhoneNumber>("phones"_L1, kMaxContactPoints);
    c.emails = r.strings("emails"_L1, kMaxContactPoints, kMaxEmailChars);
    c.socialHandles = r.objects<SocialHandle>("socialHandles"_L1, kMaxContactPoints);
    c.company = r.string("company"_L1, kMaxNameChars, Need::Optional);
    c.language = r.string("language"_L1, kMaxLanguageChars, Need::Optional);
    c.segment = r.enumeration("segment"_L1, Segment::New, Need::Optional);
    c.lifetimeValueMinor =
        r.integer("lifetimeValueMinor"_L1, 0, kMaxMoneyMinor, Need::Optional);
    c.currency = r.string("currency"_L1, kMaxCurrencyChars, Need::Optional);
    c.preferences = r.stringMap("preferences"_L1, kMaxPreferences, kMaxNameChars);
    c.notes = r.string("notes"_L1, kMaxBodyChars, Need::Optional);
    c.tags = r.strings("tags"_L1, kMaxTagsPerItem, kMaxTagChars);
    c.lastContactAt = r.timestamp("lastContactAt"_L1, Need::Optional);
    c.createdAt = r.timestamp("createdAt"_L1, Need::Optional);
    c.updatedAt = r.timestamp("updatedAt"_L1, Need::Optional);
    c.revision = r.integer("revision"_L1, 0, kMaxCounter, Need::Optional);
    if (r.ok() && c.firstName.isEmpty() && c.lastName.isEmpty() && c.company.isEmpty())
        r.fail(DecodeErrorCode::MissingField, "firstName"_L1,
               QStringLiteral("a customer needs a name or a company"));
    return r.finish(std::move(c));
}

} // namespace switchboard::protocol
