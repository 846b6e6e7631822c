// The HTTP side of the port: /health, logging in (and being throttled), and the strict
// parser's answers to requests it will not take.
#include "ServerTestSupport.h"
#include "server/HttpRequestParser.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTest>

using namespace switchboard::server;
using namespace switchboard::server::test;
using namespace Qt::StringLiterals;

class TestServerHttp : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<InProcessServer> server_;

    HttpReply loginAs(const QString& username, const QString& password)
    {
        return httpPost(server_->port, "/api/v1/login",
            QJsonDocument(QJsonObject { { "username"_L1, username }, { "password"_L1, password } })
                .toJson(QJsonDocument::Compact));
    }

private Q_SLOTS:
    void init()
    {
        server_ = InProcessServer::start();
        QVERIFY(server_);
    }
    void cleanup() { server_.reset(); }

    void healthSaysOk()
    {
        const HttpReply reply = httpGet(server_->port, "/health");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("status"_L1).toString(), u"ok"_s);
        QVERIFY(reply.json().value("liveSeq"_L1).toInteger() > 0);
        QCOMPARE(reply.header("content-type"), "application/json"_ba);
    }

    void loginGivesAnExpiringTokenAndTheAgent()
    {
        const HttpReply reply = loginAs(u"agent-3"_s, u"demo"_s);
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json();
        QVERIFY(body.value("token"_L1).toString().startsWith("sbt_"_L1));
        const QDateTime expires
            = QDateTime::fromString(body.value("expiresAt"_L1).toString(), Qt::ISODateWithMs);
        const qint64 hours = QDateTime::currentDateTimeUtc().secsTo(expires) / 3600;
        QVERIFY(hours >= 11 && hours <= 12);
        const QJsonObject agent = body.value("agent"_L1).toObject();
        QCOMPARE(agent.value("id"_L1).toString(), u"agent-3"_s);
        QCOMPARE(agent.value("role"_L1).toString(), u"lead"_s);
    }

    void aWrongPasswordAndAnUnknownUserGetTheSame401()
    {
        const HttpReply wrong = loginAs(u"agent-1"_s, u"guess"_s);
        const HttpReply unknown = loginAs(u"nobody"_s, u"demo"_s);
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrong.body, unknown.body);
        QCOMPARE(wrong.json().value("error"_L1).toObject().value("code"_L1).toString(),
            u"bad_credentials"_s);
    }

    void fiveFailuresThrottleTheUserEvenWithTheRightPassword()
    {
        for (int i = 0; i < 5; ++i)
            QCOMPARE(loginAs(u"agent-2"_s, u"guess"_s).status, 401);
        const HttpReply throttled = loginAs(u"agent-2"_s, u"demo"_s);
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.json().value("error"_L1).toObject().value("code"_L1).toString(),
            u"rate_limited"_s);
        const int retryAfter = throttled.header("retry-after").toInt();
        QVERIFY(retryAfter > 0 && retryAfter <= 300);
    }

    void fiveFailuresFromOneAddressThrottleEveryNameFromIt()
    {
        for (int i = 0; i < 5; ++i)
            QCOMPARE(loginAs(u"guess-%1"_s.arg(i), u"demo"_s).status, 401);
        QCOMPARE(loginAs(u"agent-1"_s, u"demo"_s).status, 429);
    }

    void requestsTheServerWillNotTake()
    {
        QCOMPARE(httpGet(server_->port, "/nowhere").status, 404);
        const HttpReply wrongMethod = httpRaw(server_->port, "DELETE /health HTTP/1.1\r\n\r\n");
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.header("allow"), "GET"_ba);
        QCOMPARE(httpRaw(server_->port, "POST /api/v1/login HTTP/1.1\r\n\r\n").status, 411);
        QCOMPARE(
            httpRaw(server_->port, "POST /api/v1/login HTTP/1.1\r\nContent-Length: 2000000\r\n\r\n")
                .status,
            413);
        QCOMPARE(httpRaw(server_->port, "GARBAGE\r\n\r\n").status, 400);
        QCOMPARE(httpRaw(server_->port,
                     "GET /health HTTP/1.1\r\nX: " + QByteArray(20000, 'a') + "\r\n\r\n")
                     .status,
            431);
        QCOMPARE(httpRaw(server_->port,
                         "GET /sync HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n")
                     .status,
            400);
        const HttpReply notJson = httpPost(server_->port, "/api/v1/login", "{nope");
        QCOMPARE(notJson.status, 400);
        QCOMPARE(notJson.json().value("error"_L1).toObject().value("code"_L1).toString(),
            u"bad_frame"_s);
        // The server still serves.
        QCOMPARE(httpGet(server_->port, "/health").status, 200);
    }

    void tlsServesHttpsAndWss()
    {
        if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty() || !QSslSocket::supportsSsl())
            QSKIP("needs the openssl tool and a TLS backend");
        QTemporaryDir keys;
        const QString cert = keys.filePath(u"cert.pem"_s);
        const QString key = keys.filePath(u"key.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s,
            { u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, key, u"-out"_s, cert,
                u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=localhost"_s });
        QVERIFY(openssl.waitForFinished(20000) && openssl.exitCode() == 0);
        server_.reset();
        server_ = InProcessServer::start(20, 60, [&](ServerOptions& options) {
            options.tlsCertificateFile = cert;
            options.tlsKeyFile = key;
        });
        QVERIFY(server_);

        QSslSocket socket;
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.connectToHostEncrypted(u"127.0.0.1"_s, server_->port);
        QVERIFY(QTest::qWaitFor([&] { return socket.isEncrypted(); }, 5000));
        socket.write("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n");
        QByteArray received;
        QVERIFY(QTest::qWaitFor([&] {
            received += socket.readAll();
            return received.contains("\"status\":\"ok\"");
        }));
        QVERIFY(received.startsWith("HTTP/1.1 200 OK"));

        // A plain-text request to the TLS port gets nothing it could mistake for an answer.
        QCOMPARE(httpGet(server_->port, "/health").status, 0);

        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        QWebSocket ws;
        ws.setSslConfiguration(tls);
        QList<QJsonObject> frames;
        connect(&ws, &QWebSocket::textMessageReceived, this, [&](const QString& text) {
            frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        ws.open(QUrl(u"wss://127.0.0.1:%1/sync"_s.arg(server_->port)));
        QVERIFY(QTest::qWaitFor([&] { return ws.state() == QAbstractSocket::ConnectedState; }));
        ws.sendTextMessage(u"{\"type\":\"hello\",\"protocol\":\"1.0\",\"token\":\"x\","
                           "\"space\":\"live\",\"lastSeq\":0}"_s);
        QVERIFY(QTest::qWaitFor([&] { return !frames.isEmpty(); }));
        QCOMPARE(frames.first().value("code"_L1).toString(), u"bad_token"_s);
    }

    void theParserIsStrict()
    {
        QVERIFY(!HttpRequestParser::parseHead("GET /a HTTP/1.0\r\n\r\n"));
        QVERIFY(!HttpRequestParser::parseHead("GET /a HTTP/1.1\r\nX: 1\r\n folded\r\n\r\n"));
        QVERIFY(!HttpRequestParser::parseHead("GET /a HTTP/1.1\r\nBad Name: 1\r\n\r\n"));
        auto twice = HttpRequestParser::parseHead(
            "POST /a HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n");
        QVERIFY(!twice);
        auto fine
            = HttpRequestParser::parseHead("POST /a?b=1 HTTP/1.1\r\nContent-Length: 7\r\n\r\n");
        QVERIFY(fine);
        QCOMPARE(fine->path(), "/a"_ba);
        QCOMPARE(*HttpRequestParser::bodyLength(*fine), 7);
    }
};

QTEST_GUILESS_MAIN(TestServerHttp)
#include "tst_serverhttp.moc"
