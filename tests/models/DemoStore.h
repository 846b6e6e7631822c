// A real Store file in a temporary folder, filled with the demo generator through
// Store::apply exactly as a sync would fill it, for the model and widget tests.
#pragma once

#include "demodata/DemoDataset.h"
#include "demodata/EventStreamSink.h"
#include "protocol/Limits.h"
#include "store/AgentRepository.h"
#include "store/InboxQuery.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace switchboard::testing {

using namespace Qt::StringLiterals;

class DemoStore {
public:
    // Small enough to fill in about a second, big enough that the busiest views need
    // more than one page.
    explicit DemoStore(qint64 customers = 400, qint64 messages = 4000)
    {
        QVERIFY(dir_.isValid());
        auto opened = store::Store::open(dir_.filePath(u"cache.sqlite"_s));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        store_.emplace(std::move(*opened));

        demodata::DatasetSize size;
        size.customers = customers;
        size.messages = messages;
        QList<protocol::Event> batch;
        QString failure;
        demodata::EventStreamSink sink([&](protocol::Event&& event) {
            batch.append(std::move(event));
            if (batch.size() == protocol::kMaxBatchEvents)
                flush(batch, failure);
        });
        demodata::DemoDataset(size).generate(sink);
        flush(batch, failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    store::Store& store() { return *store_; }
    QString path() const { return dir_.filePath(u"cache.sqlite"_s); }
    QString dir() const { return dir_.path(); }

    // The agent holding the most open conversations, so "My open" is never empty.
    QString busiestAgent()
    {
        auto agents = store_->agents().all();
        if (!agents)
            return {};
        QString best;
        qint64 most = -1;
        const store::InboxView mine { store::InboxView::Kind::Mine, {} };
        for (const auto& agent : *agents) {
            const qint64 n
                = store::InboxQuery(store_->database()).count(mine, agent.id).value_or(0);
            if (n > most) {
                most = n;
                best = agent.id;
            }
        }
        return best;
    }

private:
    void flush(QList<protocol::Event>& batch, QString& failure)
    {
        if (batch.isEmpty() || !failure.isEmpty())
            return;
        auto applied = store_->apply(u"live"_s, batch);
        if (!applied)
            failure = applied.error().toString();
        batch.clear();
    }

    QTemporaryDir dir_;
    std::optional<store::Store> store_;
};

} // namespace switchboard::testing
