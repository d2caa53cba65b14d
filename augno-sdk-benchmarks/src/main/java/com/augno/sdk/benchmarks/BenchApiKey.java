package com.augno.sdk.benchmarks;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A typed model of the canned API key, decoded by both sides of the benchmark (public fields so that
 * the bare Jackson side needs no SDK support).
 */
public final class BenchApiKey {
    /** The id. */
    public @Nullable String id;
    /** The object tag. */
    public @Nullable String object;
    /** The name. */
    public @Nullable String name;
    /** The redacted key. */
    public @Nullable String redactedValue;
    /** The status. */
    public @Nullable String status;
    /** The role. */
    public @Nullable Ref role;
    /** Who created it. */
    public @Nullable Ref createdBy;
    /** Last use. */
    public @Nullable OffsetDateTime lastUsedAt;
    /** Expiry. */
    public @Nullable OffsetDateTime expiresAt;
    /** Revocation. */
    public @Nullable OffsetDateTime revokedAt;
    /** Creation. */
    public @Nullable OffsetDateTime createdAt;
    /** Last update. */
    public @Nullable OffsetDateTime updatedAt;

    /** A nested reference. */
    public static final class Ref {
        /** The id. */
        public @Nullable String id;
        /** The object tag. */
        public @Nullable String object;
        /** The name. */
        public @Nullable String name;
        /** The type. */
        public @Nullable String type;
        /** The handle. */
        public @Nullable String handle;
    }
}
