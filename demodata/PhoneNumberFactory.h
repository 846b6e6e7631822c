// Phone numbers as people type them in each market ("0532 123 45 67", "+30 694 123 4567",
// "07700 900123"), each with its E.164 form. The subscriber digits are a scrambled one-to-one
// map of the customer number, so no two of the first ten million customers share a number:
// call pop must find exactly one customer for a caller.
//
// The numbers are in real numbering ranges (only the UK reserves a fictional range, and it
// has just a thousand numbers); demo builds must never dial them.
#pragma once

#include "demodata/DemoLanguage.h"
#include "demodata/Random.h"
#include "protocol/Customer.h"

namespace switchboard::demodata {

class PhoneNumberFactory {
public:
    explicit PhoneNumberFactory(quint64 seed);

    protocol::PhoneNumber mobile(DemoLanguage language, qint64 customerIndex, Random& random) const;
    protocol::PhoneNumber landline(DemoLanguage language, qint64 customerIndex,
                                   Random& random) const;

private:
    // Seven digits, unique per customer index below 10^7; `salt` keeps a customer's
    // landline from repeating the digits of their mobile.
    QString subscriber(qint64 customerIndex, qint64 salt) const;

    quint32 key_ = 0;
};

} // namespace switchboard::demodata
