package com.augno.sdk.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.sdk.internal.auth.KeyCache;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.testing.InMemorySecretStore;
import com.augno.sdk.testing.TestClock;
import com.augno.sdk.testsupport.TestKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Store calls per hour per client at the default schedule, counted on a fake clock: one call per
 * simulated second for 10 hours through a default {@link KeyCache}. The default refresh is every 5
 * minutes less up to 20 % jitter, so between 12 and 15 fetches an hour (12 without jitter).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StoreCallsPerHourIT {
    private static final Logger log = LoggerFactory.getLogger(StoreCallsPerHourIT.class);

    @Test
    void defaultScheduleFetchesTheStoreAboutTwelveTimesAnHour() throws Exception {
        TestClock clock = TestClock.at(Instant.parse("2026-03-01T00:00:00Z"));
        InMemorySecretStore store = InMemorySecretStore.builder()
                .initialValue(SecretValue.of(TestKeys.sandbox()))
                .clock(clock)
                .build();
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
        int hours = 10;
        try (KeyCache cache =
                KeyCache.builder(store).clock(clock).scheduler(scheduler).build()) {
            cache.currentKey();
            int before = store.fetchCount();
            for (int s = 0; s < hours * 3600; s++) {
                clock.advance(Duration.ofSeconds(1));
                cache.currentKey();
                scheduler.submit(() -> {}).get(10, TimeUnit.SECONDS); // the refresh, if one started, is done
            }
            double perHour = (store.fetchCount() - before) / (double) hours;
            String line = String.format(
                    Locale.ROOT,
                    "Store calls per hour per client at the default schedule (refresh 5 min, jitter up to"
                            + " -20 %%), over %d simulated hours: %.1f",
                    hours,
                    perHour);
            log.info(line);
            write(line);
            assertThat(perHour).isBetween(12.0, 15.0);
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
