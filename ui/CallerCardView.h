// What the call pop says about one caller: segment and lifetime value, tags, the last three
// interactions, open conversations and the last feedback, straight from the `offered`
// frame's summary; then the company, language and orders once the cache has enriched the
// card. Shows a models::CallerCard and nothing else: it reads no store and sends nothing.
// The caller's name is the pop's header, not part of this view.
#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace switchboard::models {
struct CallerCard;
class TagListModel;
} // namespace switchboard::models

namespace switchboard::ui {

class TagChipRow;

class CallerCardView : public QWidget {
    Q_OBJECT
public:
    explicit CallerCardView(models::TagListModel& tags, QWidget* parent = nullptr);

    void setCard(const models::CallerCard& card);
    // "Loyal customer · lifetime value ₺12,899.00"; for tests.
    QString summaryText() const;
    // Company, language and orders; empty until the card is enriched. For tests.
    QString enrichmentText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    QLabel* makeLabel(const QString& objectName, bool secondary);
    QLabel* makeSection(const QString& objectName);
    void applyColours();
    void clearGrid(QGridLayout* grid);

    QLabel* summary_ = nullptr;
    QLabel* details_ = nullptr; // company and language, from the cache
    QLabel* orders_ = nullptr; // orders this year and the latest one, from the cache
    TagChipRow* tags_ = nullptr;
    QLabel* interactionsTitle_ = nullptr;
    QGridLayout* interactions_ = nullptr;
    QLabel* openTitle_ = nullptr;
    QGridLayout* open_ = nullptr;
    QLabel* feedbackTitle_ = nullptr;
    QLabel* feedback_ = nullptr;
    QList<QLabel*> secondary_; // tinted with the palette's secondary text colour
};

} // namespace switchboard::ui
