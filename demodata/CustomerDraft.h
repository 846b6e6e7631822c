// A customer while the generator is still working on them: the protocol entity plus what
// later steps need to stay consistent with it (language, gender for greetings, when they
// joined, how often they get in touch). Orders and conversations fill in the lifetime value
// and last contact before the customer is emitted.
#pragma once

#include "demodata/DemoLanguage.h"
#include "demodata/MessageComposer.h"
#include "protocol/Customer.h"

namespace switchboard::demodata {

struct CustomerDraft {
    qint64 index = 0; // 0-based position in the data set; the id number is index + 1
    protocol::Customer customer;
    DemoLanguage language = DemoLanguage::English;
    Correspondent correspondent;
    qint64 createdMs = 0;
    int contactWeight = 1; // relative share of the messages this customer sends
};

} // namespace switchboard::demodata
