package com.augno.sdk.testing.internal;

import com.augno.sdk.secrets.KeyMode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What {@code FakeAugnoServer.Builder} collects, with its checks and defaults (documented on the
 * builder's methods); {@link ServerCore} is built from it.
 */
public final class ServerSettings {
    Clock clock = Clock.systemUTC();
    KeyMode defaultMode = KeyMode.SANDBOX;
    boolean replayRevealsKeySecret = true;
    int rateLimit = 20;
    int requestJournalSize;
    int containerThreads = 24;
    int maxRequestLogs = 100_000;
    boolean trustForwardedFor;
    String keyBrand = KeyMode.brands().get(0);
    Duration jobDuration = Duration.ZERO;
    final List<Consumer<String>> mintListeners = new ArrayList<>();

    /** Sets the clock. */
    public void clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    /** Sets the default mode. */
    public void defaultMode(KeyMode mode) {
        this.defaultMode = Objects.requireNonNull(mode, "mode == null");
    }

    /** Sets whether replays repeat a key's secret. */
    public void replayRevealsKeySecret(boolean reveal) {
        this.replayRevealsKeySecret = reveal;
    }

    /**
     * Sets the announced rate limit.
     *
     * @throws IllegalArgumentException if {@code limit} is less than 1
     */
    public void rateLimit(int limit) {
        this.rateLimit = atLeast(1, limit, "limit");
    }

    /**
     * Sets the size of WireMock's journal.
     *
     * @throws IllegalArgumentException if {@code size} is negative
     */
    public void requestJournalSize(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        this.requestJournalSize = size;
    }

    /**
     * Sets how many request logs are kept.
     *
     * @throws IllegalArgumentException if {@code max} is less than 1
     */
    public void maxRequestLogs(int max) {
        this.maxRequestLogs = atLeast(1, max, "max");
    }

    /** Sets whether {@code X-Forwarded-For} plants client IPs. */
    public void trustForwardedFor(boolean trust) {
        this.trustForwardedFor = trust;
    }

    /**
     * Sets the number of server threads.
     *
     * @throws IllegalArgumentException if {@code threads} is less than 4
     */
    public void containerThreads(int threads) {
        this.containerThreads = atLeast(4, threads, "threads");
    }

    /** Adds a listener of minted secrets. */
    public void onKeyMinted(Consumer<String> listener) {
        mintListeners.add(Objects.requireNonNull(listener, "listener == null"));
    }

    /**
     * Sets the brand of the keys minted, the admin keys included.
     *
     * @throws IllegalArgumentException if {@code brand} is not a brand the SDK knows
     */
    public void keyBrand(String brand) {
        Objects.requireNonNull(brand, "brand == null");
        if (!KeyMode.brands().contains(brand)) {
            throw new IllegalArgumentException("admin keys need a brand the SDK knows, one of " + KeyMode.brands()
                    + "; change the brand after start with FakeAugnoServer.keyBrand(...)");
        }
        this.keyBrand = brand;
    }

    /**
     * Sets how long a job runs on the clock.
     *
     * @throws IllegalArgumentException if {@code duration} is negative
     */
    public void jobDuration(Duration duration) {
        Objects.requireNonNull(duration, "duration == null");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative: " + duration);
        }
        this.jobDuration = duration;
    }

    private static int atLeast(int min, int value, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ": " + value);
        }
        return value;
    }
}
