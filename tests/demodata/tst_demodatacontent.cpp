// The content of the demo data, checked the way a demo audience or a tester would look at
// it: real Turkish and Greek names, phone numbers whose E.164 matches what was typed, ASCII
// email addresses, every channel and named tag present, amounts and lifetime values that
// add up, times that agree with each other, calls with outcomes, feedback after resolution.
#include "RecordingSink.h"
#include "demodata/DemoDataset.h"
#include "demodata/OrderHistoryFactory.h"

#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace switchboard;
using namespace switchboard::demodata;
using namespace switchboard::demodata::test;
using namespace Qt::StringLiterals;
using protocol::Channel;
using protocol::ConversationStatus;
using protocol::MessageDirection;

namespace {

bool containsAny(const QString& text, QStringView letters) {
    for (QChar c : letters) {
        if (text.contains(c))
            return true;
    }
    return false;
}

bool hasGreekLetters(const QString& text) {
    for (QChar c : text) {
        if (c.unicode() >= 0x0370 && c.unicode() <= 0x03ff)
            return true;
    }
    return false;
}

QString digitsOf(QStringView text) {
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

// What E.164 a number typed in the customer's country means: "+..." is international
// (a UK "(0)" is not dialled), a leading 0 is the national trunk prefix, and Greek numbers
// are dialled without one.
QString expectedE164(QString typed, const QString& countryCode) {
    typed.remove(u"(0)"_s);
    if (typed.startsWith(u'+'))
        return u'+' + digitsOf(typed);
    const QString digits = digitsOf(typed);
    if (digits.startsWith(u'0'))
        return u'+' + countryCode + digits.mid(1);
    return u'+' + countryCode + digits;
}

QString countryCodeOf(const QString& language) {
    if (language == u"tr")
        return u"90"_s;
    if (language == u"el")
        return u"30"_s;
    return u"44"_s;
}

} // namespace

class DemoDataContentTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void namesUseTheirRealLetters();
    void everyLanguageSegmentAndCurrencyOccurs();
    void phonesHaveMatchingE164();
    void emailsAreAsciiAndUnique();
    void everyChannelOccurs();
    void everyNamedTagIsDefinedAndUsed();
    void orderAmountsAndLifetimeValuesAddUp();
    void timesAreConsistent();
    void callsCarryTheirOutcome();
    void feedbackFollowsResolvedConversations();

private:
    RecordingSink data_;
    QDateTime reference_;
};

void DemoDataContentTest::initTestCase() {
    DatasetSize size;
    size.customers = 2000;
    size.messages = 8000;
    size.seed = 7;
    reference_ = size.reference;
    DemoDataset(size).generate(data_);
}

void DemoDataContentTest::namesUseTheirRealLetters() {
    bool turkishLastName = false;
    bool turkishCapital = false;
    bool greekLastName = false;
    bool greekAccent = false;
    bool greekFirstName = false;
    bool english = false;
    for (const protocol::Customer& c : std::as_const(data_.customers)) {
        QVERIFY2(!c.firstName.isEmpty() && !c.lastName.isEmpty(), qPrintable(c.id));
        if (c.language == u"tr") {
            turkishLastName |= containsAny(c.lastName, u"ıİşŞçÇğöÖüÜ");
            turkishCapital |= containsAny(c.displayName(), u"İŞÇÖÜ");
        } else if (c.language == u"el") {
            QVERIFY2(hasGreekLetters(c.lastName), qPrintable(c.lastName));
            greekLastName = true;
            greekAccent |= containsAny(c.lastName, u"άέήίόύώ");
            greekFirstName |= hasGreekLetters(c.firstName);
        } else {
            QCOMPARE(c.language, u"en"_s);
            english = true;
        }
    }
    QVERIFY(turkishLastName);
    QVERIFY(turkishCapital);
    QVERIFY(greekLastName);
    QVERIFY(greekAccent);
    QVERIFY(greekFirstName);
    QVERIFY(english);
    // Specific names the demo script mentions.
    QSet<QString> lastNames;
    for (const protocol::Customer& c : std::as_const(data_.customers))
        lastNames.insert(c.lastName);
    for (const QString& name : {u"Öztürk"_s, u"Işık"_s, u"Çelik"_s, u"Yılmaz"_s, u"Şahin"_s,
                                u"Ιωάννου"_s, u"Γεωργίου"_s, u"Νικολάου"_s})
        QVERIFY2(lastNames.contains(name), qPrintable(name));
}

void DemoDataContentTest::everyLanguageSegmentAndCurrencyOccurs() {
    QSet<QString> languages;
    QSet<protocol::Segment> segments;
    int withCompany = 0;
    int withHandle = 0;
    for (const protocol::Customer& c : std::as_const(data_.customers)) {
        languages.insert(c.language);
        segments.insert(c.segment);
        const QString expected = c.language == u"tr"   ? u"TRY"_s
                                 : c.language == u"el" ? u"EUR"_s
                                                       : u"GBP"_s;
        QCOMPARE(c.currency, expected);
        QCOMPARE(c.revision, 1);
        QVERIFY(c.preferences.contains(u"contactChannel"_s));
        withCompany += c.company.isEmpty() ? 0 : 1;
        withHandle += c.socialHandles.isEmpty() ? 0 : 1;
    }
    QCOMPARE(languages, (QSet<QString>{u"tr"_s, u"el"_s, u"en"_s}));
    QCOMPARE(segments.size(), 4);
    QVERIFY(withCompany > 0 && withCompany < data_.customers.size() / 2);
    QVERIFY(withHandle > 0);
}

void DemoDataContentTest::phonesHaveMatchingE164() {
    static const QRegularExpression e164(u"^\\+[1-9][0-9]{6,14}$"_s);
    QSet<QString> numbers;
    qsizetype total = 0;
    for (const protocol::Customer& c : std::as_const(data_.customers)) {
        QVERIFY2(!c.phones.isEmpty(), qPrintable(c.id));
        for (const protocol::PhoneNumber& phone : c.phones) {
            QVERIFY2(e164.match(phone.e164).hasMatch(), qPrintable(phone.e164));
            QCOMPARE(expectedE164(phone.number, countryCodeOf(c.language)), phone.e164);
            QVERIFY(!phone.label.isEmpty());
            numbers.insert(phone.e164);
            ++total;
        }
    }
    // Call pop finds one customer per number.
    QCOMPARE(numbers.size(), total);
}

void DemoDataContentTest::emailsAreAsciiAndUnique() {
    static const QRegularExpression email(u"^[a-z0-9._-]+@[a-z0-9.-]+\\.[a-z]+$"_s);
    QSet<QString> personal;
    for (const protocol::Customer& c : std::as_const(data_.customers)) {
        for (const QString& address : c.emails) {
            QVERIFY2(email.match(address).hasMatch(), qPrintable(address));
            QVERIFY2(address.endsWith(u".example"_s) || address.contains(u"@example."_s),
                     qPrintable(address));
            if (address.contains(u"@example."_s)) {
                QVERIFY2(!personal.contains(address), qPrintable(address));
                personal.insert(address);
            }
        }
    }
    QVERIFY(personal.size() > data_.customers.size() / 2);
}

void DemoDataContentTest::everyChannelOccurs() {
    QSet<Channel> conversationChannels;
    QSet<Channel> messageChannels;
    QSet<MessageDirection> directions;
    for (const auto& c : std::as_const(data_.conversations))
        conversationChannels.insert(c.channel);
    for (const auto& m : std::as_const(data_.messages)) {
        messageChannels.insert(m.channel);
        directions.insert(m.direction);
    }
    QCOMPARE(conversationChannels.size(), 6);
    QCOMPARE(messageChannels.size(), 6);
    QCOMPARE(directions.size(), 3);
}

void DemoDataContentTest::everyNamedTagIsDefinedAndUsed() {
    static const QRegularExpression colour(u"^#[0-9a-f]{6}$"_s);
    QSet<QString> defined;
    for (const protocol::Tag& tag : std::as_const(data_.tags)) {
        QVERIFY2(colour.match(tag.colour).hasMatch(), qPrintable(tag.colour));
        QVERIFY(!tag.category.isEmpty());
        defined.insert(tag.name);
    }
    QSet<QString> used;
    for (const auto& c : std::as_const(data_.conversations)) {
        for (const QString& tag : c.tags) {
            QVERIFY2(defined.contains(tag), qPrintable(tag));
            used.insert(tag);
        }
    }
    for (const auto& c : std::as_const(data_.customers)) {
        for (const QString& tag : c.tags)
            QVERIFY2(defined.contains(tag), qPrintable(tag));
    }
    for (const QString& name :
         {u"Sales lead"_s, u"Feature request"_s, u"Incident"_s, u"Technical problem"_s, u"UGC"_s})
        QVERIFY2(used.contains(name), qPrintable(name));
}

void DemoDataContentTest::orderAmountsAndLifetimeValuesAddUp() {
    QHash<QString, qint64> lifetimeValue;
    QHash<QString, QString> currency;
    for (const protocol::Customer& c : std::as_const(data_.customers))
        currency.insert(c.id, c.currency);
    for (const protocol::Order& order : std::as_const(data_.orders)) {
        QVERIFY(!order.items.isEmpty());
        qint64 sum = 0;
        for (const protocol::OrderItem& item : order.items) {
            QVERIFY(item.quantity >= 1);
            QVERIFY(item.unitPriceMinor > 0);
            QVERIFY(!item.name.isEmpty() && !item.sku.isEmpty());
            sum += item.quantity * item.unitPriceMinor;
        }
        QCOMPARE(order.amountMinor, sum);
        QCOMPARE(order.currency, currency.value(order.customerId));
        QVERIFY(order.placedAt <= reference_);
        if (OrderHistoryFactory::countsTowardsLifetimeValue(order.status))
            lifetimeValue[order.customerId] += order.amountMinor;
    }
    for (const protocol::Customer& c : std::as_const(data_.customers))
        QCOMPARE(c.lifetimeValueMinor, lifetimeValue.value(c.id));
}

void DemoDataContentTest::timesAreConsistent() {
    QHash<QString, const protocol::Customer*> customers;
    for (const protocol::Customer& c : std::as_const(data_.customers)) {
        QVERIFY(c.createdAt.isValid() && c.createdAt < reference_);
        QVERIFY(c.updatedAt >= c.createdAt && c.updatedAt <= reference_);
        customers.insert(c.id, &c);
    }
    QHash<QString, const protocol::Conversation*> conversations;
    QHash<QString, QDateTime> lastMessage;
    QSet<ConversationStatus> statuses;
    for (const protocol::Conversation& c : std::as_const(data_.conversations)) {
        statuses.insert(c.status);
        QVERIFY(c.createdAt >= customers.value(c.customerId)->createdAt);
        QVERIFY(c.updatedAt >= c.createdAt && c.updatedAt <= reference_);
        QVERIFY(c.slaDueAt > c.createdAt);
        QCOMPARE(c.resolvedAt.isValid(), c.status == ConversationStatus::Resolved);
        QCOMPARE(c.snoozedUntil.isValid(), c.status == ConversationStatus::Snoozed);
        if (c.snoozedUntil.isValid())
            QVERIFY(c.snoozedUntil > reference_);
        if (c.firstResponseAt.isValid())
            QVERIFY(c.firstResponseAt >= c.createdAt && c.firstResponseAt <= c.updatedAt);
        conversations.insert(c.id, &c);
    }
    QCOMPARE(statuses.size(), 4);
    for (const protocol::Message& m : std::as_const(data_.messages)) {
        const protocol::Conversation* c = conversations.value(m.conversationId);
        QVERIFY2(m.sentAt >= c->createdAt && m.sentAt <= c->updatedAt, qPrintable(m.id));
        QDateTime& last = lastMessage[m.customerId];
        last = std::max(last, m.sentAt);
    }
    for (const protocol::Customer& c : std::as_const(data_.customers))
        QCOMPARE(c.lastContactAt, lastMessage.value(c.id));
}

void DemoDataContentTest::callsCarryTheirOutcome() {
    const QSet<QString> known{u"resolved"_s, u"callback"_s, u"escalated"_s, u"wrong_number"_s,
                              u"missed"_s};
    QSet<QString> seen;
    for (const protocol::Message& m : std::as_const(data_.messages)) {
        const bool isCall =
            m.channel == Channel::Phone && m.direction != MessageDirection::InternalNote;
        QCOMPARE(m.call.has_value(), isCall);
        if (!isCall)
            continue;
        QVERIFY2(known.contains(m.call->disposition), qPrintable(m.call->disposition));
        seen.insert(m.call->disposition);
        if (m.call->disposition == u"missed") {
            QCOMPARE(m.call->durationSeconds, 0);
            QVERIFY(m.call->recordingRef.isEmpty());
        } else {
            QVERIFY(m.call->durationSeconds > 0);
            QVERIFY(m.call->recordingRef.startsWith(u"rec/"_s));
        }
    }
    QCOMPARE(seen, known);
}

void DemoDataContentTest::feedbackFollowsResolvedConversations() {
    QVERIFY(!data_.feedback.isEmpty());
    QHash<QString, const protocol::Conversation*> conversations;
    for (const protocol::Conversation& c : std::as_const(data_.conversations))
        conversations.insert(c.id, &c);
    bool csat = false;
    bool nps = false;
    bool ces = false;
    bool comment = false;
    for (const protocol::Feedback& f : std::as_const(data_.feedback)) {
        const protocol::Conversation* c = conversations.value(f.conversationId);
        QCOMPARE(c->status, ConversationStatus::Resolved);
        QVERIFY(f.createdAt > c->resolvedAt && f.createdAt <= reference_);
        QVERIFY(f.csat || f.nps || f.ces);
        csat |= f.csat.has_value();
        nps |= f.nps.has_value();
        ces |= f.ces.has_value();
        comment |= !f.comment.isEmpty();
    }
    QVERIFY(csat && nps && ces && comment);
}

QTEST_GUILESS_MAIN(DemoDataContentTest)
#include "tst_demodatacontent.moc"
