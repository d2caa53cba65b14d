package com.augno.sdk.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.LogCapture;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.secrets.ApiKey;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: a revoked key that the store still holds must not make the client poll its store. After
 * a failed recovery, reports of the same value fail fast for a cool-down that follows the fetch
 * backoff (1 s doubling to 2 min); after it, one fetch checks the store again.
 */
class KeyCacheCoolDownTest {
    private final FakeClock clock = new FakeClock();
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final String value = TestKeys.canary();
    private final FakeProvider provider = new FakeProvider(clock, value);
    private final KeyCache cache =
            KeyCache.builder(provider).clock(clock).scheduler(scheduler).build();

    @BeforeEach
    void resetLogs() {
        LogCapture.reset();
    }

    @AfterEach
    void cleanUp() throws Exception {
        cache.close();
        threads.shutdownNow();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        LeakCanary.assertLogsClean();
    }

    @Test
    void duringTheCoolDownReportsFailFastWithoutFetching() throws Exception {
        ApiKey rejected = cache.currentKey();
        assertThat(report(rejected)).isNull(); // the first recovery: 4 fetches over 1.75 s
        int fetches = provider.fetches.get();
        Instant failedAt = clock.instant();

        for (int i = 0; i < 50; i++) {
            Future<@Nullable ApiKey> f = threads.submit(() -> cache.replacementFor(rejected));
            assertThat(f.get(5, TimeUnit.SECONDS)).isNull();
        }

        assertThat(provider.fetches).hasValue(fetches);
        assertThat(clock.instant()).isEqualTo(failedAt); // nothing waited
    }

    @Test
    void theCoolDownFollowsTheFetchBackoffAndEachLaterCheckIsOneFetch() throws Exception {
        ApiKey rejected = cache.currentKey();
        assertThat(report(rejected)).isNull();
        assertThat(provider.fetches).hasValue(1 + KeyCache.DEFAULT_ROTATION_ATTEMPTS);

        Duration expected = KeyCache.DEFAULT_INITIAL_BACKOFF;
        for (int round = 0; round < 9; round++) {
            int before = provider.fetches.get();
            scheduler.advance(expected.minusMillis(1));
            assertThat(report(rejected))
                    .as("still cooling down in round %d", round)
                    .isNull();
            assertThat(provider.fetches).hasValue(before);
            scheduler.advance(Duration.ofMillis(1));
            assertThat(report(rejected)).isNull();
            assertThat(provider.fetches).as("one fetch after the cool-down").hasValue(before + 1);
            expected = expected.multipliedBy(2).compareTo(KeyCache.DEFAULT_MAX_BACKOFF) > 0
                    ? KeyCache.DEFAULT_MAX_BACKOFF
                    : expected.multipliedBy(2);
        }
        assertThat(expected).isEqualTo(KeyCache.DEFAULT_MAX_BACKOFF);
    }

    @Test
    void aNewValueInTheStoreEndsTheCoolDown() throws Exception {
        ApiKey rejected = cache.currentKey();
        assertThat(report(rejected)).isNull();
        String rotated = TestKeys.canary();
        provider.returns(rotated);

        scheduler.advance(KeyCache.DEFAULT_INITIAL_BACKOFF);
        ApiKey replacement = report(rejected);

        assertThat(replacement).isNotNull();
        assertThat(replacement.reveal()).isEqualTo(rotated);
    }

    @Test
    void aBackgroundRefreshThatFindsANewValueAnswersAtOnce() throws Exception {
        ApiKey rejected = cache.currentKey();
        assertThat(report(rejected)).isNull();
        String rotated = TestKeys.canary();
        provider.returns(rotated);
        scheduler.advance(Duration.ofMinutes(6)); // the refresh timer
        int fetches = provider.fetches.get();

        ApiKey replacement = report(rejected);

        assertThat(replacement).isNotNull();
        assertThat(replacement.reveal()).isEqualTo(rotated);
        assertThat(provider.fetches).hasValue(fetches);
    }

    /**
     * The figure in docs/reliability.md: one request every 100 ms for one minute of fake time, each
     * refused with a key error while the store keeps the revoked value. A request that arrives while
     * a recovery runs joins it. Before the cool-down: 136 store fetches in the minute (34 requests, each waiting 1.75 s); after: 9 (583 requests, each failing at once).
     */
    @Test
    void aRevokedKeyCostsAFewStoreFetchesPerMinuteNotHundreds() throws Exception {
        ApiKey rejected = cache.currentKey();
        Instant start = clock.instant();
        int before = provider.fetches.get();
        int requests = 0;
        for (int tick = 0; tick < 600; tick++) {
            Instant at = start.plusMillis(100L * tick);
            if (clock.instant().isAfter(at)) {
                continue; // arrived during a recovery: it joined that one
            }
            scheduler.advance(Duration.between(clock.instant(), at));
            report(rejected);
            requests++;
        }
        int fetchesPerMinute = provider.fetches.get() - before;
        System.out.println("KeyCacheCoolDownTest: " + fetchesPerMinute + " store fetches in one minute for " + requests
                + " refused requests");

        assertThat(fetchesPerMinute).isLessThanOrEqualTo(10);
    }

    /** Reports the rejected key from a worker thread, running the recovery's delayed refetches. */
    private @Nullable ApiKey report(ApiKey rejected) throws Exception {
        Future<@Nullable ApiKey> f = threads.submit(() -> cache.replacementFor(rejected));
        while (true) {
            try {
                return f.get(1, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // Two tasks pending: the refresh timer and a refetch, which is due first.
                if (scheduler.pending() >= 2 && !f.isDone()) {
                    scheduler.runNext();
                }
            }
        }
    }
}
