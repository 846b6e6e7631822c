#include "app/DemoCallSimulator.h"

#include "app/DialledNumber.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace switchboard::app {

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace {

Q_LOGGING_CATEGORY(lcDemoCalls, "switchboard.app.democalls", QtInfoMsg)

// A PBX that hears nothing for this long gives the request up; the next call still comes.
constexpr int kRequestTimeoutMs = 10'000;
// Numbers nobody in the demo data has: the generator gives customers none of this prefix.
constexpr QLatin1StringView kUnknownPrefix { "+90546" };
constexpr qint64 kSubscriberNumbers = 10'000'000;
constexpr QLatin1StringView kWithheld { "anonymous" };

QByteArray formBody(const QList<std::pair<QString, QString>>& fields)
{
    QByteArray body;
    for (const auto& [key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        // Percent-encoded, '+' too: in a form body a bare '+' would read as a space.
        body += QUrl::toPercentEncoding(key, "[]") + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

} // namespace

DemoCallTiming DemoCallTiming::scaledDown(int factor) const
{
    Q_ASSERT(factor > 0);
    DemoCallTiming scaled = *this;
    for (Ms* value : { &scaled.firstCallDelay, &scaled.minGap, &scaled.maxGap, &scaled.minRing,
             &scaled.maxRing, &scaled.minTalk, &scaled.maxTalk, &scaled.minAbandon,
             &scaled.maxAbandon, &scaled.ringOut })
        *value /= factor;
    return scaled;
}

DemoCallSimulator::DemoCallSimulator(DemoCallOptions options, QObject* parent)
    : QObject(parent)
    , options_(std::move(options))
    , random_(options_.seed)
{
    webhook_ = options_.server;
    webhook_.setPath(u"/api/v1/cti/"_s + options_.token);
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, [this] {
        if (Step step = std::exchange(onTimer_, nullptr))
            step();
    });
}

DemoCallSimulator::~DemoCallSimulator()
{
    // The reply must not call back into a half-destroyed simulator while the network
    // manager, a member, goes.
    timer_.stop();
    if (inFlight_) {
        inFlight_->disconnect(this);
        inFlight_->abort();
    }
}

void DemoCallSimulator::start()
{
    pollHealth();
}

void DemoCallSimulator::after(milliseconds delay, Step step)
{
    onTimer_ = std::move(step);
    timer_.start(delay);
}

milliseconds DemoCallSimulator::between(milliseconds low, milliseconds high)
{
    return milliseconds(random_.between(low.count(), std::max(low, high).count()));
}

// The server counts the WebSocket sessions it serves; the first one is the desk.
void DemoCallSimulator::pollHealth()
{
    QUrl health = options_.server;
    health.setPath(u"/health"_s);
    QNetworkRequest request(health);
    request.setTransferTimeout(kRequestTimeoutMs);
    QNetworkReply* reply = network_.get(request);
    inFlight_ = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QJsonObject health = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() == QNetworkReply::NoError
            && health.value("sessions"_L1).toInteger() > 0) {
            qCInfo(lcDemoCalls) << "a desk is connected; the first demo call rings in"
                                << options_.timing.firstCallDelay.count() << "ms";
            scheduleNextCall(options_.timing.firstCallDelay);
            return;
        }
        after(kHealthPollInterval, [this] { pollHealth(); });
    });
}

void DemoCallSimulator::scheduleNextCall(milliseconds delay)
{
    after(delay, [this] { startCall(); });
}

QString DemoCallSimulator::pickCaller()
{
    const int who = int(random_.below(100));
    if (who < kWithheldCallerPercent)
        return QString(kWithheld);
    const int style = int(random_.below(DialledNumber::kStyles));
    if (who < kWithheldCallerPercent + kUnknownCallerPercent || options_.knownNumbers.isEmpty()) {
        const QString subscriber = QString::number(random_.below(kSubscriberNumbers));
        return DialledNumber::write(
            kUnknownPrefix + QString(7 - subscriber.size(), u'0') + subscriber, style);
    }
    const QString& e164 = options_.knownNumbers.at(random_.below(options_.knownNumbers.size()));
    return DialledNumber::write(e164, style);
}

void DemoCallSimulator::startCall()
{
    ++callsStarted_;
    callId_ = u"demo-call-%1"_s.arg(callsStarted_);
    from_ = pickCaller();
    const int fate = int(random_.below(100));
    const Outcome outcome = fate < kAbandonedPercent ? Outcome::Abandoned
        : fate < kAbandonedPercent + kMissedPercent  ? Outcome::Missed
                                                     : Outcome::Answered;
    qCInfo(lcDemoCalls).noquote() << u"demo call %1 from %2"_s.arg(callId_, from_);
    post(u"newCall"_s, {}, [this, outcome](bool taken) {
        if (!taken) {
            // Nothing rings: the next call comes as if this one had ended.
            Q_EMIT callEnded(callId_);
            scheduleNextCall(between(options_.timing.minGap, options_.timing.maxGap));
            return;
        }
        Q_EMIT callStarted(callId_);
        const DemoCallTiming& t = options_.timing;
        switch (outcome) {
        case Outcome::Answered:
            after(between(t.minRing, t.maxRing), [this] {
                post(u"answer"_s, { { u"answeringNumber"_s, options_.pbxUser } }, [this](bool) {
                    const DemoCallTiming& t = options_.timing;
                    after(between(t.minTalk, t.maxTalk), [this] { endCall(u"normalClearing"_s); });
                });
            });
            break;
        case Outcome::Abandoned:
            after(between(t.minAbandon, t.maxAbandon), [this] { endCall(u"cancel"_s); });
            break;
        case Outcome::Missed:
            after(t.ringOut, [this] { endCall(u"noAnswer"_s); });
            break;
        }
    });
}

void DemoCallSimulator::endCall(const QString& cause)
{
    post(u"hangup"_s, { { u"cause"_s, cause } }, [this](bool) {
        Q_EMIT callEnded(callId_);
        scheduleNextCall(between(options_.timing.minGap, options_.timing.maxGap));
    });
}

void DemoCallSimulator::post(const QString& event, QList<std::pair<QString, QString>> fields,
    const std::function<void(bool taken)>& then)
{
    fields.prepend({ u"user[]"_s, options_.pbxUser });
    fields.prepend({ u"callId"_s, callId_ });
    fields.prepend({ u"direction"_s, u"in"_s });
    fields.prepend({ u"to"_s, options_.extension });
    fields.prepend({ u"from"_s, from_ });
    fields.prepend({ u"event"_s, event });
    QNetworkRequest request(webhook_);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    request.setTransferTimeout(kRequestTimeoutMs);
    QNetworkReply* reply = network_.post(request, formBody(fields));
    inFlight_ = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, event, then] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            ++failedPosts_;
            // The server's own words when it answered, else the network's; never the
            // token, the webhook's secret, which Qt's messages quote in the URL.
            QString why = answer.value("error"_L1).toObject().value("message"_L1).toString();
            if (why.isEmpty()) {
                why = reply->errorString();
                if (!options_.token.isEmpty())
                    why.replace(options_.token, u"***"_s);
            }
            qCWarning(lcDemoCalls).noquote()
                << u"demo call %1: POST %2 failed (HTTP %3): %4; the calls go on"_s.arg(
                       callId_, event, QString::number(status), why);
            then(false);
            return;
        }
        if (answer.value("action"_L1).toString() == "reject"_L1) {
            qCInfo(lcDemoCalls).noquote()
                << u"demo call %1: the server rejects the caller"_s.arg(callId_);
            then(false);
            return;
        }
        then(true);
    });
}

} // namespace switchboard::app
