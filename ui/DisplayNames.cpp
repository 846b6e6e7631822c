#include "ui/DisplayNames.h"

#include <QLocale>

namespace switchboard::ui {

using namespace protocol;

namespace {
constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
} // namespace

QString DisplayNames::channel(Channel channel)
{
    switch (channel) {
    case Channel::Phone:
        return tr("Phone");
    case Channel::Email:
        return tr("Email");
    case Channel::Chat:
        return tr("Chat");
    case Channel::Sms:
        return tr("SMS");
    case Channel::Social:
        return tr("Social");
    case Channel::Video:
        return tr("Video");
    }
    return {};
}

QString DisplayNames::status(ConversationStatus status)
{
    switch (status) {
    case ConversationStatus::Open:
        return tr("Open");
    case ConversationStatus::Pending:
        return tr("Pending");
    case ConversationStatus::Snoozed:
        return tr("Snoozed");
    case ConversationStatus::Resolved:
        return tr("Resolved");
    }
    return {};
}

QString DisplayNames::priority(Priority priority)
{
    switch (priority) {
    case Priority::Low:
        return tr("Low");
    case Priority::Normal:
        return tr("Normal");
    case Priority::High:
        return tr("High");
    case Priority::Urgent:
        return tr("Urgent");
    }
    return {};
}

QString DisplayNames::presence(Presence presence)
{
    switch (presence) {
    case Presence::Available:
        return tr("Available");
    case Presence::Busy:
        return tr("Busy");
    case Presence::Away:
        return tr("Away");
    case Presence::Offline:
        return tr("Offline");
    }
    return {};
}

QString DisplayNames::segment(Segment segment)
{
    switch (segment) {
    case Segment::New:
        return tr("New");
    case Segment::Occasional:
        return tr("Occasional");
    case Segment::Loyal:
        return tr("Loyal");
    case Segment::AtRisk:
        return tr("At risk");
    }
    return {};
}

QString DisplayNames::disposition(const QString& wireName)
{
    // The PBX's outcome of a live call (answered, missed, abandoned), then the outcomes
    // calls imported with their history carry.
    if (wireName == u"answered")
        return tr("Answered");
    if (wireName == u"abandoned")
        return tr("Abandoned");
    if (wireName == u"resolved")
        return tr("Resolved");
    if (wireName == u"callback" || wireName == u"callback_needed")
        return tr("Callback needed");
    if (wireName == u"information_given")
        return tr("Information given");
    if (wireName == u"escalated")
        return tr("Escalated");
    if (wireName == u"wrong_number")
        return tr("Wrong number");
    if (wireName == u"missed")
        return tr("Missed");
    if (wireName == u"voicemail")
        return tr("Voicemail");
    return wireName;
}

bool DisplayNames::isUnansweredCall(const QString& wireName)
{
    return wireName == u"missed" || wireName == u"abandoned";
}

QString DisplayNames::wrapUpCode(WrapUpCode code)
{
    switch (code) {
    case WrapUpCode::Resolved:
        return tr("Resolved");
    case WrapUpCode::CallbackNeeded:
        return tr("Callback needed");
    case WrapUpCode::Escalated:
        return tr("Escalated");
    case WrapUpCode::InformationGiven:
        return tr("Information given");
    case WrapUpCode::WrongNumber:
        return tr("Wrong number");
    }
    return {};
}

QString DisplayNames::money(qint64 minor, const QString& currency)
{
    QString symbol = currency;
    if (currency == u"TRY")
        symbol = QStringLiteral("₺");
    else if (currency == u"EUR")
        symbol = QStringLiteral("€");
    else if (currency == u"GBP")
        symbol = QStringLiteral("£");
    return QLocale().toCurrencyString(double(minor) / 100.0, symbol);
}

QString DisplayNames::duration(qint64 seconds)
{
    const qint64 h = seconds / kHour;
    const qint64 m = (seconds % kHour) / kMinute;
    const qint64 s = seconds % kMinute;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString DisplayNames::age(const QDateTime& since, const QDateTime& now)
{
    if (!since.isValid())
        return {};
    const qint64 seconds = qMax<qint64>(0, since.secsTo(now));
    if (seconds < kMinute)
        return tr("now");
    if (seconds < kHour)
        return tr("%1 min").arg(seconds / kMinute);
    if (seconds < kDay)
        return tr("%1 h").arg(seconds / kHour);
    return tr("%1 d").arg(seconds / kDay);
}

QString DisplayNames::dueIn(const QDateTime& due, const QDateTime& now)
{
    if (!due.isValid())
        return {};
    const qint64 seconds = now.secsTo(due);
    const qint64 span = qAbs(seconds);
    const QString amount = span < kHour ? tr("%1 min").arg(qMax<qint64>(1, span / kMinute))
        : span < kDay                   ? tr("%1 h").arg(span / kHour)
                                        : tr("%1 d").arg(span / kDay);
    return seconds >= 0 ? tr("in %1").arg(amount) : tr("overdue %1").arg(amount);
}

} // namespace switchboard::ui
