package com.augno.sdk.http;

import java.time.Duration;

/**
 * Waits between retries. The default sleeps the calling thread; tests inject a recording fake so
 * that nothing really waits. Implementations must be safe for concurrent use.
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits for {@code duration}.
     *
     * @throws InterruptedException if the thread is interrupted while waiting; the SDK restores the
     *     interrupt flag and fails the call with {@link com.augno.sdk.errors.ApiConnectionException}
     */
    void sleep(Duration duration) throws InterruptedException;

    /** Returns the sleeper that sleeps the calling thread ({@link Thread#sleep(long)}). */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
