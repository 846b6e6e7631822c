// Turns a number as a PBX or a person wrote it into E.164 with libphonenumber: "+90 532 123
// 45 67", "0532 123 45 67" (national, in the default region), "00905321234567" (an
// international prefix), "(0532) 123-4567", "0532/1234567", with or without an extension
// (kept apart; E.164 has none). "anonymous", "withheld" and the like, or nothing at all, are
// a withheld caller; text that is not a possible number is neither (no E.164, not withheld).
#pragma once

#include <QString>

namespace switchboard::server {

struct NormalisedNumber {
    QString e164; // empty when there is no number to match
    QString extension;
    bool withheld = false;
};

class PhoneNormaliser {
public:
    static constexpr QLatin1StringView kDefaultRegion { "TR" };

    // `defaultRegion`: the ISO 3166 region national numbers are read in ("TR", "GB").
    explicit PhoneNormaliser(QString defaultRegion = QString(kDefaultRegion));

    NormalisedNumber normalise(const QString& number) const;
    const QString& defaultRegion() const { return region_; }

    // Whether libphonenumber knows the region ("TR" yes, "XX" no).
    static bool isKnownRegion(const QString& region);

private:
    QString region_;
};

} // namespace switchboard::server
