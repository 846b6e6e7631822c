#include "models/CallLog.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace switchboard::models {

namespace CallEvent = protocol::CallEvent;
namespace CallDisposition = protocol::CallDisposition;

namespace {

bool isMissed(const QString& disposition)
{
    return disposition == CallDisposition::Missed || disposition == CallDisposition::Abandoned;
}

} // namespace

CallLog::CallLog(QObject* parent)
    : QAbstractListModel(parent)
{
}

int CallLog::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

QVariant CallLog::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = rows_.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case CallerRole:
        return row.caller;
    case CallIdRole:
        return row.callId;
    case DirectionRole:
        return row.direction;
    case DispositionRole:
        return row.disposition;
    case DurationRole:
        return row.durationSeconds;
    case AtRole:
        return row.at;
    default:
        return {};
    }
}

QHash<int, QByteArray> CallLog::roleNames() const
{
    return { { CallIdRole, "callId" }, { CallerRole, "caller" }, { DirectionRole, "direction" },
        { DispositionRole, "disposition" }, { DurationRole, "duration" }, { AtRole, "at" } };
}

int CallLog::missedCount() const
{
    return missedCount_;
}

protocol::CallFrame CallLog::offeredFrame(const QString& callId) const
{
    const qsizetype at = rowOf(callId);
    return at < 0 ? protocol::CallFrame() : rows_.at(at).offered;
}

protocol::CallFrame CallLog::endedFrame(const QString& callId) const
{
    const qsizetype at = rowOf(callId);
    return at < 0 ? protocol::CallFrame() : rows_.at(at).ended;
}

void CallLog::handle(const protocol::CallFrame& frame)
{
    if (frame.callId.isEmpty())
        return;
    const qsizetype at = rowOf(frame.callId);
    if (frame.event == CallEvent::Offered) {
        if (at >= 0)
            return; // a replay
        Row row;
        row.callId = frame.callId;
        row.caller = callerOf(frame);
        row.direction = frame.direction;
        row.at = frame.at.isValid() ? frame.at : QDateTime::currentDateTimeUtc();
        row.offered = frame;
        beginInsertRows({}, 0, 0);
        rows_.prepend(std::move(row));
        endInsertRows();
        return;
    }
    // An answer or hangup of a call never offered here (before this session, or to
    // someone else) has no row to update.
    if (at < 0 || frame.event != CallEvent::Ended)
        return; // an answer changes nothing the list shows until the hangup
    Row& row = rows_[at];
    row.ended = frame;
    if (row.disposition == frame.disposition && row.durationSeconds == frame.durationSeconds)
        return;
    row.disposition = frame.disposition;
    row.durationSeconds = frame.durationSeconds;
    const QModelIndex changed = index(int(at));
    Q_EMIT dataChanged(changed, changed, { DispositionRole, DurationRole });
    countMissed();
}

QString CallLog::callerOf(const protocol::CallFrame& frame)
{
    QStringList names;
    for (const auto& match : frame.matches)
        names.append(match.name);
    if (!names.isEmpty())
        return names.join(u", "_s); // several customers share the number
    const QString number = frame.direction == "out"_L1 ? frame.to : frame.from;
    if (frame.withheld || number.isEmpty())
        return tr("Withheld");
    return number;
}

qsizetype CallLog::rowOf(const QString& callId) const
{
    const auto it = std::find_if(
        rows_.begin(), rows_.end(), [&](const Row& row) { return row.callId == callId; });
    return it == rows_.end() ? -1 : it - rows_.begin();
}

void CallLog::countMissed()
{
    const int count = int(std::count_if(
        rows_.begin(), rows_.end(), [](const Row& row) { return isMissed(row.disposition); }));
    if (count == missedCount_)
        return;
    missedCount_ = count;
    Q_EMIT missedCountChanged(count);
}

} // namespace switchboard::models
