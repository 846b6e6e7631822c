#include "ui/InboxPane.h"

#include "models/ConversationListModel.h"
#include "models/TagListModel.h"
#include "ui/ChannelIcons.h"
#include "ui/ConversationDelegate.h"
#include "ui/DisplayNames.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace switchboard::ui {

InboxPane::InboxPane(
    models::ConversationListModel& inbox, models::TagListModel& tags, QWidget* parent)
    : QWidget(parent)
    , inbox_(inbox)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(10, 4, 6, 4);
    bar->setSpacing(6);
    auto* label = new QLabel(tr("Sort"), this);
    sort_ = new QComboBox(this);
    sort_->setObjectName(u"inboxSort"_s);
    sort_->setAccessibleName(tr("Sort conversations"));
    sort_->addItem(tr("Latest activity"), int(store::InboxSort::LastUpdate));
    sort_->addItem(tr("SLA due first"), int(store::InboxSort::SlaDue));
    label->setBuddy(sort_);
    channel_ = new QComboBox(this);
    channel_->setObjectName(u"inboxChannel"_s);
    channel_->setAccessibleName(tr("Show conversations on"));
    channel_->addItem(tr("All channels"), -1);
    for (protocol::Channel channel : {protocol::Channel::Phone, protocol::Channel::Email,
             protocol::Channel::Chat, protocol::Channel::Sms, protocol::Channel::Social,
             protocol::Channel::Video})
        channel_->addItem(ChannelIcons::of(channel), DisplayNames::channel(channel), int(channel));
    bar->addWidget(label);
    bar->addWidget(sort_);
    bar->addSpacing(6);
    bar->addWidget(channel_);
    bar->addStretch();
    layout->addLayout(bar);

    list_ = new QListView(this);
    list_->setObjectName(u"inboxList"_s);
    list_->setAccessibleName(tr("Conversations"));
    list_->setFrameShape(QFrame::NoFrame);
    list_->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    list_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list_->setModel(&inbox_);
    list_->setUniformItemSizes(true); // every row is as tall: scrolling 100k rows stays cheap
    list_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list_->setItemDelegate(
        new ConversationDelegate([&tags](const QString& tag) { return tags.colourOf(tag); },
            [] { return QDateTime::currentDateTimeUtc(); }, list_));
    layout->addWidget(list_, 1);

    connect(sort_, &QComboBox::activated, this,
        [this](int row) { inbox_.setSort(store::InboxSort(sort_->itemData(row).toInt())); });
    connect(channel_, &QComboBox::activated, this, [this](int row) {
        const int value = channel_->itemData(row).toInt();
        inbox_.setChannelFilter(
            value < 0 ? std::nullopt : std::optional(protocol::Channel(value)));
    });
}

} // namespace switchboard::ui
