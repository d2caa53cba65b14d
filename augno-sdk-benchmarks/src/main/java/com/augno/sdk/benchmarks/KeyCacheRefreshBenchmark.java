package com.augno.sdk.benchmarks;

import com.augno.sdk.internal.auth.KeyCache;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretValue;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Caller latency while the key is refreshed from a store that answers in 200 ms: the SDK's
 * {@link KeyCache} (refresh-ahead in the background) against a plain TTL cache that refreshes on
 * the caller's thread when the key expires (blocking refresh). Both refresh every second, so every
 * measurement iteration contains several refreshes; SampleTime shows the distribution (p99, max).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 5)
public class KeyCacheRefreshBenchmark {
    /** How long the store takes to answer, in milliseconds. */
    @Param({"200"})
    public int storeMillis;

    private @Nullable SlowStore aheadStore;
    private @Nullable SlowStore blockingStore;
    private @Nullable KeyCache refreshAhead;
    private @Nullable BlockingRefreshCache blocking;

    /** Builds both caches over their own 200 ms store, each refreshing every second. */
    @Setup
    public void setUp() {
        String key = BenchKeys.newKey(KeyMode.SANDBOX, 32);
        SlowStore a = new SlowStore(key, storeMillis);
        SlowStore b = new SlowStore(key, storeMillis);
        aheadStore = a;
        blockingStore = b;
        KeyCache cache =
                KeyCache.builder(a).refreshInterval(Duration.ofSeconds(1)).build();
        cache.currentKey();
        refreshAhead = cache;
        BlockingRefreshCache plain = new BlockingRefreshCache(b, Duration.ofSeconds(1));
        plain.currentKey();
        blocking = plain;
    }

    /** Closes the cache and prints the store calls each side made. */
    @TearDown
    public void tearDown() {
        KeyCache cache = refreshAhead;
        if (cache != null) {
            cache.close();
        }
        SlowStore a = aheadStore;
        SlowStore b = blockingStore;
        if (a != null && b != null) {
            System.out.printf("%nstore fetches: refresh-ahead %d, blocking %d%n", a.fetches.get(), b.fetches.get());
        }
    }

    /** The SDK's cache: the refresh runs in the background while callers keep the current key. */
    @Benchmark
    public ApiKey refreshAhead() {
        KeyCache cache = refreshAhead;
        if (cache == null) {
            throw new IllegalStateException("not set up");
        }
        return cache.currentKey();
    }

    /** A TTL cache that fetches on the caller's thread (under its lock) when the key expired. */
    @Benchmark
    public ApiKey blockingRefresh() {
        BlockingRefreshCache cache = blocking;
        if (cache == null) {
            throw new IllegalStateException("not set up");
        }
        return cache.currentKey();
    }

    /** A store that takes {@code millis} to answer each fetch. */
    static final class SlowStore implements SecretProvider {
        final AtomicInteger fetches = new AtomicInteger();
        private final String key;
        private final int millis;

        SlowStore(String key, int millis) {
            this.key = key;
            this.millis = millis;
        }

        @Override
        public SecretValue fetch() {
            fetches.incrementAndGet();
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return SecretValue.of(key);
        }

        @Override
        public String description() {
            return "slow-store(" + millis + " ms)";
        }
    }

    /** The naive alternative: expire after a TTL, refetch on the caller's thread. */
    static final class BlockingRefreshCache {
        private final SecretProvider provider;
        private final Duration ttl;
        private @Nullable ApiKey key;
        private Instant expiresAt = Instant.EPOCH;

        BlockingRefreshCache(SecretProvider provider, Duration ttl) {
            this.provider = provider;
            this.ttl = ttl;
        }

        synchronized ApiKey currentKey() {
            Instant now = Instant.now();
            ApiKey k = key;
            if (k == null || !now.isBefore(expiresAt)) {
                k = ApiKey.parse(provider.fetch(), provider.description());
                key = k;
                expiresAt = Instant.now().plus(ttl);
            }
            return k;
        }
    }
}
