#include "models/CannedReplyLibrary.h"

using namespace Qt::StringLiterals;

namespace switchboard::models {

CannedReplyLibrary::CannedReplyLibrary()
{
    replies_ = {
        { u"greet"_s, tr("Greeting"),
            tr("Hello {{first_name}}, thank you for contacting us. How can I help you today?") },
        { u"order"_s, tr("Order status"),
            tr("Hello {{first_name}}, I have checked your order {{last_order}}: it is on its "
               "way and should reach you within two working days.") },
        { u"refund"_s, tr("Refund started"),
            tr("Hello {{first_name}}, the refund for your order {{last_order}} has been "
               "started today. It usually reaches your account within 5 working days.") },
        { u"callback"_s, tr("Callback arranged"),
            tr("Thank you {{first_name}}. We will call you back within one working day.") },
        { u"more"_s, tr("Need more details"),
            tr("Could you send me a photo of the product and your order number, "
               "{{first_name}}? Then I can look into it straight away.") },
        { u"close"_s, tr("Closing"),
            tr("I am glad we could solve this, {{first_name}}. Have a lovely day!") },
    };
}

void CannedReplyLibrary::add(CannedReply reply)
{
    replies_.append(std::move(reply));
}

QList<CannedReply> CannedReplyLibrary::matching(QStringView prefix) const
{
    QList<CannedReply> found;
    for (const CannedReply& reply : replies_) {
        if (reply.shortcut.startsWith(prefix, Qt::CaseInsensitive)
            || reply.title.startsWith(prefix, Qt::CaseInsensitive))
            found.append(reply);
    }
    return found;
}

QString CannedReplyLibrary::expand(const QString& text, const protocol::Customer& customer,
    const std::optional<protocol::Order>& lastOrder)
{
    QString result = text;
    result.replace(u"{{first_name}}"_s, customer.firstName);
    result.replace(u"{{last_order}}"_s, lastOrder ? lastOrder->id : QString());
    // Left-over spaces from an empty placeholder ("order  has") read as a typo.
    result.replace(u"  "_s, u" "_s);
    result.replace(u" ,"_s, u","_s);
    return result;
}

} // namespace switchboard::models
