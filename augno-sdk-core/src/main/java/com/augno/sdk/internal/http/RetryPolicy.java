package com.augno.sdk.internal.http;

import com.augno.sdk.errors.ApiError;
import com.augno.sdk.http.ResponseHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The retry rules of DESIGN.md section 6: whether to retry with the same key, and how long
 * to wait.
 */
public final class RetryPolicy {
    /** The longest server-requested wait the SDK sleeps through; longer throws at once. */
    public static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

    private static final long INITIAL_BACKOFF_MS = 500;
    private static final long MAX_BACKOFF_MS = 8_000;

    private RetryPolicy() {}

    /**
     * Returns whether an error response is retried with the same key: the {@code x-should-retry}
     * header when present, else the body's {@code is_transient}, else the table.
     */
    public static boolean shouldRetry(int status, ApiError error, ResponseHeaders headers) {
        Optional<String> header = headers.first("x-should-retry");
        if (header.isPresent()) {
            String v = header.get().trim().toLowerCase(Locale.ROOT);
            if (v.equals("true")) {
                return true;
            }
            if (v.equals("false")) {
                return false;
            }
        }
        Optional<Boolean> flag = error.isTransient();
        if (flag.isPresent()) {
            return flag.get();
        }
        return ErrorMapper.retriedByTable(status, error);
    }

    /**
     * Returns the wait the server asked for: {@code Retry-After-Ms} (milliseconds), else {@code
     * Retry-After} (seconds, possibly fractional, or an HTTP date); null when absent or unreadable.
     * Negative waits count as zero.
     */
    public static @Nullable Duration retryAfter(ResponseHeaders headers, Clock clock) {
        Optional<String> ms = headers.first("Retry-After-Ms");
        if (ms.isPresent()) {
            try {
                double v = Double.parseDouble(ms.get().trim());
                if (Double.isFinite(v)) {
                    return Duration.ofMillis(Math.max(0, (long) v));
                }
            } catch (NumberFormatException e) {
                // fall through to Retry-After
            }
        }
        Optional<String> ra = headers.first("Retry-After");
        if (ra.isEmpty()) {
            return null;
        }
        String v = ra.get().trim();
        try {
            double seconds = Double.parseDouble(v);
            if (Double.isFinite(seconds)) {
                return Duration.ofMillis(Math.max(0, (long) (seconds * 1000)));
            }
            return null;
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(clock.instant(), at.toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /**
     * Returns the backoff before retry number {@code retry} (0-based): 0.5 s x 2^retry, capped at
     * 8 s, times a random factor in [0.75, 1].
     */
    public static Duration backoff(int retry) {
        long base = Math.min(MAX_BACKOFF_MS, INITIAL_BACKOFF_MS << Math.min(retry, 10));
        double jitter = 0.75 + 0.25 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis((long) (base * jitter));
    }
}
