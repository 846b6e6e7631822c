#include "demodata/EntityIds.h"

namespace switchboard::demodata {

QString EntityIds::make(QStringView prefix, qint64 number, int width) {
    Q_ASSERT(number >= 0);
    char16_t digits[20];
    int count = 0;
    do {
        digits[count++] = static_cast<char16_t>(u'0' + number % 10);
        number /= 10;
    } while (number > 0);
    while (count < width)
        digits[count++] = u'0';

    QString id(prefix.size() + count, Qt::Uninitialized);
    QChar* out = id.data();
    for (QChar c : prefix)
        *out++ = c;
    while (count > 0)
        *out++ = QChar(digits[--count]);
    return id;
}

} // namespace switchboard::demodata
