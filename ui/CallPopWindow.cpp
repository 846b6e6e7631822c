#include "ui/CallPopWindow.h"

#include "models/CallPop.h"
#include "ui/CallerCardView.h"
#include "ui/CallerChooser.h"
#include "ui/ChannelIcons.h"
#include "ui/WorkspacePalette.h"

#include <QAction>
#include <QEvent>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace switchboard::ui {

using models::CallPop;

namespace {
constexpr int kWidth = 460;
constexpr int kMargin = 18;
constexpr int kScreenMargin = 24; // from the screen's corner
constexpr int kIcon = 18;
} // namespace

CallPopWindow::CallPopWindow(models::CallPop& pop, models::SearchResultsModel& search,
    models::TagListModel& tags, QWidget* parent)
    : QDialog(parent, Qt::Window | Qt::WindowStaysOnTopHint)
    , pop_(pop)
{
    setObjectName(u"callPopWindow"_s);
    setWindowTitle(tr("Incoming call"));
    setAccessibleName(tr("Incoming call"));
    setAttribute(Qt::WA_ShowWithoutActivating); // see the header: never steal the keyboard

    card_ = new CallerCardView(tags, this);
    chooser_ = new CallerChooser(pop_, CallPop::Target::Live, search, this);
    buildLayout();

    acceptAction_ = new QAction(tr("&Accept the ringing call"), this);
    acceptAction_->setObjectName(u"acceptCallAction"_s);
    acceptAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    acceptAction_->setShortcutContext(Qt::ApplicationShortcut);
    acceptAction_->setEnabled(false);
    addAction(acceptAction_);
    accept_->setToolTip(tr("Open the caller's profile (%1)")
                            .arg(acceptAction_->shortcut().toString(QKeySequence::NativeText)));

    connect(acceptAction_, &QAction::triggered, &pop_, &CallPop::accept);
    connect(accept_, &QPushButton::clicked, &pop_, &CallPop::accept);
    connect(decline_, &QPushButton::clicked, &pop_, &CallPop::decline);
    connect(ignore_, &QPushButton::clicked, &pop_, &CallPop::ignore);
    connect(&pop_, &CallPop::ringing, this, &CallPopWindow::onRinging);
    connect(&pop_, &CallPop::cardsChanged, this, [this](CallPop::Target target) {
        if (target == CallPop::Target::Live && isVisible())
            fill();
    });
    connect(&pop_, &CallPop::pendingChanged, this, &CallPopWindow::showWaiting);
    connect(&pop_, &CallPop::stateChanged, this, [this](CallPop::State state) {
        // Over (on to the wrap-up, or not for this agent): the pop has nothing left to offer.
        if (state == CallPop::State::Idle)
            hide();
        else if (isVisible())
            fill(); // the call line says whether it rings or is on
        updateButtons();
    });
    connect(&pop_, &CallPop::dismissed, this, &QWidget::hide);
    applyColours();
}

void CallPopWindow::buildLayout()
{
    header_ = new QWidget(this);
    header_->setObjectName(u"callPopHeader"_s);
    header_->setAutoFillBackground(true);
    header_->setBackgroundRole(QPalette::Base);
    header_->setFixedWidth(kWidth); // the height follows the content (SetFixedSize below)
    auto* headerLayout = new QVBoxLayout(header_);
    headerLayout->setContentsMargins(kMargin, 14, kMargin, kMargin);
    headerLayout->setSpacing(4);

    auto* top = new QHBoxLayout;
    top->setSpacing(8);
    auto* icon = new QLabel(header_);
    icon->setPixmap(ChannelIcons::of(protocol::Channel::Phone).pixmap(kIcon, kIcon));
    icon->setFixedSize(kIcon, kIcon);
    callLine_ = new QLabel(header_);
    callLine_->setObjectName(u"callerNumber"_s);
    callLine_->setAccessibleName(tr("Number"));
    callLine_->setTextFormat(Qt::PlainText);
    callLine_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    waiting_ = new QLabel(header_);
    waiting_->setObjectName(u"callsWaiting"_s);
    waiting_->setTextFormat(Qt::PlainText);
    top->addWidget(icon);
    top->addWidget(callLine_, 1);
    top->addWidget(waiting_);
    headerLayout->addLayout(top);

    name_ = new QLabel(header_);
    name_->setObjectName(u"callerName"_s);
    name_->setAccessibleName(tr("Caller"));
    name_->setTextFormat(Qt::PlainText);
    name_->setWordWrap(true);
    name_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = name_->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setWeight(QFont::DemiBold);
    name_->setFont(big);
    headerLayout->addSpacing(2);
    headerLayout->addWidget(name_);
    headerLayout->addWidget(card_);
    headerLayout->addSpacing(8);
    headerLayout->addWidget(chooser_);

    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setObjectName(u"callPopSeparator"_s);

    accept_ = new QPushButton(tr("&Accept"), this);
    accept_->setObjectName(u"acceptCallButton"_s);
    accept_->setAccessibleName(tr("Accept the call"));
    accept_->setDefault(true);
    decline_ = new QPushButton(tr("&Decline"), this);
    decline_->setObjectName(u"declineCallButton"_s);
    decline_->setAccessibleName(tr("Decline the call"));
    decline_->setToolTip(tr("Offer the call to the next free agent"));
    decline_->setAutoDefault(false);
    ignore_ = new QPushButton(tr("&Ignore"), this);
    ignore_->setObjectName(u"ignoreCallButton"_s);
    ignore_->setAccessibleName(tr("Ignore the call"));
    ignore_->setToolTip(tr("Hide this window; the phone keeps ringing (Esc)"));
    ignore_->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(kMargin, 10, kMargin, 12);
    buttons->setSpacing(8);
    buttons->addWidget(ignore_);
    buttons->addStretch();
    buttons->addWidget(decline_);
    buttons->addWidget(accept_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    layout->addWidget(header_);
    layout->addWidget(line);
    layout->addLayout(buttons);
}

void CallPopWindow::onRinging(const QString& callId)
{
    fill();
    Q_EMIT populated(callId);
    if (!isVisible()) {
        placeOnScreen();
        show();
    }
    raise();
}

void CallPopWindow::fill()
{
    const models::CallerChoice& live = pop_.live();
    const protocol::CallFrame& call = live.call();
    const bool outgoing = call.direction == u"out";
    const QString number = call.withheld    ? tr("withheld number")
        : !call.from.isEmpty() && !outgoing ? call.from
        : !call.to.isEmpty() && outgoing    ? call.to
                                            : call.e164;
    // Once picked up at the phone, the pop says so: it is a call in progress, not a ring.
    const bool answered = pop_.state() == CallPop::State::Answered;
    const QString what = answered ? tr("On the call")
        : outgoing                ? tr("Outgoing call")
                                  : tr("Incoming call");
    if (call.queue.isEmpty())
        callLine_->setText(tr("%1 · %2").arg(what, number));
    else
        callLine_->setText(tr("%1 · %2 · queue %3").arg(what, number, call.queue));
    setWindowTitle(outgoing ? tr("Outgoing call") : tr("Incoming call"));

    showWaiting(pop_.pending());

    const auto& cards = live.cards();
    const models::CallerCard* shown = live.chosenCard();
    if (!shown && cards.size() == 1)
        shown = &cards.first();
    QString name;
    if (shown) {
        name = shown->summary.name;
        if (name.isEmpty() && shown->customer)
            name = shown->customer->displayName();
    } else if (cards.size() > 1) {
        name = tr("%1 customers with this number").arg(cards.size());
    } else {
        name = call.withheld ? tr("Withheld caller") : tr("Unknown caller");
    }
    name_->setText(name);
    if (shown)
        card_->setCard(*shown);
    card_->setVisible(shown != nullptr);
    chooser_->refresh();
    updateButtons();
}

void CallPopWindow::showWaiting(int pending)
{
    waiting_->setText(pending == 0 ? QString()
            : pending == 1         ? tr("1 more waiting")
                                   : tr("%1 more waiting").arg(pending));
    waiting_->setVisible(pending > 0);
}

void CallPopWindow::updateButtons()
{
    const bool ringing = pop_.state() == CallPop::State::Ringing;
    const bool answered = pop_.state() == CallPop::State::Answered;
    accept_->setEnabled(ringing || answered);
    // Answered at the phone, Accept has only the customer left to open.
    accept_->setText(answered ? tr("&Open customer") : tr("&Accept"));
    decline_->setEnabled(ringing);
    // The shortcut belongs to the ringing call, or to the answered one while its pop is
    // still up; otherwise Ctrl+Shift+A is the main window's again (Assign).
    acceptAction_->setEnabled(ringing || (answered && isVisible()));
}

void CallPopWindow::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    updateButtons();
}

void CallPopWindow::hideEvent(QHideEvent* event)
{
    QDialog::hideEvent(event);
    updateButtons();
}

void CallPopWindow::bringUp()
{
    if (pop_.state() != CallPop::State::Ringing && pop_.state() != CallPop::State::Answered)
        return;
    if (!isVisible()) {
        fill();
        placeOnScreen();
    }
    show();
    raise();
    activateWindow();
    if (chooser_->needsChoice())
        chooser_->focusFirstField();
    else
        accept_->setFocus(Qt::OtherFocusReason);
}

void CallPopWindow::reject()
{
    if (pop_.state() == CallPop::State::Ringing)
        pop_.ignore(); // hides us through dismissed
    else
        hide();
}

QString CallPopWindow::shownName() const
{
    return name_->text();
}

QString CallPopWindow::waitingText() const
{
    return waiting_->isVisibleTo(this) ? waiting_->text() : QString();
}

void CallPopWindow::placeOnScreen()
{
    // The top-right corner of the screen the agent works on, where notifications appear.
    QScreen* screen = parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    adjustSize();
    const QRect area = screen->availableGeometry();
    move(area.right() - width() - kScreenMargin, area.top() + kScreenMargin);
}

void CallPopWindow::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && callLine_)
        applyColours(); // light and dark themes tint differently
}

void CallPopWindow::applyColours()
{
    QPalette p = callLine_->palette();
    p.setColor(QPalette::WindowText, WorkspacePalette::secondaryText(palette()));
    callLine_->setPalette(p);
    QPalette w = waiting_->palette();
    w.setColor(QPalette::WindowText, WorkspacePalette::warning(palette()));
    waiting_->setPalette(w);
}

} // namespace switchboard::ui
