#include "store/TermSample.h"

#include "store/Database.h"
#include "store/SearchQuery.h"

#include <QHash>

#include <algorithm>

namespace switchboard::store {

StoreResult<qint64> TermSample::maxSequence(Database& db, const Sql& sql)
{
    auto max = db.cached(sql.maxSequence);
    if (!max)
        return std::unexpected(max.error());
    auto row = (*max)->step();
    if (!row)
        return std::unexpected(row.error());
    const qint64 largest = *row ? (*max)->int64(0) : 0;
    (*max)->reset();
    return largest;
}

StoreResult<TermSample> TermSample::load(Database& db, const Sql& sql)
{
    TermSample sample;
    auto largest = maxSequence(db, sql);
    if (!largest)
        return std::unexpected(largest.error());
    const qint64 maxSequence = *largest;
    sample.maxSequence_ = maxSequence;
    if (maxSequence <= 0)
        return sample;

    auto at = db.cached(sql.termsAt);
    if (!at)
        return std::unexpected(at.error());
    Statement& read = **at;
    const qint64 probes = std::min<qint64>(kRows, maxSequence);
    QHash<QByteArray, std::vector<int>> postings;
    for (qint64 i = 0; i < probes; ++i) {
        read.reset();
        read.bind(1, 1 + i * maxSequence / probes);
        auto found = read.step();
        if (!found)
            return std::unexpected(found.error());
        if (!*found)
            continue;
        const QByteArray terms = read.utf8(0);
        QList<QByteArrayView> words = SearchQuery::wordsOf(terms);
        std::sort(words.begin(), words.end());
        words.erase(std::unique(words.begin(), words.end()), words.end()); // rows, not uses
        for (QByteArrayView word : std::as_const(words))
            postings[word.toByteArray()].push_back(sample.sampled_);
        ++sample.sampled_;
    }
    read.reset();
    sample.words_.reserve(postings.size());
    for (auto it = postings.begin(); it != postings.end(); ++it)
        sample.words_.push_back({ it.key(), std::move(it.value()) });
    std::sort(sample.words_.begin(), sample.words_.end(),
        [](const Word& a, const Word& b) { return a.word < b.word; });
    // Sequence numbers of removed rows are holes: the share of probes that hit a row says
    // how many rows there are.
    sample.rows_ = maxSequence * sample.sampled_ / probes;
    return sample;
}

qint64 TermSample::scale(qint64 found) const
{
    return sampled_ == 0 ? 0 : rows_ * std::min<qint64>(found, sampled_) / sampled_;
}

const TermSample::Word* TermSample::find(QByteArrayView word) const
{
    const auto at = std::lower_bound(words_.cbegin(), words_.cend(), word,
        [](const Word& entry, QByteArrayView w) { return entry.word < w; });
    return at != words_.cend() && at->word == word ? &*at : nullptr;
}

qint64 TermSample::rowsWithWord(QByteArrayView word) const
{
    const Word* found = find(word);
    return found ? scale(qint64(found->rows.size())) : 0;
}

qint64 TermSample::rowsWithPrefix(QByteArrayView prefix) const
{
    return scale(sampledWithPrefix(prefix));
}

qint64 TermSample::wordsWithPrefix(QByteArrayView prefix) const
{
    const auto first = std::lower_bound(words_.cbegin(), words_.cend(), prefix,
        [](const Word& entry, QByteArrayView p) { return entry.word < p; });
    const auto end = std::find_if(
        first, words_.cend(), [&](const Word& entry) { return !entry.word.startsWith(prefix); });
    return qint64(end - first);
}

qint64 TermSample::sampledWithPrefix(QByteArrayView prefix) const
{
    std::vector<bool> matched(sampled_);
    qint64 found = 0;
    for (auto at = std::lower_bound(words_.cbegin(), words_.cend(), prefix,
             [](const Word&entry, QByteArrayView p) { return entry.word < p; });
         at != words_.cend() && at->word.startsWith(prefix); ++at) {
        for (int row : at->rows) {
            if (!matched[row]) {
                matched[row] = true;
                ++found;
            }
        }
    }
    return found;
}

} // namespace switchboard::store
