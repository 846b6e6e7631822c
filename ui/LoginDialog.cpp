#include "ui/LoginDialog.h"

#include "ui/WorkspacePalette.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace switchboard::ui {

LoginDialog::LoginDialog(const QUrl& server, const QString& username, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Sign in to Switchboard"));
    auto* layout = new QVBoxLayout(this);
    auto* where = new QLabel(tr("Server: %1").arg(server.toDisplayString()), this);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(where);

    problem_ = new QLabel(this);
    problem_->setWordWrap(true);
    problem_->setVisible(false);
    QPalette warning = problem_->palette();
    warning.setColor(QPalette::WindowText, WorkspacePalette::warning(palette()));
    problem_->setPalette(warning);
    layout->addWidget(problem_);

    auto* form = new QFormLayout;
    username_ = new QLineEdit(username, this);
    username_->setAccessibleName(tr("User name"));
    password_ = new QLineEdit(this);
    password_->setEchoMode(QLineEdit::Password);
    password_->setAccessibleName(tr("Password"));
    form->addRow(tr("&User name:"), username_);
    form->addRow(tr("&Password:"), password_);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    signIn_ = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    signIn_->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(username_, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    connect(password_, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    updateButton();
    (username.isEmpty() ? username_ : password_)->setFocus();
    setMinimumWidth(380);
}

void LoginDialog::showProblem(const QString& text)
{
    problem_->setText(text);
    problem_->setVisible(!text.isEmpty());
}

QString LoginDialog::username() const
{
    return username_->text().trimmed();
}

QString LoginDialog::password() const
{
    return password_->text();
}

void LoginDialog::updateButton()
{
    signIn_->setEnabled(!username().isEmpty() && !password().isEmpty());
}

} // namespace switchboard::ui
