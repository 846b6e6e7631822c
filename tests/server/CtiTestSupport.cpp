#include "CtiTestSupport.h"

#include "protocol/Customer.h"
#include "protocol/Event.h"

#include <QJsonDocument>

namespace switchboard::server::test {

using namespace Qt::StringLiterals;

namespace {

protocol::Customer caller(const QString& id, const QString& first, const QString& number,
    const QString& e164, const QStringList& tags = {})
{
    protocol::Customer c;
    c.id = id;
    c.firstName = first;
    c.lastName = u"Caller"_s;
    c.phones.append(protocol::PhoneNumber { number, e164, u"mobile"_s });
    c.segment = protocol::Segment::Loyal;
    c.lifetimeValueMinor = 123456;
    c.currency = u"TRY"_s;
    c.tags = tags;
    c.createdAt = QDateTime::currentDateTimeUtc().addDays(-10);
    c.updatedAt = c.createdAt;
    c.revision = 1;
    return c;
}

} // namespace

bool writeCallers(ServerStorage& storage)
{
    WriteBatch batch;
    batch.space = QString(protocol::kLiveSpace);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const protocol::Customer& c : {
             caller(kCallerTr, u"Ayşe"_s, u"0532 123 45 67"_s, u"+905321234567"_s, { u"vip"_s }),
             caller(kCallerGr1, u"Eleni"_s, u"210 123 4567"_s, u"+302101234567"_s),
             caller(kCallerGr2, u"Nikos"_s, u"+30 210 1234567"_s, u"+302101234567"_s),
             caller(kCallerGb, u"Oliver"_s, u"020 7946 0958"_s, u"+442079460958"_s),
             caller(kCallerUs, u"Emma"_s, u"(212) 555-0123"_s, u"+12125550123"_s),
             // No e164: indexed by its international form alone.
             caller(kCallerDe, u"Jonas"_s, u"+49 30 12345678"_s, {}),
         })
        batch.events.append(
            PendingEvent { QString(protocol::EventType::CustomerUpserted), c.id, c.toJson(), now });
    return storage.commit(batch).has_value();
}

HttpReply postCti(
    quint16 port, const QByteArray& token, const QByteArray& body, const QByteArray& contentType)
{
    return httpRaw(port,
        "POST /api/v1/cti/" + token + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
}

QByteArray ctiJson(const QJsonObject& fields)
{
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

} // namespace switchboard::server::test
