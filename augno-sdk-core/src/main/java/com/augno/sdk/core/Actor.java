package com.augno.sdk.core;

import com.augno.sdk.identity.Role;
import com.augno.sdk.model.ApiObject;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who made a request or a change. For an API key the handle is its redacted value ({@code aug_sk_prod_****abcd}), never the key. ({@code object} = {@code "actor"})
 *
 * <p>Immutable once decoded. Fields this SDK version does not know are kept in
 * {@link #additionalProperties()} (left out of {@code toString}); a sub-object the API only sends when asked through
 * {@code include} is empty when it was not asked for.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Actor extends ApiObject {
    @JsonProperty("id")
    private final String id;

    @JsonProperty("object")
    private final @Nullable String objectTag;

    @JsonProperty("type")
    private final ActorType type;

    @JsonProperty("name")
    private final @Nullable String name;

    @JsonProperty("handle")
    private final @Nullable String handle;

    @JsonProperty("avatar_url")
    private final @Nullable String avatarUrl;

    @JsonProperty("role")
    private final @Nullable Role role;

    @JsonCreator
    private Actor(
            @JsonProperty("id") String id,
            @JsonProperty("object") @Nullable String objectTag,
            @JsonProperty("type") ActorType type,
            @JsonProperty("name") @Nullable String name,
            @JsonProperty("handle") @Nullable String handle,
            @JsonProperty("avatar_url") @Nullable String avatarUrl,
            @JsonProperty("role") @Nullable Role role) {
        this.id = id;
        this.objectTag = objectTag;
        this.type = type;
        this.name = name;
        this.handle = handle;
        this.avatarUrl = avatarUrl;
        this.role = role;
    }

    /** A user id ({@code us_...}), an API-key id ({@code apke_...}) or an agent id. */
    public String id() {
        return id;
    }

    /** The constant type tag the API sends with every object. */
    public Optional<String> objectTag() {
        return Optional.ofNullable(objectTag);
    }

    /** The kind of actor. */
    public ActorType type() {
        return type;
    }

    /** The display name. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** The email for a user, the redacted key value for an API key, empty otherwise. */
    public Optional<String> handle() {
        return Optional.ofNullable(handle);
    }

    /** Profile photo URL (users only). */
    public Optional<String> avatarUrl() {
        return Optional.ofNullable(avatarUrl);
    }

    /** The actor's role; include {@code actor.role}. */
    public Optional<Role> role() {
        return Optional.ofNullable(role);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Actor)) {
            return false;
        }
        Actor that = (Actor) o;
        return Objects.equals(id, that.id)
                && Objects.equals(objectTag, that.objectTag)
                && Objects.equals(type, that.type)
                && Objects.equals(name, that.name)
                && Objects.equals(handle, that.handle)
                && Objects.equals(avatarUrl, that.avatarUrl)
                && Objects.equals(role, that.role)
                && additionalProperties().equals(that.additionalProperties());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, objectTag, type, name, handle, avatarUrl, role, additionalProperties());
    }

    @Override
    public String toString() {
        return "Actor{" + "id=" + id + ", "
                + "objectTag=" + objectTag + ", "
                + "type=" + type + ", "
                + "name=" + name + ", "
                + "handle=" + handle + ", "
                + "avatarUrl=" + avatarUrl + ", "
                + "role=" + role + "}";
    }
}
