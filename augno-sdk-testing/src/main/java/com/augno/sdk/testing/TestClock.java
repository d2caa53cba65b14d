package com.augno.sdk.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A {@link Clock} that stands still until the test moves it: hand it to {@link FakeAugnoServer}
 * (and to the client under test) to make key expiry and scheduled revocation happen on demand.
 *
 * <p>Thread-safe. The zone is always UTC.
 */
public final class TestClock extends Clock {
    private volatile Instant now;

    private TestClock(Instant start) {
        this.now = start;
    }

    /**
     * Returns a clock that reads {@code start} until moved.
     *
     * @throws NullPointerException if {@code start} is null
     */
    public static TestClock at(Instant start) {
        return new TestClock(Objects.requireNonNull(start, "start == null"));
    }

    /** Returns a clock that reads the current system time, truncated to whole seconds, until moved. */
    public static TestClock startingNow() {
        return new TestClock(Instant.ofEpochSecond(Instant.now().getEpochSecond()));
    }

    /**
     * Moves the clock forward by {@code amount} and returns the new time.
     *
     * @throws IllegalArgumentException if {@code amount} is negative
     */
    public synchronized Instant advance(Duration amount) {
        Objects.requireNonNull(amount, "amount == null");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        now = now.plus(amount);
        return now;
    }

    /** Sets the clock to {@code instant} (backwards is allowed). */
    public void set(Instant instant) {
        now = Objects.requireNonNull(instant, "instant == null");
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Returns {@link ZoneOffset#UTC}. */
    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /**
     * Returns this clock: a test clock has one zone.
     *
     * @throws UnsupportedOperationException if {@code zone} is not UTC
     */
    @Override
    public Clock withZone(ZoneId zone) {
        if (!ZoneOffset.UTC.equals(zone.normalized())) {
            throw new UnsupportedOperationException("TestClock is always UTC");
        }
        return this;
    }

    @Override
    public String toString() {
        return "TestClock(" + now + ")";
    }
}
