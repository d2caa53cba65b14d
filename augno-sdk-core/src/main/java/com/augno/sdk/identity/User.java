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
 * The person behind an {@link AccountUser}: name, email, username and image. ({@code object} =
 * {@code "user"})
 *
 * <p>Immutable once decoded. Fields this SDK version does not know are kept in
 * {@link #additionalProperties()} (left out of {@code toString}).
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class User extends ApiObject {
    @JsonProperty("id")
    private final String id;

    @JsonProperty("object")
    private final @Nullable String objectTag;

    @JsonProperty("name")
    private final @Nullable String name;

    @JsonProperty("email")
    private final @Nullable String email;

    @JsonProperty("username")
    private final @Nullable String username;

    @JsonProperty("email_verified_at")
    private final @Nullable Instant emailVerifiedAt;

    @JsonProperty("image_url")
    private final @Nullable String imageUrl;

    @JsonProperty("created_at")
    private final @Nullable Instant createdAt;

    @JsonProperty("updated_at")
    private final @Nullable Instant updatedAt;

    @JsonCreator
    private User(
            @JsonProperty("id") String id,
            @JsonProperty("object") @Nullable String objectTag,
            @JsonProperty("name") @Nullable String name,
            @JsonProperty("email") @Nullable String email,
            @JsonProperty("username") @Nullable String username,
            @JsonProperty("email_verified_at") @Nullable Instant emailVerifiedAt,
            @JsonProperty("image_url") @Nullable String imageUrl,
            @JsonProperty("created_at") @Nullable Instant createdAt,
            @JsonProperty("updated_at") @Nullable Instant updatedAt) {
        this.id = id;
        this.objectTag = objectTag;
        this.name = name;
        this.email = email;
        this.username = username;
        this.emailVerifiedAt = emailVerifiedAt;
        this.imageUrl = imageUrl;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** The id ({@code us_...}). */
    public String id() {
        return id;
    }

    /** The constant type tag the API sends with every object. */
    public Optional<String> objectTag() {
        return Optional.ofNullable(objectTag);
    }

    /** The display name. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** The email address. */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** The username. */
    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /** When the email address was verified; empty while it is not. */
    public Optional<Instant> emailVerifiedAt() {
        return Optional.ofNullable(emailVerifiedAt);
    }

    /** The profile image URL. */
    public Optional<String> imageUrl() {
        return Optional.ofNullable(imageUrl);
    }

    /** When the record was created. */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /** When the record was last changed. */
    public Optional<Instant> updatedAt() {
        return Optional.ofNullable(updatedAt);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof User)) {
            return false;
        }
        User that = (User) o;
        return Objects.equals(id, that.id)
                && Objects.equals(objectTag, that.objectTag)
                && Objects.equals(name, that.name)
                && Objects.equals(email, that.email)
                && Objects.equals(username, that.username)
                && Objects.equals(emailVerifiedAt, that.emailVerifiedAt)
                && Objects.equals(imageUrl, that.imageUrl)
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
                email,
                username,
                emailVerifiedAt,
                imageUrl,
                createdAt,
                updatedAt,
                additionalProperties());
    }

    @Override
    public String toString() {
        return "User{id=" + id + ", objectTag=" + objectTag + ", name=" + name + ", email=" + email + ", username="
                + username + ", emailVerifiedAt=" + emailVerifiedAt + ", imageUrl=" + imageUrl + ", createdAt="
                + createdAt + ", updatedAt=" + updatedAt + "}";
    }
}
