package com.augno.sdk.testing.internal;

import java.time.Clock;

/**
 * Announces {@code RateLimit-*} headers per one-second window of the clock. The fake only
 * announces the limit; 429s come from injected faults.
 */
final class RateLimitHeaders {
    private final Clock clock;
    private final int limit;
    private long windowSecond = Long.MIN_VALUE;
    private int windowCount;

    RateLimitHeaders(Clock clock, int limit) {
        this.clock = clock;
        this.limit = limit;
    }

    void addTo(FakeResponse response) {
        if (response.network != FakeResponse.Network.NORMAL) {
            return;
        }
        long second = clock.instant().getEpochSecond();
        int used;
        synchronized (this) {
            if (second != windowSecond) {
                windowSecond = second;
                windowCount = 0;
            }
            used = ++windowCount;
        }
        response.headers.put("RateLimit-Limit", Integer.toString(limit));
        response.headers.put("RateLimit-Remaining", Integer.toString(Math.max(0, limit - used)));
        response.headers.put("RateLimit-Reset", "1");
    }
}
