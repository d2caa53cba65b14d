package com.augno.sdk.keys;

import java.time.Instant;
import java.util.Optional;

/**
 * One place that used a key, from request logs: a client IP and user agent, with how often and
 * when.
 *
 * @param clientIp the caller's IP, when Augno recorded one
 * @param userAgent the caller's {@code User-Agent}, when it sent one
 * @param requestCount how many requests in the window
 * @param firstSeen the earliest request in the window
 * @param lastSeen the latest request
 */
public record KeyUsage(
        Optional<String> clientIp,
        Optional<String> userAgent,
        long requestCount,
        Instant firstSeen,
        Instant lastSeen) {}
