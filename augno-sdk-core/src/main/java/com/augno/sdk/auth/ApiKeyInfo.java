package com.augno.sdk.auth;

import com.augno.sdk.api.core.Role;
import com.augno.sdk.internal.http.Checks;
import com.augno.sdk.internal.json.LazyModelDeserializer;
import com.augno.sdk.model.ApiObject;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An API key's record (never its secret). There is no status field: {@link #status(Instant)} derives it as the API documents. ({@code object} = {@code "api_key"})
 *
 * <p>Immutable once decoded. Fields this SDK version does not know are kept in
 * {@link #additionalProperties()} (left out of {@code toString}); a sub-object the API only sends when asked through
 * {@code include} is empty when it was not asked for.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ApiKeyInfo extends ApiObject {
    /** The API's name of this model, as a missing-field error names it. */
    static final String MODEL = "APIKey";

    @JsonProperty("id")
    private final String id;

    @JsonProperty("object")
    private final @Nullable String objectTag;

    @JsonProperty("name")
    private final String name;

    @JsonProperty("redacted_value")
    private final String redactedValue;

    @JsonProperty("role")
    private final @Nullable Role role;

    @JsonProperty("expires_at")
    private final @Nullable Instant expiresAt;

    @JsonProperty("last_used_at")
    private final @Nullable Instant lastUsedAt;

    @JsonProperty("revoked_at")
    private final @Nullable Instant revokedAt;

    @JsonProperty("created_at")
    private final Instant createdAt;

    @JsonProperty("updated_at")
    private final Instant updatedAt;

    @JsonCreator
    private ApiKeyInfo(
            @JsonProperty("id") @Nullable String id,
            @JsonProperty("object") @Nullable String objectTag,
            @JsonProperty("name") @Nullable String name,
            @JsonProperty("redacted_value") @Nullable String redactedValue,
            // Built on first use: a role's nested objects (owner, account, ...) come only through include.
            @JsonProperty("role") @JsonDeserialize(using = LazyModelDeserializer.class) @Nullable Role role,
            @JsonProperty("expires_at") @Nullable Instant expiresAt,
            @JsonProperty("last_used_at") @Nullable Instant lastUsedAt,
            @JsonProperty("revoked_at") @Nullable Instant revokedAt,
            @JsonProperty("created_at") @Nullable Instant createdAt,
            @JsonProperty("updated_at") @Nullable Instant updatedAt) {
        // Checked as decoded: this record feeds the key-handling paths (rotation, revocation), where
        // a null would surface later as an NPE in place of the exception that holds a new secret.
        this.id = Checks.required(id, MODEL, "id");
        this.objectTag = objectTag;
        this.name = Checks.required(name, MODEL, "name");
        this.redactedValue = Checks.required(redactedValue, MODEL, "redacted_value");
        this.role = role;
        this.expiresAt = expiresAt;
        this.lastUsedAt = lastUsedAt;
        this.revokedAt = revokedAt;
        this.createdAt = Checks.required(createdAt, MODEL, "created_at");
        this.updatedAt = Checks.required(updatedAt, MODEL, "updated_at");
    }

    /** The id ({@code apke_...}). */
    public String id() {
        return id;
    }

    /** The constant type tag the API sends with every object. */
    public Optional<String> objectTag() {
        return Optional.ofNullable(objectTag);
    }

    /** The name (matched by {@code q}). */
    public String name() {
        return name;
    }

    /** The redacted key: prefix, {@code ****}, last four characters. */
    public String redactedValue() {
        return redactedValue;
    }

    /** The role the key acts with, fixed for life; include {@code role}. */
    public Optional<Role> role() {
        return Optional.ofNullable(role);
    }

    /** When it expires; empty means never. */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /** Last use; updated at most once every 24 hours. */
    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    /** When revocation takes effect; a future value is a scheduled revocation. */
    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    /** When the record was created. */
    public Instant createdAt() {
        return createdAt;
    }

    /** When the record was last changed. */
    public Instant updatedAt() {
        return updatedAt;
    }

    /**
     * Derives the status at {@code now}: revoked if {@code revoked_at} is set and not later than
     * now; otherwise expired if {@code expires_at} is set and not later than now; otherwise active
     * (also while a scheduled revocation is still ahead).
     */
    public ApiKeyStatus status(Instant now) {
        Objects.requireNonNull(now, "now == null");
        if (revokedAt != null && !revokedAt.isAfter(now)) {
            return ApiKeyStatus.REVOKED;
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            return ApiKeyStatus.EXPIRED;
        }
        return ApiKeyStatus.ACTIVE;
    }

    /** Derives the status at the clock's current instant; see {@link #status(Instant)}. */
    public ApiKeyStatus status(Clock clock) {
        return status(clock.instant());
    }

    /** Returns true when a revocation is set for a time after {@code now} (e.g. by an overlap rotation). */
    public boolean isRevocationScheduled(Instant now) {
        return revokedAt != null && revokedAt.isAfter(now);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ApiKeyInfo)) {
            return false;
        }
        ApiKeyInfo that = (ApiKeyInfo) o;
        return Objects.equals(id, that.id)
                && Objects.equals(objectTag, that.objectTag)
                && Objects.equals(name, that.name)
                && Objects.equals(redactedValue, that.redactedValue)
                && Objects.equals(role, that.role)
                && Objects.equals(expiresAt, that.expiresAt)
                && Objects.equals(lastUsedAt, that.lastUsedAt)
                && Objects.equals(revokedAt, that.revokedAt)
                && Objects.equals(createdAt, that.createdAt)
                && Objects.equals(updatedAt, that.updatedAt)
                && additionalProperties().equals(that.additionalProperties());
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                id,
                objectTag,
                name,
                redactedValue,
                role,
                expiresAt,
                lastUsedAt,
                revokedAt,
                createdAt,
                updatedAt,
                additionalProperties());
    }

    @Override
    public String toString() {
        return "ApiKeyInfo{" + "id=" + id + ", "
                + "objectTag=" + objectTag + ", "
                + "name=" + name + ", "
                + "redactedValue=" + redactedValue + ", "
                + "role=" + role + ", "
                + "expiresAt=" + expiresAt + ", "
                + "lastUsedAt=" + lastUsedAt + ", "
                + "revokedAt=" + revokedAt + ", "
                + "createdAt=" + createdAt + ", "
                + "updatedAt=" + updatedAt + "}";
    }
}
