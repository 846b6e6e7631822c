// What customers answer in the survey after a resolved conversation: CSAT, NPS and CES,
// each asked only sometimes, correlated with each other and with how the conversation went,
// and now and then a comment in the customer's own language.
#pragma once

#include "demodata/DemoLanguage.h"
#include "demodata/Random.h"
#include "protocol/Feedback.h"

namespace switchboard::demodata {

class FeedbackFactory {
public:
    // `troubled`: the conversation was a complaint or needed escalating, so scores run lower.
    protocol::Feedback make(DemoLanguage language, bool troubled, Random& random) const;
};

} // namespace switchboard::demodata
