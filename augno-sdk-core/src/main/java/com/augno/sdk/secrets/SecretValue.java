package com.augno.sdk.secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A secret as a store returned it: the value, the store's version id (absent for sources without
 * versions, such as environment variables) and when it was fetched.
 *
 * <p>The value is reachable only through {@link #reveal()}; {@link #toString()} shows its length
 * and version, never the value. Not {@code Serializable}. Equality compares values in constant
 * time. Immutable and thread-safe.
 */
public final class SecretValue {
    private final String value;
    private final @Nullable String versionId;
    private final Instant fetchedAt;

    private SecretValue(String value, @Nullable String versionId, Instant fetchedAt) {
        this.value = value;
        this.versionId = versionId;
        this.fetchedAt = fetchedAt;
    }

    /** Returns a secret without a version id, fetched now. */
    public static SecretValue of(String value) {
        return of(value, null, Instant.now());
    }

    /**
     * Returns a secret with an optional version id and its fetch time.
     *
     * @param value the secret; may be empty (the key parser reports that clearly)
     * @param versionId the store's version id, or null when the store has none
     * @param fetchedAt when the store answered
     */
    public static SecretValue of(String value, @Nullable String versionId, Instant fetchedAt) {
        Objects.requireNonNull(value, "value == null");
        Objects.requireNonNull(fetchedAt, "fetchedAt == null");
        return new SecretValue(value, versionId == null || versionId.isEmpty() ? null : versionId, fetchedAt);
    }

    /**
     * Returns the secret itself. Call it only to hand the value to the place that needs it (an
     * {@code Authorization} header, a store write); never log or print it.
     */
    public String reveal() {
        return value;
    }

    /** Returns the store's version id, when the store has one. */
    public Optional<String> versionId() {
        return Optional.ofNullable(versionId);
    }

    /** Returns when the store answered. */
    public Instant fetchedAt() {
        return fetchedAt;
    }

    /** Returns a copy with another version id (stores learn it after a write). */
    public SecretValue withVersionId(@Nullable String newVersionId) {
        return of(value, newVersionId, fetchedAt);
    }

    /** Returns true when both hold the same secret, compared in constant time. */
    public boolean sameValueAs(SecretValue other) {
        return constantTimeEquals(value, other.value);
    }

    /** Compares two secrets in time that does not depend on where they differ. */
    static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** Equal when the values (compared in constant time) and version ids are equal. */
    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof SecretValue)) {
            return false;
        }
        SecretValue other = (SecretValue) o;
        return sameValueAs(other) && Objects.equals(versionId, other.versionId);
    }

    /** Hashes the version id only, so that the hash reveals nothing of the value. */
    @Override
    public int hashCode() {
        return Objects.hashCode(versionId);
    }

    @Override
    public String toString() {
        return "SecretValue(length=" + value.length() + (versionId == null ? "" : ", versionId=" + versionId)
                + ", fetchedAt=" + fetchedAt + ")";
    }
}
