// A server the fan-out load is pointed at. The load opens its clients on url(), sends each
// one openingFrame() (if any) and waits until isReady() says the server will deliver to it;
// then one injector client sends injection(k) frames, and every client watches for the
// marker that injectionMarker(k) names in what it receives.
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace switchboard::bench {

class FanoutTarget {
public:
    virtual ~FanoutTarget() = default;

    virtual QString name() const = 0;
    // Starts the server; empty on success, else why it failed.
    virtual QString start() = 0;
    virtual QUrl url() const = 0;
    virtual QByteArray openingFrame() const = 0;
    virtual bool isReady(const QByteArray& frame) const = 0;
    virtual QByteArray injection(qint64 k) const = 0;

    // The text every delivery of injection k carries, found without parsing the frame so the
    // load process stays cheap next to the server it measures.
    static QByteArray injectionMarker(qint64 k) { return "fanout-" + QByteArray::number(k) + ':'; }
};

} // namespace switchboard::bench
