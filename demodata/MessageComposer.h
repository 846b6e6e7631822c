// Writes the bodies of demo messages the way each channel looks: emails with a greeting and
// a sign-off, chat and SMS short, social replies addressed to the customer's handle, and
// the agent's English wrap-up for phone calls. Turkish addresses people as "Ayşe Hanım" or
// "Mehmet Bey", Greek uses the vocative ("Γεια σας, Δημήτρη").
#pragma once

#include "demodata/DemoLanguage.h"
#include "demodata/Random.h"
#include "demodata/TopicCatalogue.h"
#include "protocol/Enums.h"

#include <QString>

namespace switchboard::demodata {

// Who a message is written to or by, as far as its wording is concerned.
struct Correspondent {
    DemoLanguage language = DemoLanguage::English;
    Gender gender = Gender::Female;
    QString firstName;
    QString vocative;
    QString fullName;
    QString socialHandle; // "@ayse.yilmaz", or empty
};

// Where a message stands in its conversation: the first of its direction, one in the
// middle, or the one that closes the matter.
enum class Step { First, Middle, Last };

class MessageComposer {
public:
    // What the customer writes.
    QString inbound(const Topic& topic, Step step, protocol::Channel channel,
                    const Correspondent& customer, QStringView order, QStringView product,
                    Random& random) const;
    // What the agent answers, signed with their first name where the channel has signatures.
    QString outbound(const Topic& topic, Step step, protocol::Channel channel,
                     const Correspondent& customer, const QString& agentFirstName,
                     Random& random) const;
    QString internalNote(const Topic& topic, Random& random) const;
    QString callSummary(const Topic& topic, QStringView disposition) const;

    // Replaces {order} and {product}; any other text is copied unchanged.
    static QString fill(QStringView text, QStringView order, QStringView product);

private:
    static QString salutation(const Correspondent& customer);
};

} // namespace switchboard::demodata
