#include "bench/callpop/CallLoad.h"

#include "ui/CallPopWindow.h"

#include <QDateTime>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <cstdio>

namespace switchboard::bench {

using namespace Qt::StringLiterals;

namespace {

constexpr int kWrongPopsShown = 5;

QByteArray formField(const QString& key, const QString& value)
{
    return QUrl::toPercentEncoding(key, "[]") + '=' + QUrl::toPercentEncoding(value);
}

} // namespace

CallLoad::CallLoad(QUrl webhook, QString pbxUser, models::CallPop& pop, ui::CallPopWindow& window,
    QList<CallTarget> targets, QObject* parent)
    : QObject(parent)
    , webhook_(std::move(webhook))
    , pbxUser_(std::move(pbxUser))
    , pop_(pop)
    , window_(window)
    , targets_(std::move(targets))
{
    gap_.setSingleShot(true);
    timeout_.setSingleShot(true);
    connect(&gap_, &QTimer::timeout, this, &CallLoad::next);
    connect(&timeout_, &QTimer::timeout, this, [this] {
        if (!hungUp_) {
            ++timeouts_;
            hangUp();
            return;
        }
        // Hung up, but the ended frame never came: free the agent by hand.
        pop_.skipWrapUp();
        moveOn();
    });
}

void CallLoad::start()
{
    runId_ = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    connect(&window_, &ui::CallPopWindow::populated, this, &CallLoad::onPopulated);
    connect(&pop_, &models::CallPop::stateChanged, this, &CallLoad::onStateChanged);
    next();
}

void CallLoad::next()
{
    ++index_;
    if (index_ >= targets_.size()) {
        Q_EMIT finished();
        return;
    }
    ring();
}

void CallLoad::ring()
{
    callId_ = u"bench-%1-%2"_s.arg(runId_).arg(index_);
    hungUp_ = false;
    done_ = false;
    timeout_.start(kCallTimeoutMs);
    clock_.start();
    post(u"newCall"_s, {}, {}, [this, index = index_] {
        if (index == index_)
            answered_.add(double(clock_.nsecsElapsed()) / 1e6);
    });
}

void CallLoad::onPopulated(const QString& callId)
{
    if (callId != callId_ || hungUp_)
        return;
    const double ms = double(clock_.nsecsElapsed()) / 1e6;
    const CallTarget& target = targets_.at(index_);
    all_.add(ms);
    (target.cached ? cached_ : serverOnly_).add(ms);
    if (window_.shownName() != target.name) {
        if (++wrongPops_ <= kWrongPopsShown)
            std::fprintf(stderr, "bench callpop: %s popped as \"%s\", expected \"%s\"\n",
                qPrintable(target.dialled), qPrintable(window_.shownName()),
                qPrintable(target.name));
    }
    hangUp();
}

void CallLoad::hangUp()
{
    hungUp_ = true;
    timeout_.start(kCallTimeoutMs);
    post(u"hangup"_s, u"cause"_s, u"cancel"_s, [this, index = index_] {
        // It never popped (a timeout): nothing to wait for on the desk.
        if (index == index_ && pop_.state() == models::CallPop::State::Idle)
            moveOn();
    });
}

void CallLoad::onStateChanged(models::CallPop::State state)
{
    if (!hungUp_ || done_)
        return;
    // An abandoned call has no wrap-up: the pop is idle again at once.
    if (state == models::CallPop::State::Idle)
        moveOn();
}

void CallLoad::moveOn()
{
    if (done_)
        return;
    done_ = true;
    timeout_.stop();
    gap_.start(int(random_.between(kMinGapMs, kMaxGapMs)));
}

void CallLoad::post(const QString& event, const QString& extraKey, const QString& extraValue,
    const std::function<void()>& then)
{
    const CallTarget& target = targets_.at(index_);
    QByteArray body = formField(u"event"_s, event) + '&' + formField(u"from"_s, target.dialled)
        + '&' + formField(u"to"_s, u"4401"_s) + '&' + formField(u"direction"_s, u"in"_s) + '&'
        + formField(u"callId"_s, callId_) + '&' + formField(u"user[]"_s, pbxUser_);
    if (!extraKey.isEmpty())
        body += '&' + formField(extraKey, extraValue);
    QNetworkRequest request(webhook_);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    request.setTransferTimeout(kCallTimeoutMs);
    QNetworkReply* reply = network_.post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, event, then] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200) {
            ++failedPosts_;
            std::fprintf(stderr, "bench callpop: %s of %s answered HTTP %d: %s\n",
                qPrintable(event), qPrintable(callId_), status, reply->readAll().constData());
        }
        then();
    });
}

} // namespace switchboard::bench
