#include "ui/AssignMenu.h"

#include "models/AgentListModel.h"
#include "models/ViewListModel.h"
#include "ui/DisplayNames.h"
#include "ui/WorkspacePalette.h"

#include <QPainter>
#include <QPixmap>

namespace switchboard::ui {

namespace {

QIcon presenceDot(protocol::Presence presence)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(WorkspacePalette::presence(presence));
    painter.drawEllipse(QPointF(8, 8), 4.5, 4.5);
    return QIcon(pixmap);
}

} // namespace

AssignMenu::AssignMenu(
    models::AgentListModel& agents, models::ViewListModel& views, QWidget* parent)
    : QMenu(tr("Assign"), parent)
    , agents_(agents)
    , views_(views)
{
    setAccessibleName(tr("Assign conversation"));
    connect(this, &QMenu::aboutToShow, this, &AssignMenu::rebuild);
    rebuild();
}

void AssignMenu::rebuild()
{
    clear();
    addAction(tr("Assign to &me"), this, &AssignMenu::assignToMeRequested);
    addAction(tr("&Unassign"), this, &AssignMenu::unassignRequested);
    addSection(tr("Agents"));
    for (int row = 0; row < agents_.rowCount(); ++row) {
        const QModelIndex index = agents_.index(row);
        const QString id = index.data(models::AgentListModel::AgentIdRole).toString();
        if (id == currentAgent_)
            continue;
        const auto presence
            = protocol::Presence(index.data(models::AgentListModel::PresenceRole).toInt());
        const qint64 load = index.data(models::AgentListModel::LoadRole).toLongLong();
        QAction* action = addAction(presenceDot(presence),
            tr("%1 (%2, %3 open)")
                .arg(index.data().toString(), DisplayNames::presence(presence),
                    QString::number(load)));
        connect(
            action, &QAction::triggered, this, [this, id] { Q_EMIT assignToAgentRequested(id); });
    }
    addSection(tr("Queues"));
    for (int row = 0; row < views_.rowCount(); ++row) {
        const store::InboxView view = views_.viewAt(row);
        if (view.kind != store::InboxView::Kind::Queue)
            continue;
        QAction* action = addAction(views_.index(row).data().toString());
        const QString id = view.key;
        connect(
            action, &QAction::triggered, this, [this, id] { Q_EMIT assignToQueueRequested(id); });
    }
}

} // namespace switchboard::ui
