// Whom a call was with, when the number alone does not say: one of the several customers
// who share it (a list to pick from), or, for an unknown or withheld caller, a new customer
// made with the number filled in, or an existing one found in the local cache and linked
// (the number joins their phones). Each choice becomes a CallPop call (pick, createCustomer,
// link) for its target; the pop decides what is sent. Used by the call pop (the live call)
// and by the wrap-up panel (the call being wrapped up).
#pragma once

#include "models/CallPop.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;

namespace switchboard::models {
class SearchResultsModel;
}

namespace switchboard::ui {

class CallerChooser : public QWidget {
    Q_OBJECT
public:
    CallerChooser(models::CallPop& pop, models::CallPop::Target target,
        models::SearchResultsModel& search, QWidget* parent = nullptr);

    // Shows what the target call needs: the list of matches, the create and link
    // form, or the customer just created or linked. Hidden when the caller is known.
    void refresh();
    // Whether there is anything to choose: several matches, or an unknown caller nobody
    // has been chosen for yet.
    bool needsChoice() const;
    // Focuses the first field of the form (the first name, or the list of matches).
    void focusFirstField();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildMatches();
    QWidget* buildUnknownForm();
    void fillMatches();
    void create();
    void linkSelected();
    void showError(const QString& text);
    void applyColours();
    const models::CallerChoice& choice() const { return pop_.choice(target_); }

    models::CallPop& pop_;
    const models::CallPop::Target target_;
    models::SearchResultsModel& search_;
    QString callId_; // the call the fields were filled for
    QStringList matchIds_; // the customers listed in matches_
    QWidget* matchesBox_ = nullptr;
    QListWidget* matches_ = nullptr;
    QWidget* unknownBox_ = nullptr;
    QLineEdit* firstName_ = nullptr;
    QLineEdit* lastName_ = nullptr;
    QLabel* number_ = nullptr;
    QPushButton* create_ = nullptr;
    QLineEdit* linkField_ = nullptr;
    QListView* linkResults_ = nullptr;
    QPushButton* link_ = nullptr;
    QLabel* error_ = nullptr;
    QLabel* chosen_ = nullptr;
    QList<QLabel*> secondary_;
};

} // namespace switchboard::ui
