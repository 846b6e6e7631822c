// The right pane: who the customer is (name, company, segment, lifetime value, language),
// how to reach them, what they bought lately, what they said in their last surveys, their
// open conversations and tags. Its Edit button asks for an edit; the window makes the
// command.
#pragma once

#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace switchboard::models {
class CustomerProfile;
}

namespace switchboard::ui {

class ProfilePanel : public QScrollArea {
    Q_OBJECT
public:
    explicit ProfilePanel(models::CustomerProfile& profile, QWidget* parent = nullptr);

    // The name shown at the top; for tests.
    QString shownName() const;

Q_SIGNALS:
    // The agent asked to edit the customer shown.
    void editRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void addSection(const QString& title);
    QLabel* addLine(const QString& text, bool secondary = false);

    models::CustomerProfile& profile_;
    QWidget* content_ = nullptr;
    QVBoxLayout* layout_ = nullptr;
    QLabel* name_ = nullptr;
};

} // namespace switchboard::ui
