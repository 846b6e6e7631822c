#include "demodata/CustomerCsvWriter.h"

namespace switchboard::demodata {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kFlushBytes = 1 << 20;

void appendField(QByteArray& out, const QString& field) {
    const QByteArray utf8 = field.toUtf8();
    const bool quote =
        utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r');
    if (!quote) {
        out += utf8;
        return;
    }
    out += '"';
    for (char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

} // namespace

CustomerCsvWriter::CustomerCsvWriter(QIODevice& device)
    : device_(device)
    , buffer_(header()) {}

CustomerCsvWriter::~CustomerCsvWriter() {
    flush();
}

QByteArray CustomerCsvWriter::header() {
    return "id,first_name,last_name,phone,email,company,language,segment\r\n"_ba;
}

QByteArray CustomerCsvWriter::row(const protocol::Customer& customer) {
    QByteArray out;
    const QString phone = customer.phones.isEmpty() ? QString() : customer.phones.first().number;
    const QString email = customer.emails.isEmpty() ? QString() : customer.emails.first();
    const QString fields[] = {
        customer.id, customer.firstName, customer.lastName, phone,
        email,       customer.company,   customer.language, protocol::wireName(customer.segment)};
    bool first = true;
    for (const QString& field : fields) {
        if (!first)
            out += ',';
        first = false;
        appendField(out, field);
    }
    out += "\r\n";
    return out;
}

void CustomerCsvWriter::addCustomer(const protocol::Customer& customer) {
    buffer_ += row(customer);
    ++rows_;
    if (buffer_.size() >= kFlushBytes)
        flush();
}

bool CustomerCsvWriter::flush() {
    if (!buffer_.isEmpty() && ok()) {
        if (device_.write(buffer_) != buffer_.size())
            error_ = device_.errorString();
    }
    buffer_.clear();
    return ok();
}

} // namespace switchboard::demodata
