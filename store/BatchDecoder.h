// Decodes a batch's payloads on a worker thread, ahead of the caller who writes them: on
// the bulk-sync path decoding JSON costs about half as much as writing the rows, so
// running the two side by side is most of the way to the raw insert rate. The worker also
// makes the search documents of customers and messages (folding, splitting and sorting
// their words: a tenth of the writer's time otherwise). Small batches (live events) are
// decoded on the caller's thread, where a thread would cost more than it saves.
//
// The worker reads only the events (never the database); the caller must keep the list
// alive and unchanged while the BatchDecoder exists.
#pragma once

#include "store/EventDecoder.h"
#include "store/SearchDocument.h"

#include <QList>

#include <atomic>
#include <optional>
#include <thread>
#include <vector>

namespace switchboard::store {

class BatchDecoder {
public:
    // Starts decoding events[first...] at once.
    BatchDecoder(const QList<protocol::Event>& events, qsizetype first);
    // Stops the worker and waits for it (an error may end a batch early).
    ~BatchDecoder();
    BatchDecoder(const BatchDecoder&) = delete;
    BatchDecoder& operator=(const BatchDecoder&) = delete;

    // events[index]'s payload, waiting for the worker to get there; index >= first.
    StoreResult<DecodedPayload>& at(qsizetype index);
    // After at(index): the search document the worker made for a customer, or for a
    // message without its subject (SearchDocument::forMessageBody); null when none was made.
    const SearchDocument* document(qsizetype index) const;

private:
    static constexpr qsizetype kThreadedFrom = 64; // events left to decode

    void run(std::stop_token stop);

    const QList<protocol::Event>& events_;
    const qsizetype first_;
    std::vector<std::optional<StoreResult<DecodedPayload>>> results_;
    std::vector<std::optional<SearchDocument>> documents_; // by the worker only
    std::atomic<qsizetype> decoded_; // results_[first_, decoded_) are ready
    std::jthread worker_;            // last: starts after everything it uses exists
};

} // namespace switchboard::store
