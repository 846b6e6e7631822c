#include "ui/CallListDialog.h"

#include "models/CallLog.h"
#include "ui/DisplayNames.h"
#include "ui/WorkspacePalette.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace switchboard::ui {

using models::CallLog;

namespace {
enum Column { When, Caller, Direction, Outcome, Duration, Callback, ColumnCount };
constexpr int kCellPadding = 12;
} // namespace

CallListDialog::CallListDialog(models::CallLog& log, QWidget* parent)
    : QDialog(parent)
    , log_(log)
{
    setObjectName(u"callListDialog"_s);
    setWindowTitle(tr("Calls"));
    setAccessibleName(tr("Calls in this session"));
    resize(760, 420);
    table_ = new QTableWidget(this);
    table_->setObjectName(u"callList"_s);
    table_->setAccessibleName(tr("Calls"));
    table_->setColumnCount(ColumnCount);
    table_->setHorizontalHeaderLabels(
        { tr("When"), tr("Caller"), tr("Direction"), tr("Outcome"), tr("Duration"), QString() });
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setShowGrid(false);
    table_->setAlternatingRowColors(true);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(Caller, QHeaderView::Stretch);
    // The column and the rows fit "Log a callback…" as a whole button: a header's
    // ResizeToContents does not see cell widgets.
    const QSize button = QPushButton(tr("Log a callback…")).sizeHint();
    table_->horizontalHeader()->setSectionResizeMode(Callback, QHeaderView::Fixed);
    table_->setColumnWidth(Callback, button.width() + kCellPadding);
    table_->verticalHeader()->setDefaultSectionSize(
        qMax(table_->verticalHeader()->defaultSectionSize(), button.height() + 4));
    // Keyboard and double-click: the same as the row's button.
    connect(table_, &QTableWidget::activated, this,
        [this](const QModelIndex& index) { requestCallback(index.row()); });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table_);
    layout->addWidget(buttons);

    // A session's calls are few: the table is simply refilled when the log changes.
    connect(&log_, &QAbstractItemModel::rowsInserted, this, &CallListDialog::rebuild);
    connect(&log_, &QAbstractItemModel::rowsRemoved, this, &CallListDialog::rebuild);
    connect(&log_, &QAbstractItemModel::dataChanged, this, &CallListDialog::rebuild);
    connect(&log_, &QAbstractItemModel::modelReset, this, &CallListDialog::rebuild);
    rebuild();
}

void CallListDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && table_)
        rebuild(); // light and dark themes tint differently
}

void CallListDialog::rebuild()
{
    const QColor danger = WorkspacePalette::danger(palette());
    table_->setRowCount(log_.rowCount());
    for (int row = 0; row < log_.rowCount(); ++row) {
        const QModelIndex index = log_.index(row);
        const QString disposition = index.data(CallLog::DispositionRole).toString();
        const qint64 seconds = index.data(CallLog::DurationRole).toLongLong();
        const QDateTime at = index.data(CallLog::AtRole).toDateTime().toLocalTime();
        const QString cells[ColumnCount] = {
            tr("%1, %2").arg(QLocale().toString(at.date(), QLocale::ShortFormat),
                QLocale().toString(at.time(), u"HH:mm")),
            index.data(CallLog::CallerRole).toString(),
            index.data(CallLog::DirectionRole).toString() == u"out" ? tr("Outgoing")
                                                                    : tr("Incoming"),
            disposition.isEmpty() ? tr("In progress") : DisplayNames::disposition(disposition),
            seconds > 0 ? DisplayNames::duration(seconds) : QString(),
        };
        const bool unanswered = DisplayNames::isUnansweredCall(disposition);
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column == Duration)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (unanswered && (column == Outcome || column == Caller))
                item->setForeground(danger);
            table_->setItem(row, column, item);
        }
        table_->removeCellWidget(row, Callback);
        if (unanswered) {
            // In a margin of its own, so the buttons of adjacent rows do not touch.
            auto* cell = new QWidget(table_);
            auto* cellLayout = new QHBoxLayout(cell);
            cellLayout->setContentsMargins(kCellPadding / 4, 2, kCellPadding / 4, 2);
            auto* callback = new QPushButton(tr("Log a callback…"), cell);
            cellLayout->addWidget(callback);
            callback->setObjectName(u"logCallbackButton"_s);
            callback->setAccessibleName(tr("Log a callback for this call"));
            callback->setToolTip(tr("Open the wrap-up for this call, to call the customer back"));
            callback->setAutoDefault(false);
            connect(callback, &QPushButton::clicked, this, [this, row] { requestCallback(row); });
            table_->setCellWidget(row, Callback, cell);
        }
    }
}

void CallListDialog::requestCallback(int row)
{
    const QModelIndex index = log_.index(row);
    if (!index.isValid()
        || !DisplayNames::isUnansweredCall(index.data(CallLog::DispositionRole).toString()))
        return;
    Q_EMIT callbackRequested(index.data(CallLog::CallIdRole).toString());
}

} // namespace switchboard::ui
