package com.augno.sdk.identity;

import com.augno.sdk.core.Owner;
import com.augno.sdk.internal.resources.NestedList;
import com.augno.sdk.model.ApiObject;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A display group of the permission catalog; access is granted per permission, never per group. ({@code object} = {@code "permission_group"})
 *
 * <p>Immutable once decoded. Fields this SDK version does not know are kept in
 * {@link #additionalProperties()} (left out of {@code toString}); a sub-object the API only sends when asked through
 * {@code include} is empty when it was not asked for.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class PermissionGroup extends ApiObject {
    @JsonProperty("id")
    private final String id;

    @JsonProperty("object")
    private final @Nullable String objectTag;

    @JsonProperty("code")
    private final String code;

    @JsonProperty("name")
    private final @Nullable String name;

    @JsonProperty("description")
    private final @Nullable String description;

    @JsonProperty("owner")
    private final @Nullable Owner owner;

    @JsonProperty("permissions")
    private final @Nullable NestedList<PermissionDefinition> permissions;

    @JsonProperty("created_at")
    private final @Nullable Instant createdAt;

    @JsonProperty("updated_at")
    private final @Nullable Instant updatedAt;

    @JsonCreator
    private PermissionGroup(
            @JsonProperty("id") String id,
            @JsonProperty("object") @Nullable String objectTag,
            @JsonProperty("code") String code,
            @JsonProperty("name") @Nullable String name,
            @JsonProperty("description") @Nullable String description,
            @JsonProperty("owner") @Nullable Owner owner,
            @JsonProperty("permissions") @Nullable NestedList<PermissionDefinition> permissions,
            @JsonProperty("created_at") @Nullable Instant createdAt,
            @JsonProperty("updated_at") @Nullable Instant updatedAt) {
        this.id = id;
        this.objectTag = objectTag;
        this.code = code;
        this.name = name;
        this.description = description;
        this.owner = owner;
        this.permissions = permissions;
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

    /** The unique code, e.g. {@code customers}. */
    public String code() {
        return code;
    }

    /** The name. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** The description. */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** The owner; include {@code owner}. */
    public Optional<Owner> owner() {
        return Optional.ofNullable(owner);
    }

    /** The permissions of this group. */
    public Optional<List<PermissionDefinition>> permissions() {
        return Optional.ofNullable(permissions).map(NestedList::data);
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
        if (!(o instanceof PermissionGroup)) {
            return false;
        }
        PermissionGroup that = (PermissionGroup) o;
        return Objects.equals(id, that.id)
                && Objects.equals(objectTag, that.objectTag)
                && Objects.equals(code, that.code)
                && Objects.equals(name, that.name)
                && Objects.equals(description, that.description)
                && Objects.equals(owner, that.owner)
                && Objects.equals(permissions, that.permissions)
                && Objects.equals(createdAt, that.createdAt)
                && Objects.equals(updatedAt, that.updatedAt)
                && additionalProperties().equals(that.additionalProperties());
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                id,
                objectTag,
                code,
                name,
                description,
                owner,
                permissions,
                createdAt,
                updatedAt,
                additionalProperties());
    }

    @Override
    public String toString() {
        return "PermissionGroup{" + "id=" + id + ", "
                + "objectTag=" + objectTag + ", "
                + "code=" + code + ", "
                + "name=" + name + ", "
                + "description=" + description + ", "
                + "owner=" + owner + ", "
                + "permissions=" + permissions + ", "
                + "createdAt=" + createdAt + ", "
                + "updatedAt=" + updatedAt + "}";
    }
}
