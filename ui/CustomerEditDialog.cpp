#include "ui/CustomerEditDialog.h"

#include "protocol/Limits.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace switchboard::ui {

namespace {

QLineEdit* lineEdit(
    const QString& text, const QString& accessibleName, qsizetype maxLength, QWidget* parent)
{
    auto* edit = new QLineEdit(text, parent);
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(int(maxLength));
    return edit;
}

} // namespace

CustomerEditDialog::CustomerEditDialog(const protocol::Customer& customer, QWidget* parent)
    : QDialog(parent)
    , original_(customer)
{
    setWindowTitle(tr("Edit customer"));
    setObjectName(u"customerEditDialog"_s);
    firstName_ = lineEdit(customer.firstName, tr("First name"), protocol::kMaxNameChars, this);
    lastName_ = lineEdit(customer.lastName, tr("Last name"), protocol::kMaxNameChars, this);
    company_ = lineEdit(customer.company, tr("Company"), protocol::kMaxNameChars, this);
    language_ = lineEdit(customer.language, tr("Language code"), 16, this);
    language_->setPlaceholderText(tr("tr, el, en…"));
    notes_ = new QPlainTextEdit(customer.notes, this);
    notes_->setAccessibleName(tr("Notes"));
    notes_->setTabChangesFocus(true);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&First name"), firstName_);
    form->addRow(tr("&Last name"), lastName_);
    form->addRow(tr("&Company"), company_);
    form->addRow(tr("L&anguage"), language_);
    form->addRow(tr("&Notes"), notes_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QJsonObject CustomerEditDialog::changedFields() const
{
    QJsonObject fields;
    const auto compare = [&fields](const char* name, const QString& now, const QString& before) {
        if (now != before)
            fields.insert(QLatin1StringView(name), now);
    };
    compare("firstName", firstName_->text().trimmed(), original_.firstName);
    compare("lastName", lastName_->text().trimmed(), original_.lastName);
    compare("company", company_->text().trimmed(), original_.company);
    compare("language", language_->text().trimmed(), original_.language);
    compare("notes", notes_->toPlainText(), original_.notes);
    return fields;
}

void CustomerEditDialog::setField(const QString& name, const QString& text)
{
    if (name == u"firstName")
        firstName_->setText(text);
    else if (name == u"lastName")
        lastName_->setText(text);
    else if (name == u"company")
        company_->setText(text);
    else if (name == u"language")
        language_->setText(text);
    else if (name == u"notes")
        notes_->setPlainText(text);
}

} // namespace switchboard::ui
