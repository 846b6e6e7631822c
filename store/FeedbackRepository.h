// The cached survey answers (CSAT, NPS, CES and a comment), for the customer's profile and
// the team numbers.
#pragma once

#include "protocol/Feedback.h"
#include "store/StoreError.h"

#include <QList>
#include <QStringList>

namespace switchboard::store {

class Database;

class FeedbackRepository {
public:
    explicit FeedbackRepository(Database& db);

    StoreResult<> upsert(const protocol::Feedback& feedback);
    // The customer's feedback, most recent first.
    StoreResult<QList<protocol::Feedback>> forCustomer(const QString& customerId);
    // Gives all of `fromCustomerId`'s feedback to `toCustomerId`; returns the ids.
    StoreResult<QStringList> moveToCustomer(const QString& fromCustomerId,
                                            const QString& toCustomerId);

private:
    Database& db_;
};

} // namespace switchboard::store
