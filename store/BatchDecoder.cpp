#include "store/BatchDecoder.h"

namespace switchboard::store {

BatchDecoder::BatchDecoder(const QList<protocol::Event>& events, qsizetype first)
    : events_(events)
    , first_(first)
    , results_(static_cast<size_t>(events.size()))
    , documents_(static_cast<size_t>(events.size()))
    , decoded_(first)
{
    if (events.size() - first >= kThreadedFrom)
        worker_ = std::jthread([this](std::stop_token stop) { run(std::move(stop)); });
}

BatchDecoder::~BatchDecoder()
{
    if (worker_.joinable()) {
        worker_.request_stop();
        worker_.join();
    }
}

void BatchDecoder::run(std::stop_token stop)
{
    for (qsizetype i = first_; i < events_.size() && !stop.stop_requested(); ++i) {
        auto& result = results_[static_cast<size_t>(i)];
        result = EventDecoder::decode(events_.at(i));
        if (*result) {
            auto& document = documents_[static_cast<size_t>(i)];
            if (const auto* customer = std::get_if<protocol::Customer>(&**result))
                document = SearchDocument::forCustomer(*customer);
            else if (const auto* message = std::get_if<protocol::Message>(&**result))
                document = SearchDocument::forMessageBody(*message);
        }
        decoded_.store(i + 1, std::memory_order_release);
        decoded_.notify_one();
    }
}

StoreResult<DecodedPayload>& BatchDecoder::at(qsizetype index)
{
    Q_ASSERT(index >= first_ && index < events_.size());
    auto& slot = results_[static_cast<size_t>(index)];
    if (!worker_.joinable()) {
        if (!slot)
            slot = EventDecoder::decode(events_.at(index));
        return *slot;
    }
    for (qsizetype ready = decoded_.load(std::memory_order_acquire); ready <= index;
         ready = decoded_.load(std::memory_order_acquire))
        decoded_.wait(ready, std::memory_order_acquire);
    return *slot;
}

const SearchDocument* BatchDecoder::document(qsizetype index) const
{
    const auto& document = documents_[static_cast<size_t>(index)];
    return document ? &*document : nullptr;
}

} // namespace switchboard::store
