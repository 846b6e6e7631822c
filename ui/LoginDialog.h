// Signing in to a switchboard-server: the address it goes to, a user name and a password.
// It only collects them; the application does the login and, when it fails, opens the
// dialog again with the problem shown above the fields.
#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

namespace switchboard::ui {

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(const QUrl& server, const QString& username, QWidget* parent = nullptr);

    void showProblem(const QString& text);
    QString username() const;
    QString password() const;

private:
    void updateButton();

    QLabel* problem_ = nullptr;
    QLineEdit* username_ = nullptr;
    QLineEdit* password_ = nullptr;
    QPushButton* signIn_ = nullptr;
};

} // namespace switchboard::ui
