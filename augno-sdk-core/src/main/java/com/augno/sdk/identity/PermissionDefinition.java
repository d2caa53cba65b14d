package com.augno.sdk.identity;

import com.augno.sdk.model.ApiObject;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the permission catalog. Role strings are built as {@code code + ":" + action}. ({@code object} = {@code "permission"})
 *
 * <p>Immutable once decoded. Fields this SDK version does not know are kept in
 * {@link #additionalProperties()} (left out of {@code toString}); a sub-object the API only sends when asked through
 * {@code include} is empty when it was not asked for.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class PermissionDefinition extends ApiObject {
    @JsonProperty("id")
    private final String id;

    @JsonProperty("object")
    private final @Nullable String objectTag;

    @JsonProperty("code")
    private final String code;

    @JsonProperty("group")
    private final @Nullable String group;

    @JsonProperty("name")
    private final @Nullable String name;

    @JsonProperty("description")
    private final @Nullable String description;

    @JsonProperty("created_at")
    private final @Nullable Instant createdAt;

    @JsonProperty("updated_at")
    private final @Nullable Instant updatedAt;

    @JsonCreator
    private PermissionDefinition(
            @JsonProperty("id") String id,
            @JsonProperty("object") @Nullable String objectTag,
            @JsonProperty("code") String code,
            @JsonProperty("group") @Nullable String group,
            @JsonProperty("name") @Nullable String name,
            @JsonProperty("description") @Nullable String description,
            @JsonProperty("created_at") @Nullable Instant createdAt,
            @JsonProperty("updated_at") @Nullable Instant updatedAt) {
        this.id = id;
        this.objectTag = objectTag;
        this.code = code;
        this.group = group;
        this.name = name;
        this.description = description;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** The id. */
    public String id() {
        return id;
    }

    /** The constant type tag the API sends with every object. */
    public Optional<String> objectTag() {
        return Optional.ofNullable(objectTag);
    }

    /** The area it controls, e.g. {@code customers}. */
    public String code() {
        return code;
    }

    /** The code of its group. */
    public Optional<String> group() {
        return Optional.ofNullable(group);
    }

    /** The human-readable name. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** The description. */
    public Optional<String> description() {
        return Optional.ofNullable(description);
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
        if (!(o instanceof PermissionDefinition)) {
            return false;
        }
        PermissionDefinition that = (PermissionDefinition) o;
        return Objects.equals(id, that.id)
                && Objects.equals(objectTag, that.objectTag)
                && Objects.equals(code, that.code)
                && Objects.equals(group, that.group)
                && Objects.equals(name, that.name)
                && Objects.equals(description, that.description)
                && Objects.equals(createdAt, that.createdAt)
                && Objects.equals(updatedAt, that.updatedAt)
                && additionalProperties().equals(that.additionalProperties());
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                id, objectTag, code, group, name, description, createdAt, updatedAt, additionalProperties());
    }

    @Override
    public String toString() {
        return "PermissionDefinition{" + "id=" + id + ", "
                + "objectTag=" + objectTag + ", "
                + "code=" + code + ", "
                + "group=" + group + ", "
                + "name=" + name + ", "
                + "description=" + description + ", "
                + "createdAt=" + createdAt + ", "
                + "updatedAt=" + updatedAt + "}";
    }
}
