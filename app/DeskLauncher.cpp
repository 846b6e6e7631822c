#include "app/DeskLauncher.h"

#include "app/CachePath.h"
#include "app/EmbeddedDemoServer.h"
#include "ui/LoginDialog.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>

namespace switchboard::app {

using namespace Qt::StringLiterals;

// What the login dialog says about a failed sign-in, in the user's language.
QString DeskLauncher::describe(const sync::LoginError& error)
{
    switch (error.kind) {
    case sync::LoginError::Kind::BadCredentials:
        return tr("The user name or the password is not right.");
    case sync::LoginError::Kind::RateLimited:
        return tr("Too many failed attempts. Try again in %n second(s).", nullptr,
            error.retryAfterSeconds.value_or(60));
    case sync::LoginError::Kind::Unreachable:
        return tr("The server does not answer. Check the address and the network.");
    case sync::LoginError::Kind::BadReply:
        break;
    }
    return tr("The server gave an unexpected answer: %1").arg(error.message);
}

DeskLauncher::DeskLauncher(AppOptions options, QString dataDir, QObject* parent)
    : QObject(parent)
    , options_(std::move(options))
    , dataDir_(std::move(dataDir))
{
    connect(&login_, &sync::LoginClient::loggedIn, this, [this](const protocol::LoginReply& reply) {
        const QUrl server = demo_ ? demoUrl_ : options_.serverUrl;
        openDesk(server, reply);
    });
    connect(&login_, &sync::LoginClient::loginFailed, this, [this](const sync::LoginError& error) {
        if (demo_) {
            giveUp(tr("The demo agent could not sign in: %1").arg(error.message));
            return;
        }
        askForLogin(describe(error));
    });
}

DeskLauncher::~DeskLauncher()
{
    // The window and its sync thread go before the demo server they talk to.
    desk_.reset();
    demo_.reset();
}

void DeskLauncher::start()
{
    if (options_.mode == AppOptions::Mode::Demo)
        startDemo();
    else
        askForLogin();
}

void DeskLauncher::startDemo()
{
    demo_ = std::make_unique<EmbeddedDemoServer>(options_.demoCustomers);
    connect(demo_.get(), &EmbeddedDemoServer::failed, this, &DeskLauncher::giveUp);
    connect(demo_.get(), &EmbeddedDemoServer::ready, this, [this](const QUrl& server) {
        demoUrl_ = server;
        login_.login(server, QString(EmbeddedDemoServer::kDeskAgent),
            QString(EmbeddedDemoServer::kDemoPassword));
    });
    demo_->start();
}

void DeskLauncher::askForLogin(const QString& problem)
{
    ui::LoginDialog dialog(options_.serverUrl, username_);
    if (!problem.isEmpty())
        dialog.showProblem(problem);
    if (dialog.exec() != QDialog::Accepted) {
        QApplication::exit(0);
        return;
    }
    username_ = dialog.username();
    login_.login(options_.serverUrl, username_, dialog.password());
}

void DeskLauncher::openDesk(const QUrl& server, const protocol::LoginReply& login)
{
    sync::SyncEndpoint endpoint;
    endpoint.server = server;
    endpoint.token = login.token;
    // The demo's server is new each run, so its cache is too (in the demo's folder); drafts
    // are kept across runs in either case.
    const QString cacheRoot = demo_ ? demo_->folder() : dataDir_;
    const QString cache = CachePath::forDesk(cacheRoot, server, login.agent.id, endpoint.space);
    const QString draftsKey = demo_ ? u"demo"_s : CachePath::safePart(server.authority());
    const QString drafts = QDir(dataDir_).filePath(
        u"drafts/"_s + draftsKey + u'/' + CachePath::safePart(login.agent.id) + u".json"_s);
    QDir().mkpath(QFileInfo(drafts).absolutePath());
    auto desk = DeskSession::open(cache, drafts, endpoint, login.agent);
    if (!desk) {
        giveUp(desk.error());
        return;
    }
    desk_ = std::move(*desk);
    desk_->window().show();
    Q_EMIT deskOpened();
}

void DeskLauncher::giveUp(const QString& message)
{
    QMessageBox::critical(nullptr, tr("Switchboard"), message);
    QApplication::exit(1);
}

} // namespace switchboard::app
