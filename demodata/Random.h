// A small seeded pseudo-random generator (xoshiro256**, seeded through splitmix64) that gives
// the same numbers on every platform and library version. The demo data must be
// byte-identical for the same seed, so nothing here may touch std distributions, whose
// output is implementation-defined.
#pragma once

#include <QtGlobal>
#include <array>
#include <span>

namespace switchboard::demodata {

class Random {
public:
    explicit Random(quint64 seed);

    // A generator for one independent stream, e.g. (seed, "customer", 42): the data of one
    // customer then does not depend on how many others came before it.
    static Random forStream(quint64 seed, quint64 stream, quint64 index);
    static quint64 mix(quint64 value);

    quint64 next();
    // Uniform in [0, bound); bound must be positive.
    qint64 below(qint64 bound);
    // Uniform in [low, high], both inclusive.
    qint64 between(qint64 low, qint64 high);
    bool percent(int chance);
    // An index into `weights`, chosen with probability proportional to its weight.
    qsizetype weighted(std::span<const int> weights);

    template <typename T> const T& pick(std::span<const T> items) {
        Q_ASSERT(!items.empty());
        return items[static_cast<std::size_t>(below(static_cast<qint64>(items.size())))];
    }
    template <typename T, std::size_t N> const T& pick(const std::array<T, N>& items) {
        return pick(std::span<const T>(items));
    }

private:
    std::array<quint64, 4> state_{};
};

} // namespace switchboard::demodata
