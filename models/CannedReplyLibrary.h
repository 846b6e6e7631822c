// The canned replies the composer offers, found by the start of their shortcut or title,
// and the filling of their placeholders for one customer. Holds the built-in set, in the
// user's language; replies the team defines can be added with add().
#pragma once

#include "models/CannedReply.h"
#include "protocol/Customer.h"
#include "protocol/Order.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace switchboard::models {

class CannedReplyLibrary {
    Q_DECLARE_TR_FUNCTIONS(CannedReplyLibrary)
public:
    // With the built-in replies.
    CannedReplyLibrary();

    void add(CannedReply reply);
    const QList<CannedReply>& replies() const { return replies_; }
    // The replies whose shortcut or title starts with `prefix` (case and accents aside
    // only for case), in library order; all of them for an empty prefix.
    QList<CannedReply> matching(QStringView prefix) const;

    // Fills {{first_name}} and {{last_order}} (the latest order's id); a placeholder with
    // nothing to fill it is left out rather than sent to the customer as braces.
    static QString expand(const QString& text, const protocol::Customer& customer,
        const std::optional<protocol::Order>& lastOrder);

private:
    QList<CannedReply> replies_;
};

} // namespace switchboard::models
