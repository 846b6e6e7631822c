// The live traffic of the demo: every second or two a customer writes in or follows up, or
// a colleague of the desk agent takes, tags, answers or resolves a conversation, or looks
// at one the desk agent owns. Colleagues act through CommandDispatcher with their own
// identity, so the role rules and the event log treat them as any desktop; customers'
// messages arrive as events, as a channel gateway would deliver them.
//
// Demo only: started by the desktop's --demo on the embedded server's thread.
#pragma once

#include "demodata/Random.h"
#include "demodata/ReferenceData.h"
#include "server/DemoCustomerActivity.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace switchboard::server {

class CommandDispatcher;
class ServerStorage;
class SpaceHub;

struct DemoTrafficOptions {
    QString deskAgentId = QStringLiteral("agent-1");
    int minIntervalMs = 800;
    int maxIntervalMs = 2500;
    quint64 seed = 1;
};

class DemoTraffic : public QObject {
    Q_OBJECT
public:
    DemoTraffic(ServerStorage& storage, CommandDispatcher& commands, SpaceHub& hub,
        DemoTrafficOptions options, QObject* parent = nullptr);

    // Reads the open conversations and customers once, then acts on a timer.
    std::expected<void, QString> start();
    qint64 actions() const { return actions_; }

private:
    void act();
    void customerWrites();
    void colleagueActs();
    void colleagueLooks();
    void publish(const QList<PendingEvent>& events);
    void scheduleNext();

    ServerStorage& storage_;
    CommandDispatcher& commands_;
    SpaceHub& hub_;
    DemoTrafficOptions options_;
    demodata::Random random_;
    demodata::ReferenceData reference_;
    DemoCustomerActivity customers_;
    QStringList customerIds_;
    QStringList openConversations_;
    QTimer timer_;
    qint64 actions_ = 0;
};

} // namespace switchboard::server
