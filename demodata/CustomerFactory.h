// Makes the profile of customer number `index`: name in their own script, phones as typed
// plus E.164, ASCII email addresses derived from the name, social handles, company,
// segment, preferences and notes. Each customer depends only on (seed, index), so customer
// 42 is the same person in a 1k and a 1M data set.
#pragma once

#include "demodata/CustomerDraft.h"
#include "demodata/PersonNames.h"
#include "demodata/PhoneNumberFactory.h"

namespace switchboard::demodata {

class CustomerFactory {
public:
    CustomerFactory(quint64 seed, qint64 referenceMs);

    CustomerDraft make(qint64 index) const;

private:
    QStringList emailsFor(const CustomerDraft& draft, const QString& firstAscii,
                          const QString& lastAscii, qsizetype company, Random& random) const;

    quint64 seed_;
    qint64 referenceMs_;
    PersonNames names_;
    PhoneNumberFactory phones_;
};

} // namespace switchboard::demodata
