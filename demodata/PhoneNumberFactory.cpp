#include "demodata/PhoneNumberFactory.h"

#include <array>

namespace switchboard::demodata {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kSubscriberRange = 10'000'000;
constexpr qint64 kLandlineSalt = 5'113'387;

// A keyed permutation of 0 .. 2^24 - 1: every step (xor with the key, xor-shift, multiply by
// an odd number, all modulo 2^24) can be undone, so no two inputs meet.
quint32 permute24(quint32 x, quint32 key) {
    constexpr quint32 kMask = (1u << 24) - 1;
    x = (x ^ key) & kMask;
    x ^= x >> 12;
    x = (x * 0x9e3b5u) & kMask;
    x ^= x >> 11;
    x = (x * 0x6f4f3u) & kMask;
    x ^= x >> 13;
    return x;
}

// Scrambles 0 .. 10^7 - 1 onto itself, so neighbouring customers get unrelated numbers:
// walking the 2^24 permutation until it lands in range keeps it one-to-one.
qint64 scramble(qint64 n, quint32 key) {
    auto x = static_cast<quint32>(n);
    do {
        x = permute24(x, key);
    } while (x >= kSubscriberRange);
    return x;
}

constexpr std::array<const char16_t*, 16> kTurkishMobilePrefixes{
    u"530", u"532", u"533", u"535", u"536", u"537", u"538", u"539",
    u"541", u"542", u"543", u"544", u"505", u"506", u"552", u"555"};
constexpr std::array<const char16_t*, 6> kTurkishAreaCodes{u"212", u"216", u"312",
                                                           u"232", u"224", u"242"};
constexpr std::array<const char16_t*, 7> kGreekMobilePrefixes{u"690", u"693", u"694", u"695",
                                                              u"697", u"698", u"699"};
constexpr std::array<const char16_t*, 4> kGreekAreaCodes{u"210", u"211", u"213", u"215"};
constexpr std::array<const char16_t*, 3> kLondonPrefixes{u"207", u"203", u"208"};

QString fromUtf16(const char16_t* text) {
    return QString::fromUtf16(text);
}

// Chars [from, from + count) of `digits`.
QStringView part(const QString& digits, qsizetype from, qsizetype count) {
    return QStringView(digits).mid(from, count);
}

} // namespace

PhoneNumberFactory::PhoneNumberFactory(quint64 seed)
    : key_(static_cast<quint32>(Random::mix(seed) & 0xffffff)) {}

QString PhoneNumberFactory::subscriber(qint64 customerIndex, qint64 salt) const {
    const qint64 n = scramble((customerIndex + salt) % kSubscriberRange, key_);
    QString digits = QString::number(n);
    return QString(7 - digits.size(), u'0') + digits;
}

protocol::PhoneNumber PhoneNumberFactory::mobile(DemoLanguage language, qint64 customerIndex,
                                                 Random& random) const {
    const QString sub = subscriber(customerIndex, 0);
    protocol::PhoneNumber phone;
    phone.label = u"mobile"_s;
    switch (language) {
    case DemoLanguage::Turkish: {
        const QString prefix = fromUtf16(random.pick(kTurkishMobilePrefixes));
        const QString grouped =
            prefix + u' ' + part(sub, 0, 3) + u' ' + part(sub, 3, 2) + u' ' + part(sub, 5, 2);
        phone.e164 = u"+90"_s + prefix + sub;
        switch (random.below(4)) {
        case 0:
            phone.number = u"+90 "_s + grouped;
            break;
        case 1:
            phone.number = u'0' + prefix + sub;
            break;
        case 2:
            phone.number = u"(0"_s + prefix + u") "_s + part(sub, 0, 3) + u' ' + part(sub, 3, 2) +
                           u' ' + part(sub, 5, 2);
            break;
        default:
            phone.number = u'0' + grouped;
            break;
        }
        break;
    }
    case DemoLanguage::Greek: {
        const QString prefix = fromUtf16(random.pick(kGreekMobilePrefixes));
        const QString grouped = prefix + u' ' + part(sub, 0, 3) + u' ' + part(sub, 3, 4);
        phone.e164 = u"+30"_s + prefix + sub;
        switch (random.below(4)) {
        case 0:
            phone.number = u"+30 "_s + grouped;
            break;
        case 1:
            phone.number = prefix + sub;
            break;
        case 2:
            phone.number = phone.e164;
            break;
        default:
            phone.number = grouped;
            break;
        }
        break;
    }
    case DemoLanguage::English: {
        // 07xxx xxxxxx: "7", two digits of the operator range and the subscriber's seven.
        const QString head = u'7' + QString::number(random.between(40, 99)) + part(sub, 0, 1);
        const QString tail = part(sub, 1, 6).toString();
        phone.e164 = u"+44"_s + head + tail;
        switch (random.below(4)) {
        case 0:
            phone.number = u"+44 "_s + head + u' ' + tail;
            break;
        case 1:
            phone.number = u"+44 (0)"_s + head + u' ' + tail;
            break;
        case 2:
            phone.number = u'0' + head + tail;
            break;
        default:
            phone.number = u'0' + head + u' ' + tail;
            break;
        }
        break;
    }
    }
    return phone;
}

protocol::PhoneNumber PhoneNumberFactory::landline(DemoLanguage language, qint64 customerIndex,
                                                   Random& random) const {
    const QString sub = subscriber(customerIndex, kLandlineSalt);
    protocol::PhoneNumber phone;
    phone.label = random.percent(70) ? u"work"_s : u"home"_s;
    switch (language) {
    case DemoLanguage::Turkish: {
        const QString area = fromUtf16(random.pick(kTurkishAreaCodes));
        const QString grouped =
            area + u' ' + part(sub, 0, 3) + u' ' + part(sub, 3, 2) + u' ' + part(sub, 5, 2);
        phone.e164 = u"+90"_s + area + sub;
        phone.number = random.percent(50) ? QString(u"+90 "_s + grouped) : QString(u'0' + grouped);
        break;
    }
    case DemoLanguage::Greek: {
        const QString area = fromUtf16(random.pick(kGreekAreaCodes));
        phone.e164 = u"+30"_s + area + sub;
        // "+30 21 0123 4567" in the international style, "210 123 4567" at home.
        const QString digits = area + sub;
        if (random.percent(50))
            phone.number = u"+30 "_s + part(digits, 0, 2) + u' ' + part(digits, 2, 4) + u' ' +
                           part(digits, 6, 4);
        else
            phone.number = area + u' ' + part(sub, 0, 3) + u' ' + part(sub, 3, 4);
        break;
    }
    case DemoLanguage::English: {
        const QString prefix = fromUtf16(random.pick(kLondonPrefixes)); // "20" + one digit
        const QString digits = prefix + sub;                            // 20 7946 0958 ...
        phone.e164 = u"+44"_s + digits;
        const QString local = part(digits, 2, 4) + u' ' + part(digits, 6, 4);
        phone.number = (random.percent(50) ? u"+44 20 "_s : u"020 "_s) + local;
        break;
    }
    }
    return phone;
}

} // namespace switchboard::demodata
