// When to try the server again after a session was lost: capped exponential backoff with
// full jitter. The ceiling doubles with each failed attempt up to a cap, and the delay is
// drawn uniformly below it, so a server that restarts is not hit by every desktop at the
// same instant (and no client retries in a tight loop). A successful welcome resets it.
//
// Owned by one connection; the random generator is seeded by the caller so tests can
// replay a sequence exactly.
#pragma once

#include <QRandomGenerator>

#include <chrono>

namespace switchboard::sync {

struct RetrySettings {
    std::chrono::milliseconds initial { 500 }; // ceiling of the first retry
    std::chrono::milliseconds cap { 30'000 }; // the ceiling never grows past this
};

class RetryPolicy {
public:
    using Settings = RetrySettings;

    explicit RetryPolicy(Settings settings = {}, quint32 seed = randomSeed());

    // The delay before the next attempt, in [0, ceiling()]; then the ceiling doubles.
    std::chrono::milliseconds nextDelay();
    // The session got as far as a welcome: the next failure starts from `initial` again.
    void reset();

    // The upper bound of the next delay.
    std::chrono::milliseconds ceiling() const;
    int failures() const { return failures_; }
    const Settings& settings() const { return settings_; }

    static quint32 randomSeed();

private:
    Settings settings_;
    QRandomGenerator random_;
    int failures_ = 0;
};

} // namespace switchboard::sync
