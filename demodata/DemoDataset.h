// A realistic, deterministic demo data set for Switchboard: a contact centre's tags, queues
// and agents, then customers from Turkey, Greece and the UK with their orders,
// conversations on every channel, messages and calls, and survey feedback.
//
// The same DatasetSize always gives the same stream, entity for entity, on any machine.
// Entities are handed to a sink as they are made, in an order that is valid to apply one
// by one (see EntitySink), so a million customers never sit in memory at once.
#pragma once

#include "demodata/DatasetSize.h"
#include "demodata/EntitySink.h"

#include <memory>

namespace switchboard::demodata {

class DemoDataset {
public:
    // `size` must be valid (size.validationError() empty).
    explicit DemoDataset(DatasetSize size);
    ~DemoDataset();
    DemoDataset(const DemoDataset&) = delete;
    DemoDataset& operator=(const DemoDataset&) = delete;

    const DatasetSize& size() const { return size_; }

    void generate(EntitySink& sink) const;

private:
    struct Catalogues;

    DatasetSize size_;
    std::unique_ptr<const Catalogues> catalogues_;
};

} // namespace switchboard::demodata
