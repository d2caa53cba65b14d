package com.augno.sdk.keys;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One place that used a key, from request logs: a client IP and user agent, with how often and
 * when. Immutable; built by {@link KeyRotator} and {@link KeyAuditor}. Holds no secret.
 */
public final class KeyUsage {
    private final @Nullable String clientIp;
    private final @Nullable String userAgent;
    private final long requestCount;
    private final Instant firstSeen;
    private final Instant lastSeen;

    private KeyUsage(
            @Nullable String clientIp,
            @Nullable String userAgent,
            long requestCount,
            Instant firstSeen,
            Instant lastSeen) {
        this.clientIp = clientIp;
        this.userAgent = userAgent;
        this.requestCount = requestCount;
        this.firstSeen = Objects.requireNonNull(firstSeen, "firstSeen == null");
        this.lastSeen = Objects.requireNonNull(lastSeen, "lastSeen == null");
    }

    static KeyUsage of(
            Optional<String> clientIp,
            Optional<String> userAgent,
            long requestCount,
            Instant firstSeen,
            Instant lastSeen) {
        return new KeyUsage(clientIp.orElse(null), userAgent.orElse(null), requestCount, firstSeen, lastSeen);
    }

    /** Returns the caller's IP, when Augno recorded one. */
    public Optional<String> clientIp() {
        return Optional.ofNullable(clientIp);
    }

    /** Returns the caller's {@code User-Agent}, when it sent one. */
    public Optional<String> userAgent() {
        return Optional.ofNullable(userAgent);
    }

    /** Returns how many requests in the window. */
    public long requestCount() {
        return requestCount;
    }

    /** Returns the earliest request in the window. */
    public Instant firstSeen() {
        return firstSeen;
    }

    /** Returns the latest request. */
    public Instant lastSeen() {
        return lastSeen;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof KeyUsage u
                && Objects.equals(u.clientIp, clientIp)
                && Objects.equals(u.userAgent, userAgent)
                && u.requestCount == requestCount
                && u.firstSeen.equals(firstSeen)
                && u.lastSeen.equals(lastSeen);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clientIp, userAgent, requestCount, firstSeen, lastSeen);
    }

    @Override
    public String toString() {
        return "KeyUsage{clientIp=" + clientIp + ", userAgent=" + userAgent + ", requestCount=" + requestCount
                + ", firstSeen=" + firstSeen + ", lastSeen=" + lastSeen + "}";
    }
}
