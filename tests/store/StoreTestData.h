// Builders for the store tests: realistic entities and the events that carry them.
#pragma once

#include "protocol/Command.h"
#include "protocol/Conversation.h"
#include "protocol/Customer.h"
#include "protocol/Event.h"
#include "protocol/Message.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace switchboard::store::testdata {

using namespace Qt::StringLiterals;

inline const QString kSpace = u"live"_s;

inline QDateTime at(qint64 minutes)
{
    return QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC).addSecs(minutes * 60);
}

inline protocol::Customer customer(const QString& id, const QString& first, const QString& last,
                                   const QString& e164 = {})
{
    protocol::Customer c;
    c.id = id;
    c.firstName = first;
    c.lastName = last;
    if (!e164.isEmpty())
        c.phones.append({u"0"_s + e164.mid(3), e164, u"mobile"_s});
    c.emails.append(first.toLower() + u"@example.com"_s);
    c.language = u"tr"_s;
    c.createdAt = at(0);
    c.updatedAt = at(1);
    c.revision = 1;
    return c;
}

inline protocol::Conversation conversation(const QString& id, const QString& customerId,
                                           const QString& subject)
{
    protocol::Conversation c;
    c.id = id;
    c.customerId = customerId;
    c.channel = protocol::Channel::Chat;
    c.subject = subject;
    c.queueId = u"q-tech"_s;
    c.createdAt = at(0);
    c.updatedAt = at(2);
    c.revision = 1;
    return c;
}

inline protocol::Message message(const QString& id, const QString& conversationId,
                                 const QString& customerId, const QString& body, qint64 minute)
{
    protocol::Message m;
    m.id = id;
    m.conversationId = conversationId;
    m.customerId = customerId;
    m.direction = protocol::MessageDirection::Inbound;
    m.authorId = customerId;
    m.channel = protocol::Channel::Chat;
    m.body = body;
    m.sentAt = at(minute);
    return m;
}

inline protocol::Event makeEvent(qint64 seq, QLatin1StringView type, const QJsonObject& payload)
{
    protocol::Event e;
    e.seq = seq;
    e.space = kSpace;
    e.type = QString(type);
    e.entity = payload.value("id"_L1).toString();
    e.payload = payload;
    e.at = at(seq);
    return e;
}

inline protocol::Event customerEvent(qint64 seq, const protocol::Customer& c)
{
    return makeEvent(seq, protocol::EventType::CustomerUpserted, c.toJson());
}

inline protocol::Event conversationEvent(qint64 seq, const protocol::Conversation& c)
{
    return makeEvent(seq, protocol::EventType::ConversationUpserted, c.toJson());
}

inline protocol::Event messageEvent(qint64 seq, const protocol::Message& m)
{
    return makeEvent(seq, protocol::EventType::MessageAdded, m.toJson());
}

} // namespace switchboard::store::testdata
