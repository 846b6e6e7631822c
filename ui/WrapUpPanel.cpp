#include "ui/WrapUpPanel.h"

#include "models/CallPop.h"
#include "ui/CallerChooser.h"
#include "ui/DisplayNames.h"
#include "ui/TagEditor.h"
#include "ui/WorkspacePalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace switchboard::ui {

using models::CallPop;
using protocol::WrapUpCode;

namespace {
constexpr int kWidth = 500;
constexpr int kMargin = 18;
constexpr int kNotesLines = 5;
constexpr int kFollowUpDays = 2;
constexpr int kFollowUpHour = 10;
} // namespace

WrapUpPanel::WrapUpPanel(models::CallPop& pop, models::TagListModel& tags,
    models::SearchResultsModel& search, QWidget* parent)
    : QDialog(parent, Qt::Window)
    , pop_(pop)
{
    setObjectName(u"wrapUpPanel"_s);
    setWindowTitle(tr("Wrap up the call"));
    setAccessibleName(tr("Wrap up the call"));
    buildLayout(tags, search);

    auto* submitShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    auto* submitShortcutEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    for (QShortcut* shortcut : { submitShortcut, submitShortcutEnter })
        connect(shortcut, &QShortcut::activated, this, &WrapUpPanel::submit);
    submit_->setToolTip(
        tr("Log the wrap-up (%1)").arg(submitShortcut->key().toString(QKeySequence::NativeText)));

    connect(submit_, &QPushButton::clicked, this, &WrapUpPanel::submit);
    connect(skip_, &QPushButton::clicked, this, &WrapUpPanel::skip);
    connect(&pop_, &CallPop::wrapUpDue, this, &WrapUpPanel::onWrapUpDue);
    connect(&pop_, &CallPop::cardsChanged, this, [this](CallPop::Target target) {
        if (target == CallPop::Target::WrapUp && isVisible())
            refresh();
    });
    connect(&pop_, &CallPop::wrapUpDone, this, [this] {
        if (pop_.wrappingUp().isEmpty())
            hide(); // none left; else wrapUpDue brings the next one right away
    });
    connect(&pop_, &CallPop::wrapUpsWaitingChanged, this, &WrapUpPanel::showWaiting);
    connect(followUp_, &QCheckBox::toggled, followUpAt_, &QWidget::setEnabled);
    connect(followUp_, &QCheckBox::toggled, this, &WrapUpPanel::validate);
    connect(followUpAt_, &QDateTimeEdit::dateTimeChanged, this, &WrapUpPanel::validate);
    connect(tagEditor_, &TagEditor::addRequested, this, [this](const QString& tag) {
        tags_.append(tag);
        tagEditor_->setTags(tags_);
    });
    connect(tagEditor_, &TagEditor::removeRequested, this, [this](const QString& tag) {
        tags_.removeAll(tag);
        tagEditor_->setTags(tags_);
    });
    applyColours();
}

void WrapUpPanel::buildLayout(models::TagListModel& tags, models::SearchResultsModel& search)
{
    title_ = new QLabel(this);
    title_->setObjectName(u"wrapUpTitle"_s);
    title_->setTextFormat(Qt::PlainText);
    title_->setWordWrap(true);
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setWeight(QFont::DemiBold);
    title_->setFont(big);
    // The panel's width; its height follows what it shows (SetFixedSize below).
    title_->setFixedWidth(kWidth - 2 * kMargin);
    callLine_ = new QLabel(this);
    callLine_->setObjectName(u"wrapUpCall"_s);
    callLine_->setTextFormat(Qt::PlainText);
    callLine_->setWordWrap(true);
    waiting_ = new QLabel(this);
    waiting_->setObjectName(u"wrapUpsWaiting"_s);
    waiting_->setTextFormat(Qt::PlainText);
    waiting_->hide();

    // Whom the call was with, when the server could not tell: a box of its own, apart
    // from the wrap-up's fields.
    whoBox_ = new QFrame(this);
    whoBox_->setObjectName(u"wrapUpWho"_s);
    whoBox_->setFrameShape(QFrame::StyledPanel);
    auto* whoLayout = new QVBoxLayout(whoBox_);
    whoLayout->setContentsMargins(12, 10, 12, 12);
    whoLayout->setSpacing(8);
    notLogged_ = new QLabel(whoBox_);
    notLogged_->setObjectName(u"wrapUpNotLogged"_s);
    notLogged_->setTextFormat(Qt::PlainText);
    notLogged_->setWordWrap(true);
    notLogged_->setText(tr("This call is logged on a customer's timeline once you choose the "
                           "customer: pick one, create one, or search and link."));
    chooser_ = new CallerChooser(pop_, CallPop::Target::WrapUp, search, whoBox_);
    whoLayout->addWidget(notLogged_);
    whoLayout->addWidget(chooser_);

    code_ = new QComboBox(this);
    code_->setObjectName(u"wrapUpCode"_s);
    code_->setAccessibleName(tr("Outcome"));
    for (WrapUpCode code : { WrapUpCode::Resolved, WrapUpCode::CallbackNeeded,
             WrapUpCode::Escalated, WrapUpCode::InformationGiven, WrapUpCode::WrongNumber })
        code_->addItem(DisplayNames::wrapUpCode(code), int(code));
    notes_ = new QPlainTextEdit(this);
    notes_->setObjectName(u"wrapUpNotes"_s);
    notes_->setAccessibleName(tr("Notes"));
    notes_->setPlaceholderText(tr("What was said, what was promised…"));
    notes_->setTabChangesFocus(true);
    notes_->setFixedHeight(
        kNotesLines * notes_->fontMetrics().lineSpacing() + 2 * notes_->frameWidth() + 8);
    tagEditor_ = new TagEditor(tags, this);
    tagEditor_->setObjectName(u"wrapUpTags"_s);
    followUp_ = new QCheckBox(tr("&Call back at"), this);
    followUp_->setObjectName(u"wrapUpFollowUp"_s);
    followUp_->setToolTip(tr("The conversation comes back to your queue at this time"));
    followUpAt_ = new QDateTimeEdit(this);
    followUpAt_->setObjectName(u"wrapUpFollowUpAt"_s);
    followUpAt_->setAccessibleName(tr("Follow-up time"));
    followUpAt_->setCalendarPopup(true);
    followUpAt_->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + u" HH:mm"_s);
    followUpAt_->setEnabled(false);
    auto* followUpRow = new QHBoxLayout;
    followUpRow->setSpacing(8);
    followUpRow->addWidget(followUp_);
    followUpRow->addWidget(followUpAt_, 1);

    problem_ = new QLabel(this);
    problem_->setObjectName(u"wrapUpProblem"_s);
    problem_->setTextFormat(Qt::PlainText);
    problem_->setWordWrap(true);
    problem_->hide();

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Outcome"), code_);
    form->addRow(tr("&Notes"), notes_);
    form->addRow(tr("&Tags"), tagEditor_);
    form->addRow(tr("Follow-up"), followUpRow);
    form->addRow(QString(), problem_);

    skip_ = new QPushButton(tr("S&kip"), this);
    skip_->setObjectName(u"wrapUpSkip"_s);
    skip_->setToolTip(tr("End without a wrap-up"));
    skip_->setAutoDefault(false);
    submit_ = new QPushButton(tr("&Submit"), this);
    submit_->setObjectName(u"wrapUpSubmit"_s);
    // No default button: Enter adds a tag or a line of notes, never submits by accident.
    submit_->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(waiting_);
    buttons->addStretch();
    buttons->addWidget(skip_);
    buttons->addWidget(submit_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(kMargin, 16, kMargin, 14);
    layout->setSpacing(6);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    layout->addWidget(title_);
    layout->addWidget(callLine_);
    layout->addSpacing(6);
    layout->addWidget(whoBox_);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addSpacing(10);
    layout->addLayout(buttons);
}

QDateTime WrapUpPanel::defaultFollowUp(const QDateTime& now)
{
    return QDateTime(now.toLocalTime().date().addDays(kFollowUpDays), QTime(kFollowUpHour, 0));
}

void WrapUpPanel::onWrapUpDue(const QString&)
{
    // A fresh form for each call. An unanswered one is here because the agent asked to log
    // a callback: offer one.
    const bool unanswered = DisplayNames::isUnansweredCall(pop_.wrappingUp().call().disposition);
    const WrapUpCode code = unanswered ? WrapUpCode::CallbackNeeded : WrapUpCode::Resolved;
    code_->setCurrentIndex(code_->findData(int(code)));
    notes_->clear();
    tags_.clear();
    tagEditor_->setTags(tags_);
    followUpAt_->setDateTime(defaultFollowUp(QDateTime::currentDateTime()));
    followUp_->setChecked(unanswered);
    followUpAt_->setEnabled(unanswered);
    showWaiting(pop_.wrapUpsWaiting());
    refresh();
    show();
    raise();
    // The call just talked in, or the callback just asked for: the agent is on it.
    activateWindow();
    if (chooser_->needsChoice())
        chooser_->focusFirstField();
    else
        notes_->setFocus(Qt::OtherFocusReason);
}

void WrapUpPanel::showWaiting(int count)
{
    waiting_->setText(count == 1 ? tr("1 more to wrap up") : tr("%1 more to wrap up").arg(count));
    waiting_->setVisible(count > 0);
}

void WrapUpPanel::refresh()
{
    const models::CallerChoice& ended = pop_.wrappingUp();
    const protocol::CallFrame& call = ended.call();
    QString name;
    if (const models::CallerCard* card = ended.chosenCard())
        name = card->summary.name;
    const bool outgoing = call.direction == u"out";
    const QString number = call.withheld ? tr("withheld number")
        : outgoing                       ? (call.to.isEmpty() ? call.e164 : call.to)
                                         : (call.from.isEmpty() ? call.e164 : call.from);
    const bool unanswered = DisplayNames::isUnansweredCall(call.disposition);
    if (unanswered && name.isEmpty())
        title_->setText(outgoing ? tr("Unanswered call to an unknown number")
                                 : tr("Missed call from an unknown caller"));
    else if (unanswered)
        title_->setText(
            outgoing ? tr("Unanswered call to %1").arg(name) : tr("Missed call from %1").arg(name));
    else if (name.isEmpty())
        title_->setText(tr("Wrap up the call with an unknown caller"));
    else
        title_->setText(tr("Wrap up the call with %1").arg(name));
    const QString outcome = DisplayNames::disposition(call.disposition);
    if (call.durationSeconds > 0)
        callLine_->setText(outgoing
                ? tr("Outgoing call · %1 · %2 · %3")
                      .arg(DisplayNames::duration(call.durationSeconds), outcome, number)
                : tr("Incoming call · %1 · %2 · %3")
                      .arg(DisplayNames::duration(call.durationSeconds), outcome, number));
    else
        callLine_->setText(outgoing ? tr("Outgoing call · %1 · %2").arg(outcome, number)
                                    : tr("Incoming call · %1 · %2").arg(outcome, number));

    const bool needsCustomer = !ended.landed() && ended.chosenCustomerId().isEmpty();
    notLogged_->setVisible(needsCustomer);
    chooser_->refresh();
    // On the timeline already: nothing to choose.
    whoBox_->setVisible(!ended.landed() && (needsCustomer || chooser_->isVisibleTo(whoBox_)));
    validate();
    applyColours();
}

bool WrapUpPanel::needsCustomer() const
{
    const models::CallerChoice& ended = pop_.wrappingUp();
    return !ended.isEmpty() && !ended.landed() && ended.chosenCustomerId().isEmpty();
}

void WrapUpPanel::validate()
{
    const bool needsCustomer = this->needsCustomer();
    submit_->setEnabled(!needsCustomer);
    submit_->setToolTip(needsCustomer ? notLogged_->text() : QString());
    const bool past
        = followUp_->isChecked() && followUpAt_->dateTime() <= QDateTime::currentDateTime();
    problem_->setText(past ? tr("Choose a time in the future for the follow-up call.") : QString());
    problem_->setVisible(past);
}

QString WrapUpPanel::problem() const
{
    if (needsCustomer())
        return notLogged_->text();
    return problem_->isVisibleTo(this) ? problem_->text() : QString();
}

void WrapUpPanel::submit()
{
    if (pop_.wrappingUp().isEmpty() || !submit_->isEnabled())
        return;
    validate();
    if (problem_->isVisibleTo(this)) {
        followUpAt_->setFocus(Qt::OtherFocusReason);
        return;
    }
    const auto code = WrapUpCode(code_->currentData().toInt());
    const QDateTime followUpAt
        = followUp_->isChecked() ? followUpAt_->dateTime().toUTC() : QDateTime();
    if (!pop_.wrapUp(code, notes_->toPlainText(), tags_, followUpAt)) {
        problem_->setText(tr("The wrap-up was not sent: the notes or tags are too long."));
        problem_->show();
    }
    // Sent: CallPop is done with the call; wrapUpDone hides the panel, or wrapUpDue shows
    // the next call to wrap up.
}

void WrapUpPanel::skip()
{
    if (pop_.wrappingUp().isEmpty())
        hide();
    else
        pop_.skipWrapUp(); // wrapUpDone hides the panel, or wrapUpDue shows the next call
}

void WrapUpPanel::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void WrapUpPanel::reject()
{
    skip();
}

void WrapUpPanel::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && problem_)
        applyColours(); // light and dark themes tint differently
}

void WrapUpPanel::applyColours()
{
    const auto tint = [](QLabel* label, const QColor& colour) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, colour);
        label->setPalette(p);
    };
    tint(callLine_, WorkspacePalette::secondaryText(palette()));
    tint(waiting_, WorkspacePalette::warning(palette()));
    tint(notLogged_, WorkspacePalette::warning(palette()));
    tint(problem_, WorkspacePalette::danger(palette()));
    const bool unanswered = DisplayNames::isUnansweredCall(pop_.wrappingUp().call().disposition);
    tint(title_,
        unanswered ? WorkspacePalette::danger(palette()) : palette().color(QPalette::WindowText));
}

} // namespace switchboard::ui
