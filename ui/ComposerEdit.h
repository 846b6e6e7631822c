// The composer's text box: a plain-text editor that lets a completer popup (the canned
// replies) take Enter, Tab and Escape while it is open, instead of inserting them.
#pragma once

#include <QPlainTextEdit>

class QCompleter;

namespace switchboard::ui {

class ComposerEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit ComposerEdit(QWidget* parent = nullptr);

    void setCompleter(QCompleter* completer);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QCompleter* completer_ = nullptr;
};

} // namespace switchboard::ui
