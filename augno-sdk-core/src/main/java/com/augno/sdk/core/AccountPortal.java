package com.augno.sdk.core;

import com.augno.sdk.model.ApiObject;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An account's customer portal. ({@code object} = {@code "account_portal"})
 *
 * <p>Immutable once decoded. Fields this SDK version does not know are kept in
 * {@link #additionalProperties()} (left out of {@code toString}); a sub-object the API only sends when asked through
 * {@code include} is empty when it was not asked for.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class AccountPortal extends ApiObject {
    @JsonProperty("id")
    private final @Nullable String id;

    @JsonProperty("object")
    private final @Nullable String objectTag;

    @JsonProperty("slug")
    private final @Nullable String slug;

    @JsonProperty("created_at")
    private final @Nullable Instant createdAt;

    @JsonProperty("updated_at")
    private final @Nullable Instant updatedAt;

    @JsonCreator
    private AccountPortal(
            @JsonProperty("id") @Nullable String id,
            @JsonProperty("object") @Nullable String objectTag,
            @JsonProperty("slug") @Nullable String slug,
            @JsonProperty("created_at") @Nullable Instant createdAt,
            @JsonProperty("updated_at") @Nullable Instant updatedAt) {
        this.id = id;
        this.objectTag = objectTag;
        this.slug = slug;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** The id. */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** The constant type tag the API sends with every object. */
    public Optional<String> objectTag() {
        return Optional.ofNullable(objectTag);
    }

    /** The slug, unique across all accounts. */
    public Optional<String> slug() {
        return Optional.ofNullable(slug);
    }

    /** When created. */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /** When last changed. */
    public Optional<Instant> updatedAt() {
        return Optional.ofNullable(updatedAt);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AccountPortal)) {
            return false;
        }
        AccountPortal that = (AccountPortal) o;
        return Objects.equals(id, that.id)
                && Objects.equals(objectTag, that.objectTag)
                && Objects.equals(slug, that.slug)
                && Objects.equals(createdAt, that.createdAt)
                && Objects.equals(updatedAt, that.updatedAt)
                && additionalProperties().equals(that.additionalProperties());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, objectTag, slug, createdAt, updatedAt, additionalProperties());
    }

    @Override
    public String toString() {
        return "AccountPortal{" + "id=" + id + ", "
                + "objectTag=" + objectTag + ", "
                + "slug=" + slug + ", "
                + "createdAt=" + createdAt + ", "
                + "updatedAt=" + updatedAt + "}";
    }
}
