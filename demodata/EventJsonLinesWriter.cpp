#include "demodata/EventJsonLinesWriter.h"

#include <QJsonDocument>

namespace switchboard::demodata {

namespace {
constexpr qsizetype kFlushBytes = 1 << 20;
}

EventJsonLinesWriter::EventJsonLinesWriter(QIODevice& device)
    : device_(device) {
    buffer_.reserve(kFlushBytes + 64 * 1024);
}

EventJsonLinesWriter::~EventJsonLinesWriter() {
    flush();
}

QByteArray EventJsonLinesWriter::line(const protocol::Event& event) {
    QByteArray out = QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact);
    out += '\n';
    return out;
}

void EventJsonLinesWriter::write(const protocol::Event& event) {
    buffer_ += line(event);
    ++events_;
    if (buffer_.size() >= kFlushBytes)
        flush();
}

bool EventJsonLinesWriter::flush() {
    if (!buffer_.isEmpty() && ok()) {
        if (device_.write(buffer_) != buffer_.size())
            error_ = device_.errorString();
    }
    buffer_.clear();
    return ok();
}

} // namespace switchboard::demodata
