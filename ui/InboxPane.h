// The inbox column: the conversation list of the selected view, with a sort selector
// above it (latest activity, or SLA due first). Rows are painted by ConversationDelegate.
#pragma once

#include <QWidget>

class QComboBox;
class QListView;

namespace switchboard::models {
class ConversationListModel;
class TagListModel;
} // namespace switchboard::models

namespace switchboard::ui {

class InboxPane : public QWidget {
    Q_OBJECT
public:
    InboxPane(models::ConversationListModel& inbox, models::TagListModel& tags,
        QWidget* parent = nullptr);

    QListView* list() const { return list_; }

private:
    models::ConversationListModel& inbox_;
    QComboBox* sort_ = nullptr;
    QComboBox* channel_ = nullptr;
    QListView* list_ = nullptr;
};

} // namespace switchboard::ui
