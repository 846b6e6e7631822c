#include "ui/CallerChooser.h"

#include "models/CallPop.h"
#include "models/SearchResultsModel.h"
#include "ui/ChannelIcons.h"
#include "ui/DisplayNames.h"
#include "ui/SearchResultDelegate.h"
#include "ui/WorkspacePalette.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace switchboard::ui {

using Search = models::SearchResultsModel;

namespace {
constexpr int kVisibleMatches = 4;
constexpr int kResultsHeight = 150;
constexpr int kCustomerIdRole = Qt::UserRole + 1;
constexpr int kDetailRole = Qt::UserRole + 2;

// A match: the name in bold, segment and lifetime value below it.
class MatchDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        return { 200, 2 * QFontMetrics(option.font).height() + 14 };
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override
    {
        const QPalette& pal = option.palette;
        const bool selected = option.state & QStyle::State_Selected;
        painter->save();
        if (selected)
            painter->fillRect(option.rect, pal.color(QPalette::Highlight));
        const QRect r = option.rect.adjusted(10, 6, -10, -6);
        const QFontMetrics fm(option.font);
        QFont bold = option.font;
        bold.setWeight(QFont::DemiBold);
        painter->setFont(bold);
        painter->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(QRect(r.left(), r.top(), r.width(), fm.height()), Qt::AlignLeft,
            QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, r.width()));
        painter->setFont(option.font);
        painter->setPen(WorkspacePalette::secondaryText(pal));
        painter->drawText(QRect(r.left(), r.top() + fm.height() + 2, r.width(), fm.height()),
            Qt::AlignLeft,
            fm.elidedText(index.data(kDetailRole).toString(), Qt::ElideRight, r.width()));
        painter->restore();
    }
};

QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    f.setWeight(QFont::DemiBold);
    f.setCapitalization(QFont::AllUppercase);
    label->setFont(f);
    return label;
}

} // namespace

CallerChooser::CallerChooser(models::CallPop& pop, models::CallPop::Target target,
    models::SearchResultsModel& search, QWidget* parent)
    : QWidget(parent)
    , pop_(pop)
    , target_(target)
    , search_(search)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(buildMatches());
    layout->addWidget(buildUnknownForm());
    chosen_ = new QLabel(this);
    chosen_->setObjectName(u"callerChosen"_s);
    chosen_->setTextFormat(Qt::PlainText);
    chosen_->setWordWrap(true);
    layout->addWidget(chosen_);
    error_ = new QLabel(this);
    error_->setObjectName(u"callerChooserError"_s);
    error_->setTextFormat(Qt::PlainText);
    error_->setWordWrap(true);
    error_->hide();
    layout->addWidget(error_);
    applyColours();
}

QWidget* CallerChooser::buildMatches()
{
    matchesBox_ = new QWidget(this);
    auto* layout = new QVBoxLayout(matchesBox_);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* title
        = new QLabel(tr("Who is calling? Pick the customer to see their details."), matchesBox_);
    title->setObjectName(u"callerMatchesTitle"_s);
    title->setWordWrap(true);
    layout->addWidget(title);
    matches_ = new QListWidget(matchesBox_);
    matches_->setObjectName(u"callerMatches"_s);
    matches_->setAccessibleName(tr("Customers with this number"));
    matches_->setSelectionMode(QAbstractItemView::SingleSelection);
    matches_->setUniformItemSizes(true);
    matches_->setItemDelegate(new MatchDelegate(matches_));
    layout->addWidget(matches_);
    connect(matches_, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (!item)
            return;
        const QString id = item->data(kCustomerIdRole).toString();
        if (id != choice().chosenCustomerId())
            pop_.pick(target_, id);
    });
    return matchesBox_;
}

QWidget* CallerChooser::buildUnknownForm()
{
    unknownBox_ = new QWidget(this);
    unknownBox_->setObjectName(u"unknownCallerForm"_s);
    auto* layout = new QVBoxLayout(unknownBox_);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    QLabel* createTitle = sectionLabel(tr("New customer"), unknownBox_);
    secondary_.append(createTitle);
    layout->addWidget(createTitle);
    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(10);
    form->setVerticalSpacing(6);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    firstName_ = new QLineEdit(unknownBox_);
    firstName_->setObjectName(u"newCustomerFirstName"_s);
    firstName_->setAccessibleName(tr("First name"));
    lastName_ = new QLineEdit(unknownBox_);
    lastName_->setObjectName(u"newCustomerLastName"_s);
    lastName_->setAccessibleName(tr("Last name"));
    number_ = new QLabel(unknownBox_);
    number_->setObjectName(u"newCustomerNumber"_s);
    number_->setAccessibleName(tr("Phone number"));
    number_->setTextFormat(Qt::PlainText);
    number_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    create_ = new QPushButton(tr("&Create customer"), unknownBox_);
    create_->setObjectName(u"createCustomerButton"_s);
    create_->setAutoDefault(false);
    form->addRow(tr("First name"), firstName_);
    form->addRow(tr("Last name"), lastName_);
    form->addRow(tr("Phone"), number_);
    auto* createRow = new QHBoxLayout;
    createRow->addStretch();
    createRow->addWidget(create_);
    form->addRow(createRow);
    layout->addLayout(form);

    layout->addSpacing(6);
    QLabel* linkTitle = sectionLabel(tr("Or search and link"), unknownBox_);
    secondary_.append(linkTitle);
    layout->addWidget(linkTitle);
    linkField_ = new QLineEdit(unknownBox_);
    linkField_->setObjectName(u"linkSearchField"_s);
    linkField_->setAccessibleName(tr("Search a customer to link the number to"));
    linkField_->setPlaceholderText(tr("Search and link: name, email, phone…"));
    linkField_->addAction(ChannelIcons::search(), QLineEdit::LeadingPosition);
    linkField_->setClearButtonEnabled(true);
    layout->addWidget(linkField_);
    linkResults_ = new QListView(unknownBox_);
    linkResults_->setObjectName(u"linkResults"_s);
    linkResults_->setAccessibleName(tr("Customers found"));
    linkResults_->setModel(&search_);
    linkResults_->setItemDelegate(new SearchResultDelegate(linkResults_));
    linkResults_->setFixedHeight(kResultsHeight);
    linkResults_->hide();
    layout->addWidget(linkResults_);
    link_ = new QPushButton(tr("&Link to this customer"), unknownBox_);
    link_->setObjectName(u"linkCustomerButton"_s);
    link_->setAutoDefault(false);
    link_->setEnabled(false);
    link_->hide();
    auto* linkRow = new QHBoxLayout;
    linkRow->addStretch();
    linkRow->addWidget(link_);
    layout->addLayout(linkRow);

    for (QLineEdit* field : { firstName_, lastName_, linkField_ })
        field->installEventFilter(this);
    connect(create_, &QPushButton::clicked, this, &CallerChooser::create);
    connect(link_, &QPushButton::clicked, this, &CallerChooser::linkSelected);
    connect(linkField_, &QLineEdit::textChanged, this, [this](const QString& text) {
        search_.setQuery(text);
        const bool searching = !text.trimmed().isEmpty();
        linkResults_->setVisible(searching);
        link_->setVisible(searching);
        const int first = search_.nextHitRow(-1, 1);
        linkResults_->setCurrentIndex(first >= 0 ? search_.index(first) : QModelIndex());
    });
    // Only a customer can be linked; a message hit just helps find one.
    connect(linkResults_->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) {
            link_->setEnabled(
                current.isValid() && search_.kindAt(current.row()) == Search::RowKind::Customer);
        });
    connect(&search_, &QAbstractItemModel::modelReset, this, [this] {
        const QModelIndex current = linkResults_->currentIndex();
        link_->setEnabled(
            current.isValid() && search_.kindAt(current.row()) == Search::RowKind::Customer);
    });
    connect(linkResults_, &QListView::activated, this, &CallerChooser::linkSelected);
    return unknownBox_;
}

bool CallerChooser::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the form acts on the form (create, link); it must never reach the window's
    // default button, which would accept the call.
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == linkField_)
                linkSelected();
            else
                create();
            return true;
        }
        if (watched == linkField_ && linkResults_->isVisible()
            && (key == Qt::Key_Down || key == Qt::Key_Up)) {
            const int step = key == Qt::Key_Down ? 1 : -1;
            const QModelIndex current = linkResults_->currentIndex();
            const int from
                = current.isValid() ? current.row() : (step > 0 ? -1 : search_.rowCount());
            const int next = search_.nextHitRow(from, step);
            if (next >= 0)
                linkResults_->setCurrentIndex(search_.index(next));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CallerChooser::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && error_)
        applyColours(); // light and dark themes tint differently
}

void CallerChooser::applyColours()
{
    const QColor secondary = WorkspacePalette::secondaryText(palette());
    for (QLabel* label : std::as_const(secondary_)) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, secondary);
        label->setPalette(p);
    }
    QPalette p = error_->palette();
    p.setColor(QPalette::WindowText, WorkspacePalette::danger(palette()));
    error_->setPalette(p);
}

void CallerChooser::refresh()
{
    const protocol::CallFrame& call = choice().call();
    if (call.callId != callId_) {
        // A new call: a clean form.
        callId_ = call.callId;
        matchIds_.clear();
        firstName_->clear();
        lastName_->clear();
        linkField_->clear();
        error_->hide();
    }
    const auto& cards = choice().cards();
    const bool several = cards.size() > 1;
    const bool unknown = cards.isEmpty() && choice().chosenCustomerId().isEmpty();
    matchesBox_->setVisible(several);
    unknownBox_->setVisible(unknown);
    if (several)
        fillMatches();
    if (unknown) {
        // The customer's end: the caller of an inbound call, the callee of an outbound one.
        const QString number = call.direction == u"out" ? call.to : call.from;
        number_->setText(call.withheld || (number.isEmpty() && call.e164.isEmpty()) ? tr("Withheld")
                : number.isEmpty()                                                  ? call.e164
                                                                                    : number);
    }
    // A customer created or linked here: say so, and that the call will be theirs.
    const models::CallerCard* chosen = choice().chosenCard();
    const bool madeHere = cards.isEmpty() && chosen;
    chosen_->setText(
        madeHere ? tr("✓ This call is with %1.").arg(chosen->summary.name) : QString());
    chosen_->setVisible(!chosen_->text().isEmpty());
    setVisible(several || unknown || chosen_->isVisibleTo(this));
}

bool CallerChooser::needsChoice() const
{
    const auto& cards = choice().cards();
    return cards.size() > 1 || (cards.isEmpty() && choice().chosenCustomerId().isEmpty());
}

void CallerChooser::focusFirstField()
{
    if (matchesBox_->isVisibleTo(this))
        matches_->setFocus(Qt::OtherFocusReason);
    else if (unknownBox_->isVisibleTo(this))
        firstName_->setFocus(Qt::OtherFocusReason);
}

void CallerChooser::fillMatches()
{
    const auto& cards = choice().cards();
    QStringList ids;
    for (const models::CallerCard& card : cards)
        ids.append(card.summary.customerId);
    const QSignalBlocker blocker(matches_);
    // Rebuilt for a new set of matches only: a pick or an enrichment just moves the
    // selection (and the list is not torn down under the click that picked).
    if (ids != matchIds_) {
        matchIds_ = ids;
        matches_->clear();
        for (const models::CallerCard& card : cards) {
            const protocol::CallerProfile& s = card.summary;
            auto* item = new QListWidgetItem(s.name, matches_);
            item->setData(kDetailRole,
                tr("%1 · lifetime value %2")
                    .arg(DisplayNames::segment(s.segment),
                        DisplayNames::money(s.lifetimeValueMinor, s.currency)));
            item->setData(kCustomerIdRole, s.customerId);
            item->setToolTip(s.tags.join(u", "_s));
        }
        const int rows = qMin<int>(cards.size(), kVisibleMatches);
        const int rowHeight = matches_->count() > 0 ? matches_->sizeHintForRow(0) : 0;
        matches_->setFixedHeight(rows * rowHeight + 2 * matches_->frameWidth());
    }
    const int chosen = int(ids.indexOf(choice().chosenCustomerId()));
    if (chosen >= 0)
        matches_->setCurrentRow(chosen);
    else
        matches_->setCurrentRow(-1);
}

void CallerChooser::create()
{
    const QString first = firstName_->text().trimmed();
    const QString last = lastName_->text().trimmed();
    const QString id = pop_.createCustomer(target_, first, last);
    if (id.isEmpty()) {
        showError(tr("Enter a first or last name to create the customer."));
        (first.isEmpty() ? firstName_ : lastName_)->setFocus(Qt::OtherFocusReason);
        return;
    }
    error_->hide();
    refresh();
}

void CallerChooser::linkSelected()
{
    const QModelIndex current = linkResults_->currentIndex();
    if (!current.isValid() || search_.kindAt(current.row()) != Search::RowKind::Customer)
        return;
    const QString customerId = current.data(Search::CustomerIdRole).toString();
    if (!pop_.link(target_, customerId)) {
        showError(tr("That customer is not in the local cache yet; try again in a moment."));
        return;
    }
    error_->hide();
    refresh();
}

void CallerChooser::showError(const QString& text)
{
    error_->setText(text);
    error_->show();
}

} // namespace switchboard::ui
