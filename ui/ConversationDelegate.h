// Paints one inbox row densely: channel icon, customer, assignee and age; subject; the
// latest message; tag chips, priority and the SLA clock. Reads only the model's roles.
#pragma once

#include <QDateTime>
#include <QStyledItemDelegate>

#include <functional>

namespace switchboard::ui {

class ConversationDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    // `tagColour` gives a tag's colour (from the tag catalogue); `now` the current time,
    // replaceable so tests and screenshots are stable.
    ConversationDelegate(std::function<QString(const QString&)> tagColour,
        std::function<QDateTime()> now, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    std::function<QString(const QString&)> tagColour_;
    std::function<QDateTime()> now_;
};

} // namespace switchboard::ui
