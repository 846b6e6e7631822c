// The conversation's tags as coloured chips, each with a remove button, and a field that
// completes from the tag catalogue: Enter adds the typed tag, Backspace in the empty field
// removes the last one. Emits what the agent asked for; the chips follow the model.
#pragma once

#include <QStringList>
#include <QWidget>

class QCompleter;
class QHBoxLayout;
class QLineEdit;

namespace switchboard::models {
class TagListModel;
}

namespace switchboard::ui {

class TagEditor : public QWidget {
    Q_OBJECT
public:
    explicit TagEditor(models::TagListModel& tags, QWidget* parent = nullptr);

    void setTags(const QStringList& tags);
    const QStringList& tags() const { return tags_; }

public Q_SLOTS:
    void focusInput();

Q_SIGNALS:
    void addRequested(const QString& tag);
    void removeRequested(const QString& tag);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rebuildChips();
    void submit();

    models::TagListModel& catalogue_;
    QStringList tags_;
    QHBoxLayout* chips_ = nullptr;
    QLineEdit* input_ = nullptr;
    QCompleter* completer_ = nullptr;
};

} // namespace switchboard::ui
