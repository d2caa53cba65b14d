package com.augno.sdk.observability;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Something the key cache did. Immutable; carries the key only in its redacted form ({@code
 * aug_sk_prod_****abcd}) and fingerprint, and the store only by its log-safe description.
 */
public final class KeyCacheEvent {
    /** What happened. */
    public enum Kind {
        /** The first key was fetched. */
        FETCHED,
        /** A background refresh (ahead of need) fetched the key again; the value may be the same. */
        REFRESHED,
        /** A fetch returned a different key than the one in use ({@link #previousRedactedKey()}). */
        KEY_CHANGED,
        /** A fetch failed ({@link #failureKind()}); a last good key may still be served. */
        REFRESH_FAILED,
        /** A request used the last good key while the store fails ({@link #keyAge()}). */
        STALE_KEY_USED,
        /** The API refused the key in use (401); the cache refetches it. */
        RECOVERY_STARTED,
        /** The refetch after a 401 brought a different key. */
        RECOVERY_SUCCEEDED,
        /** The refetch after a 401 failed or the store still holds the refused key. */
        RECOVERY_FAILED
    }

    private final Kind kind;
    private final String source;
    private final @Nullable String redactedKey;
    private final @Nullable String fingerprint;
    private final @Nullable String previousRedactedKey;
    private final @Nullable Duration keyAge;
    private final @Nullable KeyFailureKind failureKind;
    private final int consecutiveFailures;

    private KeyCacheEvent(Builder b) {
        this.kind = b.kind;
        this.source = b.source;
        this.redactedKey = b.redactedKey;
        this.fingerprint = b.fingerprint;
        this.previousRedactedKey = b.previousRedactedKey;
        this.keyAge = b.keyAge;
        this.failureKind = b.failureKind;
        this.consecutiveFailures = b.consecutiveFailures;
    }

    /** Returns a builder for an event of {@code kind} about the store described by {@code source}. */
    public static Builder builder(Kind kind, String source) {
        return new Builder(kind, source);
    }

    /** Returns what happened. */
    public Kind kind() {
        return kind;
    }

    /** Returns the secret provider's log-safe description. */
    public String source() {
        return source;
    }

    /** Returns the redacted form of the key concerned, if any. */
    public Optional<String> redactedKey() {
        return Optional.ofNullable(redactedKey);
    }

    /** Returns the fingerprint of the key concerned, if any (safe to log and compare). */
    public Optional<String> fingerprint() {
        return Optional.ofNullable(fingerprint);
    }

    /** Returns the redacted form of the key replaced ({@link Kind#KEY_CHANGED}, {@link Kind#RECOVERY_SUCCEEDED}). */
    public Optional<String> previousRedactedKey() {
        return Optional.ofNullable(previousRedactedKey);
    }

    /** Returns how long ago the key concerned was fetched, when known. */
    public Optional<Duration> keyAge() {
        return Optional.ofNullable(keyAge);
    }

    /** Returns the kind of failure ({@link Kind#REFRESH_FAILED}, {@link Kind#RECOVERY_FAILED}). */
    public Optional<KeyFailureKind> failureKind() {
        return Optional.ofNullable(failureKind);
    }

    /** Returns the failed fetches in a row, 0 after a success. */
    public int consecutiveFailures() {
        return consecutiveFailures;
    }

    @Override
    public String toString() {
        return "KeyCacheEvent(" + kind + ", " + source
                + (redactedKey == null ? "" : ", key " + redactedKey)
                + (previousRedactedKey == null ? "" : ", was " + previousRedactedKey)
                + (keyAge == null ? "" : ", age " + keyAge)
                + (failureKind == null ? "" : ", failure " + failureKind.tagValue())
                + (consecutiveFailures == 0 ? "" : ", failures " + consecutiveFailures) + ")";
    }

    /** Builds a {@link KeyCacheEvent}. Not thread-safe. */
    public static final class Builder {
        private final Kind kind;
        private final String source;
        private @Nullable String redactedKey;
        private @Nullable String fingerprint;
        private @Nullable String previousRedactedKey;
        private @Nullable Duration keyAge;
        private @Nullable KeyFailureKind failureKind;
        private int consecutiveFailures;

        private Builder(Kind kind, String source) {
            this.kind = Objects.requireNonNull(kind, "kind == null");
            this.source = Objects.requireNonNull(source, "source == null");
        }

        /** Sets the key concerned by its redacted form and fingerprint. If not specified, none. */
        public Builder key(@Nullable String redactedKey, @Nullable String fingerprint) {
            this.redactedKey = redactedKey;
            this.fingerprint = fingerprint;
            return this;
        }

        /** Sets the redacted form of the key replaced. If not specified, none. */
        public Builder previousRedactedKey(@Nullable String previousRedactedKey) {
            this.previousRedactedKey = previousRedactedKey;
            return this;
        }

        /** Sets the age of the key concerned. If not specified, unknown. */
        public Builder keyAge(@Nullable Duration keyAge) {
            this.keyAge = keyAge;
            return this;
        }

        /** Sets the kind of failure. If not specified, none. */
        public Builder failureKind(@Nullable KeyFailureKind failureKind) {
            this.failureKind = failureKind;
            return this;
        }

        /** Sets the failed fetches in a row. If not specified, 0. */
        public Builder consecutiveFailures(int consecutiveFailures) {
            this.consecutiveFailures = consecutiveFailures;
            return this;
        }

        /** Builds the event. */
        public KeyCacheEvent build() {
            return new KeyCacheEvent(this);
        }
    }
}
