// The login dialog's request: a good password gives a token that opens a sync session; a
// wrong one (or an unknown user) is BadCredentials, a storm of them RateLimited with the
// wait, a dead address Unreachable, and an answer that is not the documented one BadReply;
// never a crash, never a token made up from a bad answer.
#include "ServerProcess.h"
#include "protocol/Frame.h"
#include "sync/LoginClient.h"

#include <QTcpServer>
#include <QtTest>

using namespace switchboard;
using namespace switchboard::testing;
using namespace Qt::StringLiterals;
using Kind = sync::LoginError::Kind;

Q_DECLARE_METATYPE(sync::LoginError::Kind)

namespace {

std::expected<protocol::LoginReply, sync::LoginError> loginAndWait(
    const QUrl& server, const QString& user, const QString& password)
{
    sync::LoginClient client;
    QSignalSpy ok(&client, &sync::LoginClient::loggedIn);
    QSignalSpy failed(&client, &sync::LoginClient::loginFailed);
    client.login(server, user, password);
    if (!QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, 20'000))
        return std::unexpected(sync::LoginError { Kind::Unreachable, {}, u"timeout"_s, 0, {} });
    if (!ok.isEmpty())
        return ok.at(0).at(0).value<protocol::LoginReply>();
    return std::unexpected(failed.at(0).at(0).value<sync::LoginError>());
}

} // namespace

class TestLoginClient : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void interpretsTheDocumentedAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("waitSeconds");
        const QByteArray reply
            = "{\"token\": \"sbt_abc\", \"expiresAt\": \"2026-11-25T09:00:00.000Z\", \"agent\": "
              "{\"id\": \"agent-1\", \"name\": \"Elif Demir\", \"role\": \"agent\", \"teams\": [], "
              "\"presence\": \"available\", \"skills\": [], \"languages\": [\"tr\"]}}";
        QTest::newRow("ok") << 200 << reply << QByteArray() << true << Kind::BadReply << -1;
        QTest::newRow("bad credentials")
            << 401
            << QByteArray("{\"error\": {\"code\": \"bad_credentials\", \"message\": \"No.\"}}")
            << QByteArray() << false << Kind::BadCredentials << -1;
        QTest::newRow("rate limited")
            << 429
            << QByteArray("{\"error\": {\"code\": \"rate_limited\", \"message\": \"Wait.\"}}")
            << QByteArray("120") << false << Kind::RateLimited << 120;
        QTest::newRow("not json") << 200 << QByteArray("<html>") << QByteArray() << false
                                  << Kind::BadReply << -1;
        QTest::newRow("no token") << 200 << QByteArray("{\"expiresAt\": 5}") << QByteArray()
                                  << false << Kind::BadReply << -1;
        QTest::newRow("server error")
            << 500 << QByteArray("{}") << QByteArray() << false << Kind::BadReply << -1;
    }

    void interpretsTheDocumentedAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(bool, ok);
        QFETCH(Kind, kind);
        QFETCH(int, waitSeconds);
        const auto result = sync::LoginClient::interpret(status, body, retryAfter);
        QCOMPARE(result.has_value(), ok);
        if (ok) {
            QCOMPARE(result->token, u"sbt_abc"_s);
            QCOMPARE(result->agent.id, u"agent-1"_s);
            return;
        }
        QCOMPARE(result.error().kind, kind);
        QCOMPARE(result.error().httpStatus, status);
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(result.error().retryAfterSeconds.value_or(-1), waitSeconds);
    }

    void logsInToARealServer()
    {
        ServerProcess server { QStringLiteral(SWITCHBOARD_SERVER_PATH) };
        QVERIFY(server.seedDemo(20, 50, 1, u"s3cret-pass"_s));
        auto started = server.start();
        QVERIFY2(started, started ? "" : qPrintable(started.error()));

        auto good = loginAndWait(server.url(), u"agent-2"_s, u"s3cret-pass"_s);
        QVERIFY2(good, good ? "" : qPrintable(good.error().message));
        QVERIFY(!good->token.isEmpty());
        QCOMPARE(good->agent.id, u"agent-2"_s);
        QVERIFY(good->expiresAt > QDateTime::currentDateTimeUtc());

        auto wrong = loginAndWait(server.url(), u"agent-2"_s, u"wrong"_s);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().kind, Kind::BadCredentials);
        QCOMPARE(wrong.error().code, QString(protocol::ErrorCode::BadCredentials));
        auto unknown = loginAndWait(server.url(), u"nobody"_s, u"wrong"_s);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().kind, Kind::BadCredentials); // no telling which was wrong

        // Five failures for one user name within five minutes: then even the right
        // password waits (docs/protocol.md, Logging in).
        for (int i = 0; i < 5; ++i)
            loginAndWait(server.url(), u"agent-3"_s, u"wrong"_s);
        auto limited = loginAndWait(server.url(), u"agent-3"_s, u"s3cret-pass"_s);
        QVERIFY(!limited);
        QCOMPARE(limited.error().kind, Kind::RateLimited);
        QVERIFY(limited.error().retryAfterSeconds.value_or(0) > 0);
    }

    void deadAddressIsUnreachable()
    {
        QTcpServer placeholder; // a port that was free a moment ago and has no server now
        QVERIFY(placeholder.listen(QHostAddress::LocalHost));
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(u"127.0.0.1"_s);
        url.setPort(placeholder.serverPort());
        placeholder.close();
        auto result = loginAndWait(url, u"agent-1"_s, u"demo"_s);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Kind::Unreachable);
        QCOMPARE(result.error().httpStatus, 0);
    }
};

QTEST_GUILESS_MAIN(TestLoginClient)
#include "tst_loginclient.moc"
