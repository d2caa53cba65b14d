package com.augno.sdk.core;

import com.augno.sdk.model.ApiObject;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a resource came from. ({@code object} = {@code "owner"})
 *
 * <p>Immutable once decoded. Fields this SDK version does not know are kept in
 * {@link #additionalProperties()} (left out of {@code toString}); a sub-object the API only sends when asked through
 * {@code include} is empty when it was not asked for.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Owner extends ApiObject {
    @JsonProperty("object")
    private final @Nullable String objectTag;

    @JsonProperty("type")
    private final OwnerType type;

    @JsonProperty("account")
    private final @Nullable Account account;

    @JsonCreator
    private Owner(
            @JsonProperty("object") @Nullable String objectTag,
            @JsonProperty("type") OwnerType type,
            @JsonProperty("account") @Nullable Account account) {
        this.objectTag = objectTag;
        this.type = type;
        this.account = account;
    }

    /** The constant type tag the API sends with every object. */
    public Optional<String> objectTag() {
        return Optional.ofNullable(objectTag);
    }

    /** {@code system} (platform default, read-only) or {@code account}. */
    public OwnerType type() {
        return type;
    }

    /** The owning account when the type is {@code account}; include {@code owner.account}. */
    public Optional<Account> account() {
        return Optional.ofNullable(account);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Owner)) {
            return false;
        }
        Owner that = (Owner) o;
        return Objects.equals(objectTag, that.objectTag)
                && Objects.equals(type, that.type)
                && Objects.equals(account, that.account)
                && additionalProperties().equals(that.additionalProperties());
    }

    @Override
    public int hashCode() {
        return Objects.hash(objectTag, type, account, additionalProperties());
    }

    @Override
    public String toString() {
        return "Owner{" + "objectTag=" + objectTag + ", " + "type=" + type + ", " + "account=" + account + "}";
    }
}
