package com.augno.sdk.keys;

import com.augno.sdk.auth.ApiKeyStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who still uses a key being rotated out, so that ops can update every place before it dies. From
 * request logs filtered by the key's id. Immutable; built by {@link KeyRotator#rotationStatus}.
 * Holds no secret.
 */
public final class RotationStatus {
    private final String keyId;
    private final String keyName;
    private final String keyRedacted;
    private final ApiKeyStatus status;
    private final @Nullable Instant revokesAt;
    private final @Nullable Duration timeLeft;
    private final Instant since;
    private final List<KeyUsage> usages;
    private final long requestCount;
    private final boolean partial;
    private final Instant checkedAt;

    private RotationStatus(
            String keyId,
            String keyName,
            String keyRedacted,
            ApiKeyStatus status,
            @Nullable Instant revokesAt,
            @Nullable Duration timeLeft,
            Instant since,
            List<KeyUsage> usages,
            long requestCount,
            boolean partial,
            Instant checkedAt) {
        this.keyId = Objects.requireNonNull(keyId, "keyId == null");
        this.keyName = Objects.requireNonNull(keyName, "keyName == null");
        this.keyRedacted = Objects.requireNonNull(keyRedacted, "keyRedacted == null");
        this.status = Objects.requireNonNull(status, "status == null");
        this.revokesAt = revokesAt;
        this.timeLeft = timeLeft;
        this.since = Objects.requireNonNull(since, "since == null");
        this.usages = List.copyOf(usages);
        this.requestCount = requestCount;
        this.partial = partial;
        this.checkedAt = Objects.requireNonNull(checkedAt, "checkedAt == null");
    }

    static RotationStatus of(
            String keyId,
            String keyName,
            String keyRedacted,
            ApiKeyStatus status,
            Optional<Instant> revokesAt,
            Optional<Duration> timeLeft,
            Instant since,
            List<KeyUsage> usages,
            long requestCount,
            boolean partial,
            Instant checkedAt) {
        return new RotationStatus(
                keyId,
                keyName,
                keyRedacted,
                status,
                revokesAt.orElse(null),
                timeLeft.orElse(null),
                since,
                usages,
                requestCount,
                partial,
                checkedAt);
    }

    /** Returns the old key's id. */
    public String keyId() {
        return keyId;
    }

    /** Returns its name. */
    public String keyName() {
        return keyName;
    }

    /** Returns its redacted value. */
    public String keyRedacted() {
        return keyRedacted;
    }

    /** Returns its status now. */
    public ApiKeyStatus status() {
        return status;
    }

    /** Returns when it stops (stopped) working, if a revocation is set. */
    public Optional<Instant> revokesAt() {
        return Optional.ofNullable(revokesAt);
    }

    /** Returns how long it still works; empty when no revocation is set, zero when revoked. */
    public Optional<Duration> timeLeft() {
        return Optional.ofNullable(timeLeft);
    }

    /** Returns the start of the log window. */
    public Instant since() {
        return since;
    }

    /** Returns each client IP and user agent seen with the key, most recent first. */
    public List<KeyUsage> usages() {
        return usages;
    }

    /** Returns all requests with the key in the window (that were read). */
    public long requestCount() {
        return requestCount;
    }

    /** Returns true when the page cap cut the log read short: there may be more users. */
    public boolean partial() {
        return partial;
    }

    /** Returns when this was read. */
    public Instant checkedAt() {
        return checkedAt;
    }

    /** Returns true when nothing used the key in the window (and the read was complete). */
    public boolean unused() {
        return usages.isEmpty() && !partial;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof RotationStatus s
                && s.keyId.equals(keyId)
                && s.keyName.equals(keyName)
                && s.keyRedacted.equals(keyRedacted)
                && s.status.equals(status)
                && Objects.equals(s.revokesAt, revokesAt)
                && Objects.equals(s.timeLeft, timeLeft)
                && s.since.equals(since)
                && s.usages.equals(usages)
                && s.requestCount == requestCount
                && s.partial == partial
                && s.checkedAt.equals(checkedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                keyId,
                keyName,
                keyRedacted,
                status,
                revokesAt,
                timeLeft,
                since,
                usages,
                requestCount,
                partial,
                checkedAt);
    }

    /** Returns the status in one line; the key only by id and redacted form. */
    @Override
    public String toString() {
        return "RotationStatus{keyId=" + keyId + ", keyName=" + keyName + ", key=" + keyRedacted + ", status="
                + status + ", revokesAt=" + revokesAt + ", timeLeft=" + timeLeft + ", since=" + since
                + ", usages=" + usages + ", requestCount=" + requestCount + ", partial=" + partial
                + ", checkedAt=" + checkedAt + "}";
    }
}
