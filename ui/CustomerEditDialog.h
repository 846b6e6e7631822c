// Edits the customer fields an agent changes most (names, company, language, notes) and
// says which of them changed, for a customer.update command made on the revision shown.
#pragma once

#include "protocol/Customer.h"

#include <QDialog>
#include <QJsonObject>

class QLineEdit;
class QPlainTextEdit;

namespace switchboard::ui {

class CustomerEditDialog : public QDialog {
    Q_OBJECT
public:
    explicit CustomerEditDialog(const protocol::Customer& customer, QWidget* parent = nullptr);

    // Only the fields that differ from the customer as shown, by their protocol names.
    QJsonObject changedFields() const;
    // Sets a field's text, as typing would; for tests.
    void setField(const QString& name, const QString& text);

private:
    protocol::Customer original_;
    QLineEdit* firstName_ = nullptr;
    QLineEdit* lastName_ = nullptr;
    QLineEdit* company_ = nullptr;
    QLineEdit* language_ = nullptr;
    QPlainTextEdit* notes_ = nullptr;
};

} // namespace switchboard::ui
