#include "demodata/CustomerFactory.h"

#include "demodata/DemoTime.h"
#include "demodata/EntityIds.h"

#include <array>

namespace switchboard::demodata {

using namespace Qt::StringLiterals;
using protocol::Segment;

namespace {

constexpr quint64 kCustomerStream = 1;

struct Company {
    const char16_t* name;
    const char16_t* domain;
};

// Email domains are all reserved for examples (RFC 2606), so demo mail can never reach anyone.
constexpr std::array<Company, 6> kTurkishCompanies{{
    {u"Anadolu Lojistik A.Ş.", u"anadolu-lojistik.example"},
    {u"Boğaziçi Yazılım Ltd. Şti.", u"bogazici-yazilim.example"},
    {u"Ege Tekstil San. ve Tic. A.Ş.", u"ege-tekstil.example"},
    {u"Kapadokya Turizm", u"kapadokya-turizm.example"},
    {u"Marmara Gıda A.Ş.", u"marmara-gida.example"},
    {u"Çukurova Tarım Ürünleri", u"cukurova-tarim.example"},
}};
constexpr std::array<Company, 5> kGreekCompanies{{
    {u"Αιγαίο Εμπορική Α.Ε.", u"aigaio-emporiki.example"},
    {u"Όλυμπος Τεχνική Ο.Ε.", u"olympos-techniki.example"},
    {u"Κρήτη Τρόφιμα Α.Ε.", u"kriti-trofima.example"},
    {u"Ακρόπολις Συμβουλευτική", u"akropolis-symvouleftiki.example"},
    {u"Θερμαϊκός Logistics Ι.Κ.Ε.", u"thermaikos-logistics.example"},
}};
constexpr std::array<Company, 5> kEnglishCompanies{{
    {u"Northwind Traders Ltd", u"northwind-traders.example"},
    {u"Harbour & Finch plc", u"harbour-finch.example"},
    {u"Smith, Jones & Partners LLP", u"smith-jones.example"}, // a comma, for CSV quoting
    {u"Blue Lantern Studios", u"blue-lantern.example"},
    {u"Pennine Outdoor Supplies", u"pennine-outdoor.example"},
}};

std::span<const Company> companiesOf(DemoLanguage language) {
    switch (language) {
    case DemoLanguage::Turkish:
        return kTurkishCompanies;
    case DemoLanguage::Greek:
        return kGreekCompanies;
    case DemoLanguage::English:
        return kEnglishCompanies;
    }
    return {};
}

const std::array<QString, 3> kPersonalDomains{u"example.com"_s, u"example.net"_s, u"example.org"_s};
const std::array<QString, 4> kContactChannels{u"email"_s, u"phone"_s, u"sms"_s, u"chat"_s};
const std::array<QString, 4> kContactTimes{u"morning"_s, u"afternoon"_s, u"evening"_s, u"any"_s};
const std::array<QString, 8> kNotes{
    u"Prefers to be called after 18:00."_s,
    u"Hard of hearing: speak slowly and confirm by email."_s,
    u"Asked not to receive marketing calls."_s,
    u"Long-standing customer; very patient, appreciates follow-ups."_s,
    u"Has complained about courier delays twice before."_s,
    u"Buys for a small office; ask about business pricing."_s,
    u"Prefers written confirmation of anything agreed on the phone."_s,
    u"Usually reachable on the mobile only during lunch."_s,
};

// Segments in the proportions a mid-sized online shop sees.
constexpr std::array<int, 4> kSegmentWeights{20, 40, 22, 18}; // new, occasional, loyal, at risk
constexpr std::array<int, 3> kLanguageWeights{40, 30, 30};    // tr, el, en

struct JoinWindow {
    qint64 minDays;
    qint64 maxDays;
};

// How long ago customers of each segment joined: new ones recently, at-risk ones long enough
// ago to have gone quiet.
JoinWindow joinWindow(Segment segment) {
    switch (segment) {
    case Segment::New:
        return {2, 90};
    case Segment::Occasional:
        return {120, 1500};
    case Segment::Loyal:
        return {365, 2000};
    case Segment::AtRisk:
        return {400, 2000};
    }
    return {2, 90};
}

int contactWeight(Segment segment, bool hasCompany, Random& random) {
    int weight = 2;
    switch (segment) {
    case Segment::New:
        weight = 3;
        break;
    case Segment::Occasional:
        weight = 2;
        break;
    case Segment::Loyal:
        weight = 5;
        break;
    case Segment::AtRisk:
        weight = 4;
        break;
    }
    if (hasCompany)
        weight *= 2;
    // A few customers get in touch far more than the rest, as in any real contact centre.
    const qint64 roll = random.below(100);
    return roll < 10 ? weight * 6 : roll < 40 ? weight * 2 : weight;
}

} // namespace

CustomerFactory::CustomerFactory(quint64 seed, qint64 referenceMs)
    : seed_(seed)
    , referenceMs_(referenceMs)
    , phones_(seed) {}

CustomerDraft CustomerFactory::make(qint64 index) const {
    Random random = Random::forStream(seed_, kCustomerStream, static_cast<quint64>(index));
    CustomerDraft draft;
    draft.index = index;
    draft.language = kAllLanguages[static_cast<std::size_t>(random.weighted(kLanguageWeights))];
    const Gender gender = random.percent(50) ? Gender::Female : Gender::Male;
    const FirstName& first = random.pick(names_.firstNames(draft.language, gender));
    const LastName& last = random.pick(names_.lastNames(draft.language));

    protocol::Customer& c = draft.customer;
    c.id = EntityIds::customer(index + 1);
    c.firstName = first.name;
    c.lastName = last.form(gender);
    c.language = languageCode(draft.language);
    c.currency = currencyOf(draft.language);
    c.segment = static_cast<Segment>(random.weighted(kSegmentWeights));
    c.revision = 1;

    const std::span<const Company> companies = companiesOf(draft.language);
    const qsizetype company = random.percent(18) ? random.below(qint64(companies.size())) : -1;
    if (company >= 0)
        c.company = QString::fromUtf16(companies[std::size_t(company)].name);

    c.phones.append(phones_.mobile(draft.language, index, random));
    if (random.percent(company >= 0 ? 70 : 20)) {
        const protocol::PhoneNumber landline = phones_.landline(draft.language, index, random);
        if (landline.label == u"work" && random.percent(30))
            c.phones.prepend(landline); // some only ever call from the office
        else
            c.phones.append(landline);
    }

    const QString firstAscii = first.ascii;
    const QString lastAscii = last.asciiForm(gender);
    c.emails = emailsFor(draft, firstAscii, lastAscii, company, random);
    if (random.percent(30)) {
        const qint64 network = random.below(3);
        const QString number = QString::number(index + 1);
        if (network == 0)
            c.socialHandles.append({u"facebook"_s, firstAscii + u'.' + lastAscii + u'.' + number});
        else
            c.socialHandles.append({network == 1 ? u"instagram"_s : u"x"_s,
                                    u'@' + firstAscii + u'_' + lastAscii + number});
    }

    c.preferences.insert(u"contactChannel"_s, random.pick(kContactChannels));
    c.preferences.insert(u"contactTime"_s, random.pick(kContactTimes));
    if (random.percent(50))
        c.preferences.insert(u"newsletter"_s, random.percent(60) ? u"yes"_s : u"no"_s);
    if (random.percent(25))
        c.notes = random.pick(kNotes);

    const JoinWindow window = joinWindow(c.segment);
    draft.createdMs =
        referenceMs_ - random.between(window.minDays * kDayMs, window.maxDays * kDayMs);
    draft.createdMs -= draft.createdMs % kSecondMs;
    c.createdAt = toDateTime(draft.createdMs);
    // The profile was last edited some time between joining and now.
    const qint64 editedMs = draft.createdMs + random.below(referenceMs_ - draft.createdMs);
    c.updatedAt = toDateTime(editedMs - editedMs % kSecondMs);
    draft.contactWeight = contactWeight(c.segment, company >= 0, random);

    Correspondent& who = draft.correspondent;
    who.language = draft.language;
    who.gender = gender;
    who.firstName = first.name;
    who.vocative = first.vocative;
    who.fullName = c.displayName();
    if (!c.socialHandles.isEmpty())
        who.socialHandle = c.socialHandles.first().handle;
    return draft;
}

QStringList CustomerFactory::emailsFor(const CustomerDraft& draft, const QString& firstAscii,
                                       const QString& lastAscii, qsizetype company,
                                       Random& random) const {
    QStringList emails;
    if (company >= 0) {
        const Company& employer = companiesOf(draft.language)[std::size_t(company)];
        emails.append(firstAscii + u'.' + lastAscii + u'@' + QString::fromUtf16(employer.domain));
    }
    if (random.percent(company >= 0 ? 60 : 95)) {
        // The customer number keeps every personal address unique across a million people.
        const QString number = QString::number(draft.index + 1);
        const QString& domain = random.pick(kPersonalDomains);
        switch (random.below(4)) {
        case 0:
            emails.append(firstAscii + u'.' + lastAscii + number + u'@' + domain);
            break;
        case 1:
            emails.append(firstAscii + lastAscii + number + u'@' + domain);
            break;
        case 2:
            emails.append(firstAscii.left(1) + u'.' + lastAscii + number + u'@' + domain);
            break;
        default:
            emails.append(lastAscii + u'.' + firstAscii + number + u'@' + domain);
            break;
        }
    }
    return emails;
}

} // namespace switchboard::demodata
