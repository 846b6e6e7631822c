// The call pop: a window on top of everything that appears the moment a call rings for this
// agent and says who is calling, from the `offered` frame alone (name, number, segment,
// lifetime value, tags, the last three interactions, open conversations, last feedback),
// then adds what the cache knows (company, language, orders) as CallPop enriches the card.
// Accept (the default button, or Ctrl+Shift+A from any Switchboard window) opens the
// customer; Decline hands the call to the next free agent; Ignore (Esc) only hides the pop.
// Several matches: a list to pick from. Unknown or withheld caller: create the customer
// with the number filled in, or search the cache and link one (CallerChooser).
//
// Focus: the pop is shown without activating it (Qt::WA_ShowWithoutActivating), so it never
// takes the keyboard from what the agent is typing: a reply half-written in the composer
// must not end up in the pop, and an Enter meant for it must not accept a call. The agent
// takes the call with the mouse, Ctrl+Shift+A (an application-wide shortcut), or by
// clicking the tray notification, which does activate the pop (bringUp()).
//
// It shows CallPop's state and forwards the agent's answers to it; it decides nothing.
#pragma once

#include <QDialog>

class QAction;
class QLabel;
class QPushButton;

namespace switchboard::models {
class CallPop;
class SearchResultsModel;
class TagListModel;
} // namespace switchboard::models

namespace switchboard::ui {

class CallerCardView;
class CallerChooser;

class CallPopWindow : public QDialog {
    Q_OBJECT
public:
    CallPopWindow(models::CallPop& pop, models::SearchResultsModel& search,
        models::TagListModel& tags, QWidget* parent = nullptr);

    // Ctrl+Shift+A as an application-wide shortcut, enabled while a call rings (and while
    // the pop of an answered call is still up). The main window adds it to its own actions
    // as well, so it works while the pop is hidden (an application shortcut needs a visible
    // widget that holds it).
    QAction* acceptAction() const { return acceptAction_; }
    // The name in the header, and the "2 more waiting" line (empty when hidden); for tests.
    QString shownName() const;
    QString waitingText() const;
    CallerCardView* cardView() const { return card_; }
    CallerChooser* chooser() const { return chooser_; }

public Q_SLOTS:
    // Shows the pop and gives it the keyboard: the agent asked for it (tray notification).
    void bringUp();

Q_SIGNALS:
    // The pop shows the caller of the `offered` frame of `callId`; emitted synchronously in
    // CallPop::ringing's handler, right after the labels are set and before any enrichment.
    void populated(const QString& callId);

protected:
    // Esc and the window's close button: Ignore.
    void reject() override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void buildLayout();
    void onRinging(const QString& callId);
    void fill();
    void showWaiting(int pending);
    void updateButtons();
    void placeOnScreen();
    void applyColours();

    models::CallPop& pop_;
    QWidget* header_ = nullptr;
    QLabel* callLine_ = nullptr;
    QLabel* waiting_ = nullptr;
    QLabel* name_ = nullptr;
    CallerCardView* card_ = nullptr;
    CallerChooser* chooser_ = nullptr;
    QPushButton* accept_ = nullptr;
    QPushButton* decline_ = nullptr;
    QPushButton* ignore_ = nullptr;
    QAction* acceptAction_ = nullptr;
};

} // namespace switchboard::ui
