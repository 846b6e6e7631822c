// The Ctrl+K search: a field and the grouped results (customers, then messages) found in
// the local cache as the agent types, so it works offline. Up and Down move between hits
// (headings are skipped), Enter opens the chosen customer, Escape closes.
#pragma once

#include <QDialog>

class QLineEdit;
class QListView;

namespace switchboard::models {
class SearchResultsModel;
}

namespace switchboard::ui {

class SearchPopup : public QDialog {
    Q_OBJECT
public:
    explicit SearchPopup(models::SearchResultsModel& results, QWidget* parent = nullptr);

    // Shows the popup over the top of `anchor`, with the field empty and focused.
    void popUp(QWidget* anchor);
    QLineEdit* field() const { return field_; }

Q_SIGNALS:
    // The customer whose timeline to open; `messageId` is set when a message was chosen.
    void customerChosen(const QString& customerId, const QString& messageId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void move(int step);
    void choose();

    models::SearchResultsModel& results_;
    QLineEdit* field_ = nullptr;
    QListView* list_ = nullptr;
};

} // namespace switchboard::ui
