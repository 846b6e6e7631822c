#include "demodata/Random.h"

namespace switchboard::demodata {

namespace {

quint64 rotateLeft(quint64 x, int k) {
    return (x << k) | (x >> (64 - k));
}

quint64 splitMix(quint64& state) {
    state += 0x9e3779b97f4a7c15ULL;
    return Random::mix(state);
}

} // namespace

quint64 Random::mix(quint64 value) {
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

Random::Random(quint64 seed) {
    // splitmix64 never yields four zero words, which is the one state xoshiro cannot leave.
    for (quint64& word : state_)
        word = splitMix(seed);
}

Random Random::forStream(quint64 seed, quint64 stream, quint64 index) {
    return Random(mix(mix(seed ^ 0x5851f42d4c957f2dULL) + stream) ^ mix(index + stream));
}

quint64 Random::next() {
    const quint64 result = rotateLeft(state_[1] * 5, 7) * 9;
    const quint64 t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotateLeft(state_[3], 45);
    return result;
}

qint64 Random::below(qint64 bound) {
    Q_ASSERT(bound > 0);
    // The modulo bias is below 2^-40 for the bounds used here, far under anything visible.
    return static_cast<qint64>(next() % static_cast<quint64>(bound));
}

qint64 Random::between(qint64 low, qint64 high) {
    Q_ASSERT(low <= high);
    return low + below(high - low + 1);
}

bool Random::percent(int chance) {
    return below(100) < chance;
}

qsizetype Random::weighted(std::span<const int> weights) {
    qint64 total = 0;
    for (int w : weights)
        total += w;
    Q_ASSERT(total > 0);
    qint64 roll = below(total);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        roll -= weights[i];
        if (roll < 0)
            return static_cast<qsizetype>(i);
    }
    return static_cast<qsizetype>(weights.size()) - 1;
}

} // namespace switchboard::demodata
