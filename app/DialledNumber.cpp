#include "app/DialledNumber.h"

namespace switchboard::app {

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView kTurkey { "+90" };
constexpr qsizetype kTurkishDigits = 10; // area code or mobile prefix (3) + subscriber (7)

// "5321234567" as Turkish national styles write it.
QString turkish(const QString& digits, int style)
{
    const QStringView prefix = QStringView(digits).first(3);
    const QStringView subscriber = QStringView(digits).sliced(3);
    const QString grouped
        = subscriber.first(3) + u' ' + subscriber.sliced(3, 2) + u' ' + subscriber.sliced(5, 2);
    switch (style) {
    case 0:
        return u'0' + prefix + u' ' + grouped;
    case 1:
        return u"(0"_s + prefix + u") "_s + subscriber.first(3) + u'-' + subscriber.sliced(3);
    case 2:
        return u'0' + prefix + u'/' + subscriber;
    case 3:
        return u"0090"_s + digits;
    case 4:
        return u"+90 "_s + prefix + u' ' + grouped;
    default:
        return u'0' + digits;
    }
}

// Another country's number, always with its country code: a Turkish switch dials abroad
// with 00. The country code is read as two digits, true of the demo's Greek and British
// customers; the ungrouped styles are right for any length of code.
QString abroad(const QString& e164, int style)
{
    const QStringView digits = QStringView(e164).sliced(1);
    const QStringView national = digits.sliced(2);
    QString grouped = national.first(std::min<qsizetype>(3, national.size())).toString();
    if (national.size() > 3)
        grouped += u' ' + national.sliced(3, std::min<qsizetype>(3, national.size() - 3));
    if (national.size() > 6)
        grouped += u' ' + national.sliced(6);
    switch (style % 4) {
    case 0:
        return u"00"_s + digits;
    case 1:
        return u'+' + digits.first(2) + u' ' + grouped;
    case 2:
        return u"00"_s + digits.first(2) + u' ' + grouped;
    default:
        return e164;
    }
}

bool isE164(const QString& text)
{
    if (text.size() < 8 || !text.startsWith(u'+'))
        return false;
    for (QChar c : QStringView(text).sliced(1)) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

} // namespace

QString DialledNumber::write(const QString& e164, int variant)
{
    if (!isE164(e164))
        return e164;
    const int style = ((variant % kStyles) + kStyles) % kStyles;
    if (e164.startsWith(kTurkey) && e164.size() == kTurkey.size() + kTurkishDigits)
        return turkish(e164.sliced(kTurkey.size()), style);
    return abroad(e164, style);
}

} // namespace switchboard::app
