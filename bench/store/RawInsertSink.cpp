#include "bench/store/RawInsertSink.h"

#include "protocol/JsonReader.h"
#include "store/SearchDocument.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace switchboard::bench {

using namespace protocol;

namespace {

qint64 ms(const QDateTime& time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QString jsonText(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

RawInsertSink::RawInsertSink(store::Database& db, FullText fullText)
    : db_(db)
    , fullText_(fullText)
{
    if (fullText_ == FullText::Included) {
        auto created = db_.exec(
            "CREATE VIRTUAL TABLE raw_customer_fts USING fts5(terms,"
            " tokenize='unicode61 remove_diacritics 2');"
            "CREATE VIRTUAL TABLE raw_message_fts USING fts5(terms,"
            " tokenize='unicode61 remove_diacritics 2');");
        if (!created)
            error_ = created.error().message;
    }
}

void RawInsertSink::insertTerms(const char* sql, const QByteArray& terms)
{
    if (!error_.isEmpty())
        return;
    QElapsedTimer clock;
    clock.start();
    auto statement = db_.cached(sql);
    if (!statement) {
        error_ = statement.error().message;
        return;
    }
    (*statement)->bindUtf8(1, terms);
    if (auto done = (*statement)->run(); !done)
        error_ = done.error().message;
    nanoseconds_ += clock.nsecsElapsed();
}

template <typename... Values> void RawInsertSink::insert(const char* sql, const Values&... values)
{
    if (!error_.isEmpty())
        return;
    QElapsedTimer clock;
    clock.start();
    auto statement = db_.cached(sql);
    if (!statement) {
        error_ = statement.error().message;
        return;
    }
    (*statement)->bindAll(values...);
    if (auto done = (*statement)->run(); !done)
        error_ = done.error().message;
    nanoseconds_ += clock.nsecsElapsed();
}

void RawInsertSink::addCustomer(const Customer& c)
{
    QJsonArray handles;
    for (const SocialHandle& h : c.socialHandles)
        handles.append(h.toJson());
    const QString tags = jsonText(QJsonArray::fromStringList(c.tags));
    const QString preferences = jsonText(stringMapToJson(c.preferences));
    insert("INSERT INTO customers(id, first_name, last_name, company, language, segment,"
           " lifetime_value_minor, currency, social_handles, preferences, notes, tags,"
           " last_contact_at, created_at, updated_at, revision)"
           " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
           c.id, c.firstName, c.lastName, c.company, c.language, wireName(c.segment),
           c.lifetimeValueMinor, c.currency, jsonText(handles), preferences, c.notes, tags,
           ms(c.lastContactAt), ms(c.createdAt), ms(c.updatedAt), c.revision);
    for (qsizetype i = 0; i < c.phones.size(); ++i)
        insert("INSERT INTO customer_phones(customer_id, position, number, e164, label)"
               " VALUES(?1, ?2, ?3, ?4, ?5)",
               c.id, qint64(i), c.phones[i].number, c.phones[i].e164, c.phones[i].label);
    for (qsizetype i = 0; i < c.emails.size(); ++i)
        insert("INSERT INTO customer_emails(customer_id, position, email) VALUES(?1, ?2, ?3)",
               c.id, qint64(i), c.emails[i]);
    if (fullText_ == FullText::Included)
        insertTerms("INSERT INTO raw_customer_fts(terms) VALUES(?1)",
                    store::SearchDocument::forCustomer(c).terms);
    ++rows_;
}

void RawInsertSink::addOrder(const Order& o)
{
    QJsonArray items;
    for (const OrderItem& item : o.items)
        items.append(item.toJson());
    insert("INSERT INTO orders(id, customer_id, placed_at, amount_minor, currency, status, items)"
           " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)",
           o.id, o.customerId, ms(o.placedAt), o.amountMinor, o.currency, wireName(o.status),
           jsonText(items));
    ++rows_;
}

void RawInsertSink::addConversation(const Conversation& c)
{
    subject_ = c.subject;
    insert("INSERT INTO conversations(id, customer_id, channel, subject, status, priority,"
           " queue_id, assignee_id, created_at, updated_at, first_response_at, resolved_at,"
           " sla_due_at, snoozed_until, revision)"
           " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
           c.id, c.customerId, wireName(c.channel), c.subject, wireName(c.status),
           wireName(c.priority), c.queueId, c.assigneeId, ms(c.createdAt), ms(c.updatedAt),
           ms(c.firstResponseAt), ms(c.resolvedAt), ms(c.slaDueAt), ms(c.snoozedUntil),
           c.revision);
    for (qsizetype i = 0; i < c.tags.size(); ++i)
        insert("INSERT INTO conversation_tags(conversation_id, tag, position) VALUES(?1, ?2, ?3)",
               c.id, c.tags[i], qint64(i));
    ++rows_;
}

void RawInsertSink::addMessage(const Message& m)
{
    const CallDetails call = m.call.value_or(CallDetails{});
    insert("INSERT INTO messages(id, conversation_id, customer_id, direction, author_id,"
           " author_name, channel, body, sent_at, call_duration_seconds, call_disposition,"
           " call_recording_ref) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
           m.id, m.conversationId, m.customerId, wireName(m.direction), m.authorId, m.authorName,
           wireName(m.channel), m.body, ms(m.sentAt), call.durationSeconds, call.disposition,
           call.recordingRef);
    if (fullText_ == FullText::Included)
        insertTerms("INSERT INTO raw_message_fts(terms) VALUES(?1)",
                    store::SearchDocument::forMessage(m, subject_).terms);
    ++rows_;
}

void RawInsertSink::addFeedback(const Feedback& f)
{
    insert("INSERT INTO feedback(id, customer_id, conversation_id, csat, nps, ces, comment,"
           " created_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
           f.id, f.customerId, f.conversationId, f.csat.value_or(0), f.nps.value_or(0),
           f.ces.value_or(0), f.comment, ms(f.createdAt));
    ++rows_;
}

} // namespace switchboard::bench
