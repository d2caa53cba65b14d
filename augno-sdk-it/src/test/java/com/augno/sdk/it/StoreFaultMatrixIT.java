package com.augno.sdk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.LogCapture;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.errors.AugnoException;
import com.augno.sdk.errors.InvalidApiKeyException;
import com.augno.sdk.errors.SecretAccessDeniedException;
import com.augno.sdk.errors.SecretNotFoundException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.errors.SecretUnavailableException;
import com.augno.sdk.internal.auth.KeyCache;
import com.augno.sdk.internal.secrets.JsonSecrets;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.PutOptions;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.testing.InMemorySecretStore;
import com.augno.sdk.testing.StoreFault;
import com.augno.sdk.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The store half of the fault matrix (docs/reliability.md): every store fault, at start-up (no key
 * cached yet: the caller waits for the first fetch) and at refresh (a key is cached and the refresh
 * is due), through the client's {@link KeyCache} with a fake clock and a one-thread scheduler that
 * the test drains, so that "at refresh" is reached without waiting for real time.
 *
 * <p>Each cell asserts the outcome (key served or exception), the exception type, that nothing
 * hangs (bounded waits; the only short timeout, 200 ms, faces a store that never answers until the
 * test releases it) and that no registered secret reaches the exception text or the captured logs.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class StoreFaultMatrixIT {

    /** A store fault; {@link #inject} installs it on a store that holds a good key. */
    enum StoreCase {
        SLOW,
        UNAVAILABLE,
        THROTTLED,
        ACCESS_DENIED,
        NOT_FOUND,
        DISABLED_VERSION,
        MALFORMED_JSON,
        EMPTY,
        WRONG_PREFIX,
        MODE_MISMATCH
    }

    enum Phase {
        START_UP,
        REFRESH
    }

    /** The wait that faces the store that never answers (until released after 15 s). */
    private static final Duration MAX_WAIT = Duration.ofMillis(200);
    /**
     * Every other cell's wait for a fetch that does answer: generous, so that a loaded machine
     * (a first fetch taking over 200 ms) cannot turn a typed failure into a timeout.
     */
    private static final Duration ANSWERED_WAIT = Duration.ofSeconds(10);

    private final TestClock clock = TestClock.at(Instant.parse("2026-03-01T10:00:00Z"));
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicBoolean slow = new AtomicBoolean();
    private ScheduledThreadPoolExecutor scheduler;
    private ExecutorService callers;
    private String goodKey;
    private InMemorySecretStore store;
    private FaultyProvider provider;
    private @Nullable KeyCache cache;

    @BeforeEach
    void setUp() {
        scheduler = new ScheduledThreadPoolExecutor(1, r -> new Thread(r, "matrix-scheduler"));
        callers = Executors.newSingleThreadExecutor(r -> new Thread(r, "matrix-caller"));
        goodKey = TestKeys.sandbox();
        store = InMemorySecretStore.builder()
                .name("matrix-secret")
                .initialValue(json(goodKey))
                .clock(clock)
                .sleeper(d -> {
                    if (slow.get() && !release.await(15, TimeUnit.SECONDS)) {
                        throw new InterruptedException("never released");
                    }
                })
                .build();
        provider = new FaultyProvider(store);
        LogCapture.reset();
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        release.countDown();
        KeyCache c = cache;
        if (c != null) {
            c.close();
        }
        scheduler.shutdownNow();
        callers.shutdownNow();
        assertThat(scheduler.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(callers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        LeakCanary.assertLogsClean();
    }

    /** The secret is a JSON document read with {@code #api_key}, as cloud stores usually hold it. */
    private static SecretValue json(String key) {
        return SecretValue.of("{\"api_key\":\"" + key + "\",\"owner\":\"billing\"}");
    }

    private KeyCache newCache(Duration maxWait) {
        KeyCache c = KeyCache.builder(provider)
                .keyMode(KeyMode.SANDBOX)
                .clock(clock)
                .scheduler(scheduler)
                // Retries far in the (fake) future: the matrix looks at one failure, not at recovery.
                .backoff(Duration.ofMinutes(10), Duration.ofMinutes(10))
                .maxWait(maxWait)
                .build();
        cache = c;
        return c;
    }

    /** Waits until every task queued on the cache's scheduler so far has run. */
    private void drainScheduler() throws Exception {
        scheduler.submit(() -> {}).get(10, TimeUnit.SECONDS);
    }

    private void inject(StoreCase c) {
        switch (c) {
            case SLOW:
                slow.set(true);
                store.failFetches(StoreFault.slow(Duration.ofSeconds(30)));
                break;
            case UNAVAILABLE:
                store.failFetches(StoreFault.unavailable());
                break;
            case THROTTLED:
                provider.throttled = true;
                break;
            case ACCESS_DENIED:
                store.failFetches(StoreFault.accessDenied());
                break;
            case NOT_FOUND:
                store.failFetches(StoreFault.notFound());
                break;
            case DISABLED_VERSION:
                // The current version is disabled in the store (GCP: FAILED_PRECONDITION on access).
                store.disableVersion(store.current().orElseThrow().versionId().orElseThrow());
                break;
            case MALFORMED_JSON:
                store.put(
                        SecretValue.of("{\"api_key\":\"" + LeakCanary.register(TestKeys.sandbox())), PutOptions.none());
                break;
            case EMPTY:
                store.put(SecretValue.of("{\"api_key\":\"\"}"), PutOptions.none());
                break;
            case WRONG_PREFIX:
                store.put(json(LeakCanary.register("sk_live_" + TestKeys.randomBody(32))), PutOptions.none());
                break;
            case MODE_MISMATCH:
                store.put(json(TestKeys.production()), PutOptions.none());
                break;
            default:
                throw new AssertionError(c);
        }
    }

    /** The exception each cell must surface to callers, or null when callers keep getting a key. */
    private static @Nullable Class<? extends AugnoException> expected(StoreCase c, Phase phase) {
        switch (c) {
            case SLOW:
            case UNAVAILABLE:
            case THROTTLED:
                // Transient: at refresh the last good key is served (stale window 1 hour).
                return phase == Phase.START_UP ? SecretUnavailableException.class : null;
            case ACCESS_DENIED:
                return SecretAccessDeniedException.class;
            case NOT_FOUND:
                return SecretNotFoundException.class;
            case DISABLED_VERSION:
                // Not transient: the cache drops the key and surfaces the failure, also at refresh.
                return SecretProviderException.class;
            default:
                return InvalidApiKeyException.class;
        }
    }

    @ParameterizedTest(name = "{0} at start-up")
    @EnumSource(StoreCase.class)
    void atStartUp(StoreCase c) throws Exception {
        inject(c);
        KeyCache keys = newCache(c == StoreCase.SLOW ? MAX_WAIT : ANSWERED_WAIT);

        // The first call waits for the first fetch, at most MAX_WAIT; it runs on another thread so
        // that a hang would fail the bounded get() below instead of the whole run.
        Throwable thrown = catchThrowable(() -> callers.submit(keys::currentKey).get(10, TimeUnit.SECONDS));

        Throwable cause = thrown == null ? null : thrown.getCause();
        Class<? extends AugnoException> type = expected(c, Phase.START_UP);
        assertThat(type).isNotNull();
        assertThat(cause).isInstanceOf(type);
        assertNonTransientExactly(c, cause);
        LeakCanary.assertNoLeak(cause, keys);
        if (c == StoreCase.SLOW) {
            assertThat(cause).hasMessageContaining("has not answered");
        }
    }

    @ParameterizedTest(name = "{0} at refresh")
    @EnumSource(StoreCase.class)
    void atRefresh(StoreCase c) throws Exception {
        // At refresh callers never wait (refresh-ahead); a wrongly blocked caller still fails the
        // bounded get() below, because the slow store answers only when released.
        KeyCache keys = newCache(ANSWERED_WAIT);
        ApiKey first = keys.currentKey();
        assertThat(first.reveal()).isEqualTo(goodKey);
        inject(c);

        clock.advance(
                KeyCache.maxRefreshDelay(KeyCache.DEFAULT_REFRESH_INTERVAL).plusSeconds(1));
        // The refresh is due: this caller gets the cached key at once and starts the refresh.
        ApiKey during = callers.submit(keys::currentKey).get(10, TimeUnit.SECONDS);
        assertThat(during.sameKeyAs(first)).isTrue();
        if (c == StoreCase.SLOW) {
            // The store has not answered: callers are still served, without waiting.
            for (int i = 0; i < 100; i++) {
                assertThat(keys.currentKey().sameKeyAs(first)).isTrue();
            }
            release.countDown();
        }
        drainScheduler(); // the refresh has finished and its outcome is recorded

        Class<? extends AugnoException> type = expected(c, Phase.REFRESH);
        Throwable thrown = catchThrowable(() -> callers.submit(keys::currentKey).get(10, TimeUnit.SECONDS));
        if (type == null) {
            assertThat(thrown).isNull();
            assertThat(keys.currentKey().sameKeyAs(first)).isTrue();
        } else {
            assertThat(thrown).isNotNull();
            assertThat(thrown.getCause()).isInstanceOf(type);
            assertNonTransientExactly(c, thrown.getCause());
            LeakCanary.assertNoLeak(thrown.getCause());
        }
        if (c != StoreCase.SLOW) {
            assertThat(LogCapture.linesContaining("Could not refresh the Augno API key")
                                    .size()
                            + LogCapture.linesContaining("Could not load the Augno API key")
                                    .size())
                    .isEqualTo(1);
        }
        LeakCanary.assertNoLeak(keys);
    }

    /** A disabled version is the base {@link SecretProviderException}, not one of the typed subclasses. */
    private static void assertNonTransientExactly(StoreCase c, @Nullable Throwable cause) {
        if (c == StoreCase.DISABLED_VERSION) {
            assertThat(cause).isExactlyInstanceOf(SecretProviderException.class);
            assertThat(((SecretProviderException) cause).isTransient()).isFalse();
            assertThat(cause).hasMessageContaining("disabled");
        }
    }

    /**
     * Reads {@code #api_key} out of the store's JSON document (as the cloud providers do), and
     * answers as a throttling store does when told to.
     */
    private static final class FaultyProvider implements SecretProvider {
        private final InMemorySecretStore store;
        volatile boolean throttled;

        FaultyProvider(InMemorySecretStore store) {
            this.store = store;
        }

        @Override
        public SecretValue fetch() {
            if (throttled) {
                throw new SecretUnavailableException(
                        description(), "the store is throttling requests (rate exceeded); retry later");
            }
            return JsonSecrets.extractField(store.fetch(), "api_key", description());
        }

        @Override
        public String description() {
            return "inmemory://matrix-secret#api_key";
        }

        @Override
        public void close() {
            store.close();
        }
    }
}
