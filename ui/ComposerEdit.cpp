#include "ui/ComposerEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>

namespace switchboard::ui {

ComposerEdit::ComposerEdit(QWidget* parent)
    : QPlainTextEdit(parent)
{
}

void ComposerEdit::setCompleter(QCompleter* completer)
{
    completer_ = completer;
}

void ComposerEdit::keyPressEvent(QKeyEvent* event)
{
    if (completer_ && completer_->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
        case Qt::Key_Escape:
        case Qt::Key_Backtab:
            event->ignore(); // the completer chooses or closes
            return;
        default:
            break;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace switchboard::ui
