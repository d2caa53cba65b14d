package com.augno.sdk.identity;

import com.augno.sdk.core.Owner;
import com.augno.sdk.model.ApiObject;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A role: a named set of permissions, held by users and API keys. ({@code object} = {@code "role"})
 *
 * <p>Immutable once decoded. Fields this SDK version does not know are kept in
 * {@link #additionalProperties()} (left out of {@code toString}); a sub-object the API only sends when asked through
 * {@code include} is empty when it was not asked for.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Role extends ApiObject {
    @JsonProperty("id")
    private final String id;

    @JsonProperty("object")
    private final @Nullable String objectTag;

    @JsonProperty("name")
    private final String name;

    @JsonProperty("type")
    private final RoleType type;

    @JsonProperty("permissions")
    private final @Nullable List<String> permissions;

    @JsonProperty("owner")
    private final @Nullable Owner owner;

    @JsonProperty("created_at")
    private final Instant createdAt;

    @JsonProperty("updated_at")
    private final Instant updatedAt;

    @JsonCreator
    private Role(
            @JsonProperty("id") String id,
            @JsonProperty("object") @Nullable String objectTag,
            @JsonProperty("name") String name,
            @JsonProperty("type") RoleType type,
            @JsonProperty("permissions") @Nullable List<String> permissions,
            @JsonProperty("owner") @Nullable Owner owner,
            @JsonProperty("created_at") Instant createdAt,
            @JsonProperty("updated_at") Instant updatedAt) {
        this.id = id;
        this.objectTag = objectTag;
        this.name = name;
        this.type = type;
        this.permissions = permissions == null ? null : Collections.unmodifiableList(new ArrayList<>(permissions));
        this.owner = owner;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** The id ({@code rl_...}). */
    public String id() {
        return id;
    }

    /** The constant type tag the API sends with every object. */
    public Optional<String> objectTag() {
        return Optional.ofNullable(objectTag);
    }

    /** The name, unique in the account. */
    public String name() {
        return name;
    }

    /** The role type. */
    public RoleType type() {
        return type;
    }

    /** The permission strings ({@code customers:read}); include {@code permissions} (or {@code role.permissions} from a key). See {@link #permissionSet()}. */
    public Optional<List<String>> permissions() {
        return Optional.ofNullable(permissions);
    }

    /** {@code system} or {@code account}; include {@code owner}. */
    public Optional<Owner> owner() {
        return Optional.ofNullable(owner);
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
     * Returns the permissions as {@link Permission} values, or empty when they were not included.
     * Unknown codes and actions are kept as they are.
     */
    public Optional<Set<Permission>> permissionSet() {
        if (permissions == null) {
            return Optional.empty();
        }
        Set<Permission> out = new LinkedHashSet<>();
        for (String p : permissions) {
            out.add(Permission.of(p));
        }
        return Optional.of(Collections.unmodifiableSet(out));
    }

    /** Returns true for a role of type {@code admin}, which may manage API keys. */
    public boolean isAdmin() {
        return RoleType.ADMIN.equals(type);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Role)) {
            return false;
        }
        Role that = (Role) o;
        return Objects.equals(id, that.id)
                && Objects.equals(objectTag, that.objectTag)
                && Objects.equals(name, that.name)
                && Objects.equals(type, that.type)
                && Objects.equals(permissions, that.permissions)
                && Objects.equals(owner, that.owner)
                && Objects.equals(createdAt, that.createdAt)
                && Objects.equals(updatedAt, that.updatedAt)
                && additionalProperties().equals(that.additionalProperties());
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                id, objectTag, name, type, permissions, owner, createdAt, updatedAt, additionalProperties());
    }

    @Override
    public String toString() {
        return "Role{" + "id=" + id + ", "
                + "objectTag=" + objectTag + ", "
                + "name=" + name + ", "
                + "type=" + type + ", "
                + "permissions=" + permissions + ", "
                + "owner=" + owner + ", "
                + "createdAt=" + createdAt + ", "
                + "updatedAt=" + updatedAt + "}";
    }
}
