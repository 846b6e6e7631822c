// The strip above the timeline: the customer and subject of the selected conversation, its
// status, priority and assignee, who else is viewing or typing in it (collision), its tags
// with the tag editor, and buttons for the frequent actions.
#pragma once

#include "store/InboxRow.h"

#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace switchboard::models {
class TagListModel;
}

namespace switchboard::ui {

class TagEditor;

class ConversationHeader : public QWidget {
    Q_OBJECT
public:
    explicit ConversationHeader(models::TagListModel& tags, QWidget* parent = nullptr);

    void setConversation(const std::optional<store::InboxRow>& row, const QString& assigneeName);
    void showCollision(const QString& text); // empty hides it
    QString collisionText() const;
    TagEditor* tagEditor() const { return tagEditor_; }
    // A button for `action` on the right; returns it (menus pop up under it).
    QToolButton* addActionButton(QAction* action);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColours();

    QLabel* title_ = nullptr;
    QLabel* details_ = nullptr;
    QLabel* collision_ = nullptr;
    TagEditor* tagEditor_ = nullptr;
    QHBoxLayout* buttons_ = nullptr;
};

} // namespace switchboard::ui
