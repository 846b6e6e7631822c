// After the hangup: how the call went (a disposition code), notes, tags, and an optional
// follow-up, a callback at a chosen time that lands in the agent's queue when due. Submit
// (Ctrl+Return) sends call.wrapUp through CallPop; Skip ends without one. A call that did
// not land on a timeline by itself (an unknown caller, or a number several customers
// share) is logged once the agent says whom it was with, so the panel offers the same
// pick, create and link controls as the pop, and Submit waits for them.
//
// Shows the call CallPop is wrapping up (never the live one: a new call rings in the pop
// while this stays open) and forwards what the agent entered; CallPop checks it again and
// makes the command. Other ended calls wait their turn ("1 more to wrap up"). A missed call
// comes here only when the agent logs a callback from the call list: Callback needed, with
// the follow-up ticked.
#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace switchboard::models {
class CallPop;
class SearchResultsModel;
class TagListModel;
} // namespace switchboard::models

namespace switchboard::ui {

class CallerChooser;
class TagEditor;

class WrapUpPanel : public QDialog {
    Q_OBJECT
public:
    WrapUpPanel(models::CallPop& pop, models::TagListModel& tags,
        models::SearchResultsModel& search, QWidget* parent = nullptr);

    // The follow-up offered by default: two days from now at 10:00, local time.
    static QDateTime defaultFollowUp(const QDateTime& now);

    // What the panel says is wrong (a follow-up in the past, no customer chosen); empty
    // when Submit would go through. For tests.
    QString problem() const;

public Q_SLOTS:
    void submit();
    void skip();

protected:
    // Esc does nothing (notes are not thrown away by a stray key); the close button skips.
    void keyPressEvent(QKeyEvent* event) override;
    void reject() override;
    void changeEvent(QEvent* event) override;

private:
    void buildLayout(models::TagListModel& tags, models::SearchResultsModel& search);
    void onWrapUpDue(const QString& callId);
    void showWaiting(int count);
    void refresh();
    bool needsCustomer() const;
    void validate();
    void applyColours();

    models::CallPop& pop_;
    QLabel* title_ = nullptr;
    QLabel* callLine_ = nullptr;
    QLabel* waiting_ = nullptr;
    QFrame* whoBox_ = nullptr;
    QLabel* notLogged_ = nullptr;
    CallerChooser* chooser_ = nullptr;
    QComboBox* code_ = nullptr;
    QPlainTextEdit* notes_ = nullptr;
    TagEditor* tagEditor_ = nullptr;
    QStringList tags_;
    QCheckBox* followUp_ = nullptr;
    QDateTimeEdit* followUpAt_ = nullptr;
    QLabel* problem_ = nullptr;
    QPushButton* submit_ = nullptr;
    QPushButton* skip_ = nullptr;
};

} // namespace switchboard::ui
