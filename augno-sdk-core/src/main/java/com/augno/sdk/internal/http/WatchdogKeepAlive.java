package com.augno.sdk.internal.http;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okio.AsyncTimeout;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Spares each call a thread wake-up when its attempt timeout is armed.
 *
 * <p>Every attempt has a timeout (OkHttp's call timeout, an Okio {@link AsyncTimeout}). Okio keeps
 * the timeouts of the JVM in one queue watched by one thread, and wakes that thread whenever a
 * timeout becomes the queue's earliest. With calls one after another, each call's timeout is
 * alone in the queue and so the earliest: every call woke the watchdog thread, which cost more
 * than the rest of the SDK's work together (about 6 µs a call, measured in {@code
 * OverheadBreakdownBenchmark}).
 *
 * <p>This timeout is a sentinel: armed for one {@link #PERIOD} at a time, it stays earlier than
 * any call's timeout of more than a period (the default attempt timeout is 60 s), so a call's
 * timeout goes in behind it and wakes nobody. The watchdog wakes once a period, when the sentinel
 * expires; the sentinel then re-arms itself only if a call was made during that period, so an idle
 * SDK leaves Okio's watchdog to stop as it does without us. It never times out anything: every
 * call's own timeout is enforced by Okio as before; shorter ones (under a period) are merely
 * inserted in front of it, with the wake-up they always had.
 *
 * <p>Thread-safe. One per JVM ({@link #INSTANCE}), like Okio's watchdog; tests make their own.
 */
final class WatchdogKeepAlive extends AsyncTimeout {
    /** How long the sentinel is armed for at a time. */
    static final long PERIOD_MILLIS = 1_000;

    static final WatchdogKeepAlive INSTANCE = new WatchdogKeepAlive(PERIOD_MILLIS, null);

    private final AtomicBoolean armed = new AtomicBoolean();
    private final @Nullable Runnable onExpiry;
    // Set by calls (written only when it was false, so a busy client does not write it per call),
    // cleared by each expiry.
    private volatile boolean used;

    /** A sentinel armed for {@code periodMillis} at a time; {@code onExpiry} (tests) runs after each expiry. */
    WatchdogKeepAlive(long periodMillis, @Nullable Runnable onExpiry) {
        if (periodMillis <= 0) {
            throw new IllegalArgumentException("periodMillis must be positive: " + periodMillis);
        }
        timeout(periodMillis, TimeUnit.MILLISECONDS);
        this.onExpiry = onExpiry;
    }

    /** Before a call's timeout is armed: keeps (or puts) the sentinel in front of it. */
    void beforeCall() {
        if (!used) {
            used = true;
        }
        if (!armed.get() && armed.compareAndSet(false, true)) {
            enter();
        }
    }

    /** Whether the sentinel is in Okio's queue now (for tests). */
    boolean isArmed() {
        return armed.get();
    }

    /** On Okio's watchdog thread, when a period ends: re-arm if calls were made, else stand down. */
    @Override
    protected void timedOut() {
        exit(); // leaves the timed-out state, so that enter() may be called again
        if (used) {
            used = false;
            enter();
        } else {
            armed.set(false);
        }
        Runnable r = onExpiry;
        if (r != null) {
            r.run();
        }
    }
}
