// Writes customers as CSV for the server's import: a header line, then one row per customer
// with id, first_name, last_name, phone (the first number, as typed), email (the first),
// company, language, segment. RFC 4180: UTF-8, CRLF line ends, fields quoted when they hold
// a comma, quote or line break. Other entities are ignored.
#pragma once

#include "demodata/EntitySink.h"

#include <QByteArray>
#include <QIODevice>

namespace switchboard::demodata {

class CustomerCsvWriter : public EntitySink {
public:
    explicit CustomerCsvWriter(QIODevice& device);
    ~CustomerCsvWriter() override;
    CustomerCsvWriter(const CustomerCsvWriter&) = delete;
    CustomerCsvWriter& operator=(const CustomerCsvWriter&) = delete;

    static QByteArray header();
    static QByteArray row(const protocol::Customer& customer);

    void addCustomer(const protocol::Customer& customer) override;
    // Writes out what is buffered; false if this or any earlier write failed.
    bool flush();

    bool ok() const { return error_.isEmpty(); }
    QString errorString() const { return error_; }
    qint64 rowsWritten() const { return rows_; }

private:
    QIODevice& device_;
    QByteArray buffer_;
    QString error_;
    qint64 rows_ = 0;
};

} // namespace switchboard::demodata
