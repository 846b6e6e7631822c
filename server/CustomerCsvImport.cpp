#include "server/CustomerCsvImport.h"

#include "protocol/Customer.h"
#include "protocol/Event.h"
#include "protocol/WireTime.h"
#include "server/EntityKind.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>

namespace switchboard::server {

using namespace Qt::StringLiterals;

namespace {

const QStringList kColumns { u"id"_s, u"first_name"_s, u"last_name"_s, u"phone"_s, u"email"_s,
    u"company"_s, u"language"_s, u"segment"_s };
// The Customer JSON field each column fills, to name the column of a decode error.
const QStringList kFields { u"id"_s, u"firstName"_s, u"lastName"_s, u"phones"_s, u"emails"_s,
    u"company"_s, u"language"_s, u"segment"_s };

AdminError rowError(qsizetype line, const QString& column, const QString& message)
{
    return AdminError::refused(
        u"line %1, column %2: %3; nothing imported"_s.arg(QString::number(line), column, message));
}

// "+90 532 123 45 67" -> "+905321234567" when that is an E.164 number; else empty.
QString e164Of(const QString& typed)
{
    QString digits;
    for (QChar c : typed) {
        if (c.isDigit() || (c == u'+' && digits.isEmpty()))
            digits += c;
        else if (c != u' ' && c != u'-' && c != u'(' && c != u')' && c != u'.')
            return {};
    }
    const bool ok = digits.size() >= 8 && digits.size() <= 16 && digits.startsWith(u'+')
        && digits.at(1) != u'0';
    return ok ? digits : QString();
}

} // namespace

CustomerCsvImport::CustomerCsvImport(ServerStorage& storage)
    : storage_(storage)
{
}

std::expected<QList<CustomerCsvImport::Row>, AdminError> CustomerCsvImport::parse(
    const QByteArray& csv)
{
    QList<Row> rows;
    Row row { 1, {} };
    QByteArray field;
    qsizetype line = 1;
    bool quoted = false;
    bool wasQuoted = false;
    auto endField = [&] {
        row.fields.append(QString::fromUtf8(field));
        field.clear();
        wasQuoted = false;
    };
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const char c = csv.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < csv.size() && csv.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                if (c == '\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == '"') {
            if (!field.isEmpty() || wasQuoted)
                return std::unexpected(AdminError::refused(
                    u"line %1: a quote inside an unquoted field; nothing imported"_s.arg(line)));
            quoted = wasQuoted = true;
        } else if (c == ',') {
            endField();
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < csv.size() && csv.at(i + 1) == '\n')
                ++i;
            endField();
            rows.append(std::move(row));
            row = Row { ++line, {} };
        } else {
            field += c;
        }
    }
    if (quoted)
        return std::unexpected(AdminError::refused(
            u"line %1: a quoted field is not closed; nothing imported"_s.arg(row.line)));
    if (!field.isEmpty() || !row.fields.isEmpty()) {
        endField();
        rows.append(std::move(row));
    }
    return rows;
}

AdminResult CustomerCsvImport::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(
            AdminError::refused(u"cannot read %1: %2"_s.arg(path, file.errorString())));
    return importText(file.readAll());
}

AdminResult CustomerCsvImport::importText(const QByteArray& csv)
{
    auto rows = parse(csv);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty() || rows->first().fields != kColumns)
        return std::unexpected(AdminError::refused(
            u"line 1: the header must be %1; nothing imported"_s.arg(kColumns.join(u','))));
    const QString space(protocol::kLiveSpace);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    WriteBatch batch;
    batch.space = space;
    QSet<QString> seen;
    for (qsizetype r = 1; r < rows->size(); ++r) {
        const Row& row = rows->at(r);
        if (row.fields.size() == 1 && row.fields.first().isEmpty())
            continue; // a blank line
        if (row.fields.size() != kColumns.size())
            return std::unexpected(
                rowError(row.line, kColumns.at(std::min(row.fields.size(), kColumns.size() - 1)),
                    u"expected %1 fields, found %2"_s.arg(kColumns.size()).arg(row.fields.size())));
        const QStringList& f = row.fields;
        if (seen.contains(f.at(0)))
            return std::unexpected(
                rowError(row.line, u"id"_s, u"id %1 appears twice"_s.arg(f.at(0))));
        seen.insert(f.at(0));
        auto stored = storage_.entity(space, QString(EntityKind::Customer), f.at(0));
        if (!stored)
            return std::unexpected(AdminError::refused(stored.error().message));
        QJsonObject json
            = stored->value_or(QJsonObject { { "createdAt"_L1, protocol::toWireTime(now) } });
        json.insert("id"_L1, f.at(0));
        json.insert("firstName"_L1, f.at(1));
        json.insert("lastName"_L1, f.at(2));
        QJsonObject phone { { "number"_L1, f.at(3) } };
        if (const QString e164 = e164Of(f.at(3)); !e164.isEmpty())
            phone.insert("e164"_L1, e164);
        json.insert("phones"_L1, f.at(3).isEmpty() ? QJsonArray() : QJsonArray { phone });
        json.insert("emails"_L1, f.at(4).isEmpty() ? QJsonArray() : QJsonArray { f.at(4) });
        json.insert("company"_L1, f.at(5));
        json.insert("language"_L1, f.at(6));
        json.insert("segment"_L1, f.at(7).isEmpty() ? u"new"_s : f.at(7));
        json.insert("revision"_L1, json.value("revision"_L1).toInteger() + 1);
        json.insert("updatedAt"_L1, protocol::toWireTime(now));
        auto customer = protocol::Customer::fromJson(json);
        if (!customer) {
            const QString field = customer.error().field.section(u'.', 0, 0);
            const qsizetype column = kFields.indexOf(field);
            return std::unexpected(rowError(
                row.line, column >= 0 ? kColumns.at(column) : field, customer.error().message));
        }
        batch.events.append(PendingEvent { QString(protocol::EventType::CustomerUpserted),
            customer->id, customer->toJson(), now });
    }
    const qsizetype count = batch.events.size();
    if (auto committed = storage_.commit(batch); !committed)
        return std::unexpected(
            AdminError::refused(u"nothing imported: "_s + committed.error().message));
    return u"imported %1 customers\n"_s.arg(count);
}

} // namespace switchboard::server
