package com.augno.sdk.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.internal.auth.KeyCache;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.testing.InMemorySecretStore;
import com.augno.sdk.testing.TestClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Store calls per hour per client at the default schedule, counted on a fake clock: one call per
 * simulated second for 24 hours through a default {@link KeyCache}. The default refresh is every 5
 * minutes with a symmetric &plusmn;10 % jitter (4.5 to 5.5 minutes, mean 5), so 12 fetches an hour
 * on average. The jitter's random source is seeded, so the count is the same on every run; the
 * asserted range (11.85-12.15) also holds for any seed (it is more than 3.5 standard deviations
 * wide).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StoreCallsPerHourIT {
    private static final Logger log = LoggerFactory.getLogger(StoreCallsPerHourIT.class);

    @Test
    void defaultScheduleFetchesTheStoreTwelveTimesAnHour() throws Exception {
        TestClock clock = TestClock.at(Instant.parse("2026-03-01T00:00:00Z"));
        InMemorySecretStore store = InMemorySecretStore.builder()
                .initialValue(SecretValue.of(TestKeys.sandbox()))
                .clock(clock)
                .build();
        List<Instant> fetchTimes = new CopyOnWriteArrayList<>();
        SecretProvider counting = new SecretProvider() {
            @Override
            public SecretValue fetch() {
                fetchTimes.add(clock.instant());
                return store.fetch();
            }

            @Override
            public String description() {
                return store.description();
            }
        };
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
        int hours = 24;
        try (KeyCache cache = KeyCache.builder(counting)
                .clock(clock)
                .scheduler(scheduler)
                .random(new SplittableRandom(20261128L))
                .build()) {
            cache.currentKey();
            int before = store.fetchCount();
            for (int s = 0; s < hours * 3600; s++) {
                clock.advance(Duration.ofSeconds(1));
                cache.currentKey();
                scheduler.submit(() -> {}).get(10, TimeUnit.SECONDS); // the refresh, if one started, is done
            }
            double perHour = (store.fetchCount() - before) / (double) hours;
            List<Duration> intervals = new ArrayList<>();
            for (int i = 1; i < fetchTimes.size(); i++) {
                intervals.add(Duration.between(fetchTimes.get(i - 1), fetchTimes.get(i)));
            }
            Duration shortest = Collections.min(intervals);
            Duration longest = Collections.max(intervals);
            String line = String.format(
                    Locale.ROOT,
                    "Store calls per hour per client at the default schedule (refresh 5 min +-10 %% jitter),"
                            + " over %d simulated hours: %.2f (intervals %d s to %d s)",
                    hours,
                    perHour,
                    shortest.toSeconds(),
                    longest.toSeconds());
            log.info(line);
            write(line);
            assertThat(perHour).isBetween(11.85, 12.15);
            // Callers come once a second, so a due refresh starts up to 1 s late.
            assertThat(shortest).isGreaterThanOrEqualTo(Duration.ofSeconds(270));
            assertThat(longest).isLessThanOrEqualTo(Duration.ofSeconds(331));
        } finally {
            scheduler.shutdownNow();
        }
    }

    private static void write(String line) throws IOException {
        Path out = Path.of("target", "store-calls-per-hour.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, line + System.lineSeparator(), StandardCharsets.UTF_8);
    }
}
