#include "ui/SearchPopup.h"

#include "models/SearchResultsModel.h"
#include "ui/ChannelIcons.h"
#include "ui/SearchResultDelegate.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace switchboard::ui {

using Model = models::SearchResultsModel;

namespace {
constexpr int kWidth = 560;
constexpr int kHeight = 420;
} // namespace

SearchPopup::SearchPopup(models::SearchResultsModel& results, QWidget* parent)
    : QDialog(parent, Qt::Popup)
    , results_(results)
{
    setObjectName(u"searchPopup"_s);
    setAccessibleName(tr("Search customers and messages"));
    resize(kWidth, kHeight);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    field_ = new QLineEdit(this);
    field_->setObjectName(u"searchField"_s);
    field_->setAccessibleName(tr("Search text"));
    field_->setPlaceholderText(tr("Search customers and messages: name, email, phone, words…"));
    field_->addAction(ChannelIcons::search(), QLineEdit::LeadingPosition);
    field_->setClearButtonEnabled(true);
    list_ = new QListView(this);
    list_->setObjectName(u"searchResults"_s);
    list_->setAccessibleName(tr("Search results"));
    list_->setModel(&results_);
    list_->setItemDelegate(new SearchResultDelegate(list_));
    list_->setFocusPolicy(Qt::NoFocus); // the field keeps the keyboard; arrows move here
    list_->setUniformItemSizes(false);
    layout->addWidget(field_);
    layout->addWidget(list_);
    field_->installEventFilter(this);
    connect(field_, &QLineEdit::textChanged, this, [this](const QString& text) {
        results_.setQuery(text);
        const int first = results_.nextHitRow(-1, 1);
        list_->setCurrentIndex(first >= 0 ? results_.index(first) : QModelIndex());
    });
    connect(list_, &QListView::activated, this, [this] { choose(); });
}

void SearchPopup::popUp(QWidget* anchor)
{
    field_->clear();
    results_.setQuery(QString());
    if (anchor) {
        const QPoint topCentre = anchor->mapToGlobal(QPoint(anchor->width() / 2, 60));
        QDialog::move(topCentre.x() - width() / 2, topCentre.y());
    }
    show();
    raise();
    activateWindow();
    field_->setFocus(Qt::PopupFocusReason);
}

bool SearchPopup::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == field_ && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent*>(event)->key()) {
        case Qt::Key_Down:
            move(1);
            return true;
        case Qt::Key_Up:
            move(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SearchPopup::move(int step)
{
    const int from = list_->currentIndex().isValid() ? list_->currentIndex().row()
                                                     : (step > 0 ? -1 : results_.rowCount());
    const int next = results_.nextHitRow(from, step);
    if (next >= 0) {
        list_->setCurrentIndex(results_.index(next));
        list_->scrollTo(results_.index(next));
    }
}

void SearchPopup::choose()
{
    const QModelIndex current = list_->currentIndex();
    if (!current.isValid() || results_.kindAt(current.row()) == Model::RowKind::Heading)
        return;
    const bool message = results_.kindAt(current.row()) == Model::RowKind::Message;
    const QString customerId = current.data(Model::CustomerIdRole).toString();
    const QString messageId = message ? current.data(Model::HitIdRole).toString() : QString();
    accept();
    Q_EMIT customerChosen(customerId, messageId);
}

} // namespace switchboard::ui
