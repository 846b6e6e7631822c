// One customer's timeline for the centre pane: every message, internal note, call and survey
// answer on every channel, newest first, each entry knowing its conversation (subject,
// status) so the view can group them. Entries are read a page at a time as the view
// scrolls (canFetchMore/fetchMore over the store's keyset-paged timeline), so a customer
// with 10k entries opens with one page read and memory grows only as far as the agent
// scrolls. A change notice inserts, updates or removes only the entries it names.
#pragma once

#include "models/TimelineEntry.h"
#include "protocol/Conversation.h"
#include "store/ChangeSet.h"
#include "store/MessageRepository.h"

#include <QAbstractListModel>
#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace switchboard::store {
class Store;
}

namespace switchboard::models {

class TimelineModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        EntryKindRole = Qt::UserRole + 1, // int of TimelineEntry::Kind
        EntryIdRole,
        ConversationIdRole,
        ConversationSubjectRole,
        ConversationStatusRole, // int of protocol::ConversationStatus, -1 when unknown
        StartsGroupRole, // bool: the first (newest) entry of a run of one conversation
        ChannelRole, // int of protocol::Channel
        DirectionRole, // int of protocol::MessageDirection
        IsNoteRole, // bool
        IsCallRole, // bool
        AuthorRole,
        BodyRole,
        AtRole, // QDateTime
        CallDurationRole, // qint64 seconds
        CallDispositionRole, // wire name: "resolved", "callback"...
        CsatRole, // QVariant(int) or invalid, for feedback
        NpsRole,
        CesRole,
    };
    static constexpr int kPageSize = 100;

    explicit TimelineModel(store::Store& store, QObject* parent = nullptr);

    void setCustomer(const QString& customerId);
    const QString& customerId() const { return customerId_; }
    // Fetches older pages as needed and returns the row of the newest entry on or before
    // `date` (local time), or the oldest row when the timeline starts later; -1 when empty.
    int rowForDate(QDate date);
    int rowOf(const QString& entryId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

public Q_SLOTS:
    void applyChanges(const store::ChangeSet& changes);

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    void loadConversations();
    QList<protocol::Feedback> readFeedback();
    void refreshFeedback();
    void upsertMessage(const QString& messageId);
    void insertSorted(TimelineEntry entry);
    void removeAt(int row);
    void groupMayHaveChanged(int row);
    // Entries older than this are not shown yet: they come with a later page.
    bool isInShownRange(const QDateTime& at) const;

    store::Store& store_;
    QString customerId_;
    QList<TimelineEntry> entries_;
    QHash<QString, protocol::Conversation> conversations_; // of this customer, by id
    std::optional<store::TimelineKey> oldest_; // the oldest message read; pages go before it
    bool moreMessages_ = false;
    QList<protocol::Feedback> unshownFeedback_; // newest first, older than what is shown
    // Set while this model announces a change. A fetch asked for from a slot of one of
    // those signals (QAbstractItemModelTester does) would nest a second change inside the
    // first: it is ignored, and the view asks again when it next needs rows.
    bool announcing_ = false;
};

} // namespace switchboard::models
