#include "store/TermSample.h"

#include "store/Database.h"
#include "store/SearchQuery.h"

#include <QHash>

#include <algorithm>

namespace switchboard::store {

StoreResult<TermSample> TermSample::load(Database& db, const Sql& sql)
{
    TermSample sample;
    sample.age_.start();
    auto max = db.cached(sql.maxSequence);
    if (!max)
        return std::unexpected(max.error());
    auto row = (*max)->step();
    if (!row)
        return std::unexpected(row.error());
    const qint64 maxSequence = *row ? (*max)->int64(0) : 0;
    (*max)->reset();
    if (maxSequence <= 0)
        return sample;

    auto at = db.cached(sql.termsAt);
    if (!at)
        return std::unexpected(at.error());
    Statement& read = **at;
    const qint64 probes = std::min<qint64>(kRows, maxSequence);
    QHash<QByteArray, int> counts;
    for (qint64 i = 0; i < probes; ++i) {
        read.reset();
        read.bind(1, 1 + i * maxSequence / probes);
        auto found = read.step();
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            continue;
        ++sample.sampled_;
        const QByteArray terms = read.utf8(0);
        QList<QByteArrayView> words = SearchQuery::wordsOf(terms);
        std::sort(words.begin(), words.end());
        words.erase(std::unique(words.begin(), words.end()), words.end()); // rows, not uses
        for (QByteArrayView word : std::as_const(words))
            ++counts[word.toByteArray()];
    }
    read.reset();
    sample.words_.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sample.words_.emplace_back(it.key(), it.value());
    std::sort(sample.words_.begin(), sample.words_.end());
    // Sequence numbers of removed rows are holes: the share of probes that hit a row says
    // how many rows there are.
    sample.rows_ = maxSequence * sample.sampled_ / probes;
    return sample;
}

qint64 TermSample::scale(qint64 found) const
{
    return sampled_ == 0 ? 0 : rows_ * std::min<qint64>(found, sampled_) / sampled_;
}

qint64 TermSample::rowsWithWord(QByteArrayView word) const
{
    const auto at = std::lower_bound(words_.cbegin(), words_.cend(), word,
                                     [](const auto& entry, QByteArrayView w) { return entry.first < w; });
    return at != words_.cend() && at->first == word ? scale(at->second) : 0;
}

qint64 TermSample::rowsWithPrefix(QByteArrayView prefix) const
{
    // Rows with two words of the prefix count twice: an estimate, and a cautious one.
    qint64 found = 0;
    for (auto at = std::lower_bound(words_.cbegin(), words_.cend(), prefix,
                                    [](const auto& entry, QByteArrayView p) { return entry.first < p; });
         at != words_.cend() && at->first.startsWith(prefix); ++at)
        found += at->second;
    return scale(found);
}

} // namespace switchboard::store
