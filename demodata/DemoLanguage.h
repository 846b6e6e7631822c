// The three markets of the demo contact centre. A customer's language decides their name's
// script, phone formats, currency and the language they write in.
#pragma once

#include <QString>
#include <array>

namespace switchboard::demodata {

enum class DemoLanguage { Turkish, Greek, English };
enum class Gender { Female, Male };

inline constexpr std::array kAllLanguages{DemoLanguage::Turkish, DemoLanguage::Greek,
                                          DemoLanguage::English};

inline qsizetype languageIndex(DemoLanguage language) {
    return static_cast<qsizetype>(language);
}

// BCP 47, as protocol::Customer::language and protocol::Agent::languages spell it.
inline QString languageCode(DemoLanguage language) {
    using namespace Qt::StringLiterals;
    switch (language) {
    case DemoLanguage::Turkish:
        return u"tr"_s;
    case DemoLanguage::Greek:
        return u"el"_s;
    case DemoLanguage::English:
        return u"en"_s;
    }
    return {};
}

inline QString currencyOf(DemoLanguage language) {
    using namespace Qt::StringLiterals;
    switch (language) {
    case DemoLanguage::Turkish:
        return u"TRY"_s;
    case DemoLanguage::Greek:
        return u"EUR"_s;
    case DemoLanguage::English:
        return u"GBP"_s;
    }
    return {};
}

} // namespace switchboard::demodata
