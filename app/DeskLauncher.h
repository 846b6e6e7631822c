// Gets from the command line to a working desk: in the demo, start the embedded server and
// sign in as the demo agent; with --server, ask for a user name and password. Then open the
// desk (cache, sync, window) and show it. A failure on the way is shown to the user in a
// message box and ends the application with a non-zero code.
#pragma once

#include "app/AppOptions.h"
#include "app/DeskSession.h"
#include "sync/LoginClient.h"

#include <QObject>

#include <memory>

namespace switchboard::app {

class EmbeddedDemoServer;

class DeskLauncher : public QObject {
    Q_OBJECT
public:
    DeskLauncher(AppOptions options, QString dataDir, QObject* parent = nullptr);
    ~DeskLauncher() override;

    void start();
    // The open desk, once there is one (for tests).
    DeskSession* desk() const { return desk_.get(); }

Q_SIGNALS:
    void deskOpened();

private:
    void startDemo();
    void askForLogin(const QString& problem = {});
    void openDesk(const QUrl& server, const protocol::LoginReply& login);
    void giveUp(const QString& message);
    static QString describe(const sync::LoginError& error);

    AppOptions options_;
    QString dataDir_;
    std::unique_ptr<EmbeddedDemoServer> demo_;
    QUrl demoUrl_;
    sync::LoginClient login_;
    QString username_;
    std::unique_ptr<DeskSession> desk_;
};

} // namespace switchboard::app
