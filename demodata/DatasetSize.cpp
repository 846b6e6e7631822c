#include "demodata/DatasetSize.h"

namespace switchboard::demodata {

using namespace Qt::StringLiterals;

QDateTime DatasetSize::defaultReference() {
    return QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
}

QString DatasetSize::validationError() const {
    if (customers < 0 || customers > kMaxCount)
        return u"the number of customers must be between 0 and %1"_s.arg(kMaxCount);
    if (messages < 0 || messages > kMaxCount)
        return u"the number of messages must be between 0 and %1"_s.arg(kMaxCount);
    if (messages > 0 && customers == 0)
        return u"messages need at least one customer to belong to"_s;
    if (!reference.isValid())
        return u"the reference time is not a valid instant"_s;
    return {};
}

} // namespace switchboard::demodata
