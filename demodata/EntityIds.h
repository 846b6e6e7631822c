// The ids of generated entities: a short prefix and a zero-padded running number
// ("cus-000042", "msg-00001234"), so ids sort in creation order and stay far below
// protocol::kMaxIdChars. Numbers start at 1; wider numbers simply grow the id.
#pragma once

#include <QString>

namespace switchboard::demodata {

class EntityIds {
public:
    static QString customer(qint64 number) { return make(u"cus-", number, 6); }
    static QString order(qint64 number) { return make(u"ord-", number, 7); }
    static QString conversation(qint64 number) { return make(u"con-", number, 7); }
    static QString message(qint64 number) { return make(u"msg-", number, 8); }
    static QString feedback(qint64 number) { return make(u"fb-", number, 6); }
    static QString agent(qint64 number) { return make(u"agent-", number, 0); }

    // Written by hand because ids are made millions of times and QString::arg with
    // padding is several times slower than filling the characters directly.
    static QString make(QStringView prefix, qint64 number, int width);
};

} // namespace switchboard::demodata
