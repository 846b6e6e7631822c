#include "models/TimelineModel.h"

#include "store/ConversationRepository.h"
#include "store/FeedbackRepository.h"
#include "store/Store.h"

#include <algorithm>

namespace switchboard::models {

using Kind = TimelineEntry::Kind;

namespace {

TimelineEntry messageEntry(protocol::Message message)
{
    TimelineEntry entry;
    entry.kind = Kind::Message;
    entry.message = std::move(message);
    return entry;
}

TimelineEntry feedbackEntry(protocol::Feedback feedback)
{
    TimelineEntry entry;
    entry.kind = Kind::Feedback;
    entry.feedback = std::move(feedback);
    return entry;
}

QVariant optionalScore(const std::optional<qint64>& score)
{
    return score ? QVariant(int(*score)) : QVariant();
}

} // namespace

TimelineModel::TimelineModel(store::Store& store, QObject* parent)
    : QAbstractListModel(parent)
    , store_(store)
{
}

void TimelineModel::setCustomer(const QString& customerId)
{
    announcing_ = true;
    beginResetModel();
    customerId_ = customerId;
    entries_.clear();
    oldest_.reset();
    moreMessages_ = !customerId.isEmpty();
    loadConversations();
    unshownFeedback_ = customerId.isEmpty() ? QList<protocol::Feedback>() : readFeedback();
    endResetModel();
    announcing_ = false;
    fetchMore({});
}

int TimelineModel::rowForDate(QDate date)
{
    if (!date.isValid())
        return -1;
    const QDateTime endOfDay = date.addDays(1).startOfDay();
    while (true) {
        for (int i = 0; i < entries_.size(); ++i) {
            if (entries_.at(i).at() < endOfDay)
                return i;
        }
        if (!canFetchMore({}))
            return int(entries_.size()) - 1;
        fetchMore({});
    }
}

int TimelineModel::rowOf(const QString& entryId) const
{
    for (int i = 0; i < entries_.size(); ++i) {
        if (entries_.at(i).id() == entryId)
            return i;
    }
    return -1;
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(entries_.size());
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry& e = entries_.at(index.row());
    const protocol::Message& m = e.message;
    const bool isMessage = e.kind == Kind::Message;
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return isMessage ? m.body : e.feedback.comment;
    case EntryKindRole:
        return int(e.kind);
    case EntryIdRole:
        return e.id();
    case ConversationIdRole:
        return e.conversationId();
    case ConversationSubjectRole:
        return conversations_.value(e.conversationId()).subject;
    case ConversationStatusRole: {
        const auto it = conversations_.constFind(e.conversationId());
        return it == conversations_.cend() ? -1 : int(it->status);
    }
    case StartsGroupRole:
        return index.row() == 0
            || entries_.at(index.row() - 1).conversationId() != e.conversationId();
    case ChannelRole: {
        if (isMessage)
            return int(m.channel);
        const auto it = conversations_.constFind(e.conversationId());
        return it == conversations_.cend() ? QVariant() : QVariant(int(it->channel));
    }
    case DirectionRole:
        return isMessage ? QVariant(int(m.direction)) : QVariant();
    case IsNoteRole:
        return isMessage && m.direction == protocol::MessageDirection::InternalNote;
    case IsCallRole:
        return isMessage && m.call.has_value();
    case AuthorRole:
        return isMessage ? m.authorName : QString();
    case AtRole:
        return e.at();
    case CallDurationRole:
        return isMessage && m.call ? QVariant(m.call->durationSeconds) : QVariant();
    case CallDispositionRole:
        return isMessage && m.call ? QVariant(m.call->disposition) : QVariant();
    case CsatRole:
        return isMessage ? QVariant() : optionalScore(e.feedback.csat);
    case NpsRole:
        return isMessage ? QVariant() : optionalScore(e.feedback.nps);
    case CesRole:
        return isMessage ? QVariant() : optionalScore(e.feedback.ces);
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(EntryKindRole, "entryKind");
    names.insert(EntryIdRole, "entryId");
    names.insert(ConversationIdRole, "conversationId");
    names.insert(ConversationSubjectRole, "conversationSubject");
    names.insert(ConversationStatusRole, "conversationStatus");
    names.insert(StartsGroupRole, "startsGroup");
    names.insert(ChannelRole, "channel");
    names.insert(DirectionRole, "direction");
    names.insert(IsNoteRole, "isNote");
    names.insert(IsCallRole, "isCall");
    names.insert(AuthorRole, "author");
    names.insert(BodyRole, "body");
    names.insert(AtRole, "at");
    names.insert(CallDurationRole, "callDuration");
    names.insert(CallDispositionRole, "callDisposition");
    names.insert(CsatRole, "csat");
    names.insert(NpsRole, "nps");
    names.insert(CesRole, "ces");
    return names;
}

bool TimelineModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && (moreMessages_ || !unshownFeedback_.isEmpty());
}

void TimelineModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || announcing_)
        return;
    QList<TimelineEntry> page;
    if (moreMessages_) {
        auto messages = store_.messages().timeline(customerId_, kPageSize, oldest_);
        if (!messages) {
            moreMessages_ = false;
            unshownFeedback_.clear();
            Q_EMIT loadFailed(messages.error().toString());
            return;
        }
        moreMessages_ = messages->size() == kPageSize;
        if (!messages->isEmpty())
            oldest_ = store::TimelineKey { messages->first().sentAt, messages->first().id };
        for (auto it = messages->rbegin(); it != messages->rend(); ++it)
            page.append(messageEntry(std::move(*it)));
    }
    // Survey answers are few: they join the page whose time span they fall in.
    while (!unshownFeedback_.isEmpty() && isInShownRange(unshownFeedback_.first().createdAt))
        page.append(feedbackEntry(unshownFeedback_.takeFirst()));
    std::stable_sort(page.begin(), page.end(),
        [](const TimelineEntry& a, const TimelineEntry& b) { return a.before(b); });
    if (page.isEmpty())
        return;
    const int first = int(entries_.size());
    announcing_ = true;
    beginInsertRows({}, first, first + int(page.size()) - 1);
    entries_.append(std::move(page));
    endInsertRows();
    announcing_ = false;
}

void TimelineModel::applyChanges(const store::ChangeSet& changes)
{
    if (customerId_.isEmpty())
        return;
    if (changes.removedCustomers.contains(customerId_)) {
        setCustomer({});
        return;
    }
    bool conversationsChanged = false;
    for (const QString& id : changes.conversations)
        conversationsChanged = conversationsChanged || conversations_.contains(id);
    // A new conversation of this customer, or a message in one, needs the map first.
    bool unknownConversation = false;
    for (auto it = changes.messages.cbegin(); it != changes.messages.cend(); ++it)
        unknownConversation = unknownConversation || !conversations_.contains(it.value());
    if (conversationsChanged || unknownConversation || !changes.conversations.isEmpty()) {
        loadConversations();
        if (conversationsChanged && !entries_.isEmpty()) {
            Q_EMIT dataChanged(index(0), index(int(entries_.size()) - 1),
                { ConversationSubjectRole, ConversationStatusRole, ChannelRole });
        }
    }
    for (auto it = changes.removedMessages.cbegin(); it != changes.removedMessages.cend(); ++it) {
        const int row = rowOf(it.key());
        if (row >= 0)
            removeAt(row);
    }
    for (auto it = changes.messages.cbegin(); it != changes.messages.cend(); ++it) {
        if (conversations_.contains(it.value()))
            upsertMessage(it.key());
    }
    if (!changes.feedback.isEmpty())
        refreshFeedback();
}

void TimelineModel::loadConversations()
{
    conversations_.clear();
    if (customerId_.isEmpty())
        return;
    auto conversations = store_.conversations().forCustomer(customerId_);
    if (!conversations) {
        Q_EMIT loadFailed(conversations.error().toString());
        return;
    }
    for (auto& conversation : *conversations)
        conversations_.insert(conversation.id, std::move(conversation));
}

QList<protocol::Feedback> TimelineModel::readFeedback()
{
    auto feedback = store_.feedback().forCustomer(customerId_);
    if (!feedback) {
        Q_EMIT loadFailed(feedback.error().toString());
        return {};
    }
    return std::move(*feedback);
}

void TimelineModel::refreshFeedback()
{
    const QList<protocol::Feedback> all = readFeedback();
    unshownFeedback_.clear();
    for (const auto& feedback : all) {
        const int row = rowOf(feedback.id);
        if (row >= 0) {
            entries_[row].feedback = feedback;
            Q_EMIT dataChanged(index(row), index(row));
        } else if (isInShownRange(feedback.createdAt)) {
            insertSorted(feedbackEntry(feedback));
        } else {
            unshownFeedback_.append(feedback);
        }
    }
}

void TimelineModel::upsertMessage(const QString& messageId)
{
    auto message = store_.messages().find(messageId);
    if (!message) {
        Q_EMIT loadFailed(message.error().toString());
        return;
    }
    if (!message->has_value())
        return;
    const int row = rowOf(messageId);
    if (row >= 0 && entries_.at(row).at() == (*message)->sentAt) {
        entries_[row].message = std::move(**message);
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    if (row >= 0)
        removeAt(row);
    if (isInShownRange((*message)->sentAt))
        insertSorted(messageEntry(std::move(**message)));
}

void TimelineModel::insertSorted(TimelineEntry entry)
{
    const auto it = std::lower_bound(entries_.cbegin(), entries_.cend(), entry,
        [](const TimelineEntry& a, const TimelineEntry& b) { return a.before(b); });
    const int at = int(it - entries_.cbegin());
    announcing_ = true;
    beginInsertRows({}, at, at);
    entries_.insert(at, std::move(entry));
    endInsertRows();
    announcing_ = false;
    groupMayHaveChanged(at + 1);
}

void TimelineModel::removeAt(int row)
{
    announcing_ = true;
    beginRemoveRows({}, row, row);
    entries_.removeAt(row);
    endRemoveRows();
    announcing_ = false;
    groupMayHaveChanged(row);
}

void TimelineModel::groupMayHaveChanged(int row)
{
    // Whether a row starts a group depends on the row above it.
    if (row >= 0 && row < entries_.size())
        Q_EMIT dataChanged(index(row), index(row), { StartsGroupRole });
}

bool TimelineModel::isInShownRange(const QDateTime& at) const
{
    if (!moreMessages_)
        return true;
    return oldest_ && at >= oldest_->sentAt;
}

} // namespace switchboard::models
