#include "demodata/MessageComposer.h"

#include <array>

namespace switchboard::demodata {

using namespace Qt::StringLiterals;
using protocol::Channel;

namespace {

// Generic lines that fit any topic, by languageIndex().
const std::array<QList<QString>, 3> kCustomerFollowUps{{
    {u"Herhangi bir gelişme var mı? Hâlâ yanıt bekliyorum."_s,
     u"Gönderdiğiniz adımları denedim ama sorun devam ediyor."_s,
     u"Ek bilgi olarak sipariş onay e-postasının ekran görüntüsünü gönderiyorum."_s,
     u"Bugün içinde dönüş yapabilir misiniz? Biraz acil."_s},
    {u"Υπάρχει κάποια εξέλιξη; Περιμένω ακόμα απάντηση."_s,
     u"Δοκίμασα τα βήματα που μου στείλατε, αλλά το πρόβλημα παραμένει."_s,
     u"Σας στέλνω και ένα στιγμιότυπο οθόνης από το email επιβεβαίωσης της παραγγελίας."_s,
     u"Μπορείτε να μου απαντήσετε σήμερα; Είναι λίγο επείγον."_s},
    {u"Any update on this? I'm still waiting to hear back."_s,
     u"I tried the steps you sent but the problem is still there."_s,
     u"Here's a screenshot of the order confirmation email, in case it helps."_s,
     u"Could you get back to me today? It's a bit urgent."_s},
}};

const std::array<QList<QString>, 3> kCustomerThanks{{
    {u"Çok teşekkürler, sorun çözüldü!"_s, u"Hızlı yardımınız için teşekkür ederim."_s,
     u"Tamamdır, her şey yolunda. İyi çalışmalar."_s},
    {u"Ευχαριστώ πολύ, το πρόβλημα λύθηκε!"_s, u"Σας ευχαριστώ για τη γρήγορη βοήθεια."_s,
     u"Εντάξει, όλα καλά. Καλή συνέχεια."_s},
    {u"Thanks so much, that's sorted it!"_s, u"Thank you for the quick help."_s,
     u"All good now, cheers."_s},
}};

const std::array<QList<QString>, 3> kAgentFollowUps{{
    {u"Konuyu ilgili ekiple paylaştım, en geç yarın size dönüş yapacağım."_s,
     u"Sorunu daha iyi anlayabilmem için cihazın seri numarasını paylaşabilir misiniz?"_s,
     u"Beklettiğimiz için özür dileriz; talebiniz öncelikli olarak işleme alındı."_s},
    {u"Μετέφερα το θέμα στην αρμόδια ομάδα και θα σας απαντήσω το αργότερο αύριο."_s,
     u"Για να καταλάβω καλύτερα το πρόβλημα, μπορείτε να μου στείλετε τον σειριακό αριθμό "
     u"της συσκευής;"_s,
     u"Ζητούμε συγγνώμη για την αναμονή· το αίτημά σας προωθήθηκε κατά προτεραιότητα."_s},
    {u"I've passed this to the right team and will get back to you by tomorrow at the latest."_s,
     u"To look into it further, could you send me the device's serial number?"_s,
     u"Sorry for the wait; your request has been prioritised."_s},
}};

const std::array<QList<QString>, 3> kAgentClosings{{
    {u"Yardımcı olabildiysek ne mutlu. Başka bir konuda desteğe ihtiyacınız olursa buradayız."_s,
     u"Talebinizi çözüldü olarak kapatıyorum. İyi günler dileriz."_s},
    {u"Χαίρομαι που μπορέσαμε να βοηθήσουμε. Αν χρειαστείτε κάτι άλλο, είμαστε εδώ."_s,
     u"Κλείνω το αίτημά σας ως επιλυμένο. Σας ευχόμαστε καλή συνέχεια."_s},
    {u"Glad we could help. If there's anything else, we're here."_s,
     u"I'll close this as resolved now. Have a great day."_s},
}};

// What the customer opens and closes an email with, and what the agent signs with.
const std::array<QString, 3> kCustomerGreeting{u"Merhaba,"_s, u"Καλησπέρα σας,"_s, u"Hello,"_s};
const std::array<QString, 3> kCustomerSignOff{u"İyi çalışmalar,"_s, u"Ευχαριστώ,"_s, u"Thanks,"_s};
const std::array<QString, 3> kAgentSignOff{u"Saygılarımızla,"_s, u"Με εκτίμηση,"_s,
                                           u"Kind regards,"_s};

const QList<QString> kGenericNotes{
    u"Checked the order history: no earlier issues."_s,
    u"Customer prefers short, concrete answers."_s,
    u"Waiting on the warehouse to confirm stock."_s,
    u"Second contact about the same issue this week."_s,
    u"Offered a goodwill voucher if this drags on."_s,
};

const QString& line(const QList<QString>& lines, Random& random) {
    return lines[random.below(lines.size())];
}

std::size_t at(DemoLanguage language) {
    return static_cast<std::size_t>(languageIndex(language));
}

} // namespace

QString MessageComposer::fill(QStringView text, QStringView order, QStringView product) {
    QString out;
    out.reserve(text.size() + product.size() + order.size());
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype brace = text.indexOf(u'{', from);
        if (brace < 0)
            break;
        out += text.mid(from, brace - from);
        const QStringView rest = text.mid(brace);
        if (rest.startsWith(u"{order}")) {
            out += order;
            from = brace + 7;
        } else if (rest.startsWith(u"{product}")) {
            out += product;
            from = brace + 9;
        } else {
            out += u'{';
            from = brace + 1;
        }
    }
    out += text.mid(from);
    return out;
}

QString MessageComposer::salutation(const Correspondent& customer) {
    switch (customer.language) {
    case DemoLanguage::Turkish:
        return u"Merhaba "_s + customer.firstName +
               (customer.gender == Gender::Female ? u" Hanım"_s : u" Bey"_s);
    case DemoLanguage::Greek:
        return u"Γεια σας, "_s + customer.vocative;
    case DemoLanguage::English:
        return u"Hi "_s + customer.firstName;
    }
    return {};
}

QString MessageComposer::inbound(const Topic& topic, Step step, Channel channel,
                                 const Correspondent& customer, QStringView order,
                                 QStringView product, Random& random) const {
    const std::size_t l = at(customer.language);
    QString text;
    switch (step) {
    case Step::First:
        text = fill(topic.openingIn(customer.language), order, product);
        break;
    case Step::Middle:
        text = line(kCustomerFollowUps[l], random);
        break;
    case Step::Last:
        text = line(kCustomerThanks[l], random);
        break;
    }
    if (channel != Channel::Email)
        return text;
    return kCustomerGreeting[l] + u"\n\n"_s + text + u"\n\n"_s + kCustomerSignOff[l] + u'\n' +
           customer.fullName;
}

QString MessageComposer::outbound(const Topic& topic, Step step, Channel channel,
                                  const Correspondent& customer, const QString& agentFirstName,
                                  Random& random) const {
    const std::size_t l = at(customer.language);
    QString text;
    switch (step) {
    case Step::First:
        text = topic.replyIn(customer.language);
        break;
    case Step::Middle:
        text = line(kAgentFollowUps[l], random);
        break;
    case Step::Last:
        text = line(kAgentClosings[l], random);
        break;
    }
    switch (channel) {
    case Channel::Email:
        return salutation(customer) + u",\n\n"_s + text + u"\n\n"_s + kAgentSignOff[l] + u'\n' +
               agentFirstName;
    case Channel::Chat:
    case Channel::Video:
        return step == Step::First ? QString(salutation(customer) + u",\n"_s + text) : text;
    case Channel::Social:
        return customer.socialHandle.isEmpty() ? text
                                               : QString(customer.socialHandle + u' ' + text);
    case Channel::Sms:
    case Channel::Phone:
        return text;
    }
    return text;
}

QString MessageComposer::internalNote(const Topic& topic, Random& random) const {
    return random.percent(60) ? topic.note : line(kGenericNotes, random);
}

QString MessageComposer::callSummary(const Topic& topic, QStringView disposition) const {
    if (disposition == u"missed")
        return u"Missed call; no voicemail left."_s;
    if (disposition == u"wrong_number")
        return u"Wrong number: the caller was trying to reach another company."_s;
    if (disposition == u"callback")
        return topic.callSummary + u" Callback agreed."_s;
    if (disposition == u"escalated")
        return topic.callSummary + u" Escalated to the team lead."_s;
    return topic.callSummary;
}

} // namespace switchboard::demodata
