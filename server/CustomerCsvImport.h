// `import customers --file F.csv`: reads the CSV that demodata::CustomerCsvWriter writes
// (header id,first_name,last_name,phone,email,company,language,segment; RFC 4180, UTF-8),
// checks every row first, and only then writes all of them in one transaction as
// customer.upserted events of the live space; or nothing, with the line and column of the
// first problem. A customer already on the server keeps what the CSV does not carry and
// gets the next revision.
#pragma once

#include "server/AdminResult.h"
#include "server/ServerStorage.h"

namespace switchboard::server {

class CustomerCsvImport {
public:
    explicit CustomerCsvImport(ServerStorage& storage);

    AdminResult importFile(const QString& path);
    AdminResult importText(const QByteArray& csv);

private:
    struct Row {
        qsizetype line = 0;
        QStringList fields;
    };
    static std::expected<QList<Row>, AdminError> parse(const QByteArray& csv);

    ServerStorage& storage_;
};

} // namespace switchboard::server
