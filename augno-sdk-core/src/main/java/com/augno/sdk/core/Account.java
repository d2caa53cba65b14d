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
 * An Augno account: your own, or a customer or supplier account you trade with. ({@code object} = {@code "account"})
 *
 * <p>Immutable once decoded. Fields this SDK version does not know are kept in
 * {@link #additionalProperties()} (left out of {@code toString}); a sub-object the API only sends when asked through
 * {@code include} is empty when it was not asked for.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Account extends ApiObject {
    @JsonProperty("id")
    private final String id;

    @JsonProperty("object")
    private final @Nullable String objectTag;

    @JsonProperty("name")
    private final String name;

    @JsonProperty("branding")
    private final @Nullable AccountBranding branding;

    @JsonProperty("portal")
    private final @Nullable AccountPortal portal;

    @JsonProperty("default_billing_address")
    private final @Nullable Address defaultBillingAddress;

    @JsonProperty("default_shipping_address")
    private final @Nullable Address defaultShippingAddress;

    @JsonProperty("created_at")
    private final Instant createdAt;

    @JsonProperty("updated_at")
    private final Instant updatedAt;

    @JsonCreator
    private Account(
            @JsonProperty("id") String id,
            @JsonProperty("object") @Nullable String objectTag,
            @JsonProperty("name") String name,
            @JsonProperty("branding") @Nullable AccountBranding branding,
            @JsonProperty("portal") @Nullable AccountPortal portal,
            @JsonProperty("default_billing_address") @Nullable Address defaultBillingAddress,
            @JsonProperty("default_shipping_address") @Nullable Address defaultShippingAddress,
            @JsonProperty("created_at") Instant createdAt,
            @JsonProperty("updated_at") Instant updatedAt) {
        this.id = id;
        this.objectTag = objectTag;
        this.name = name;
        this.branding = branding;
        this.portal = portal;
        this.defaultBillingAddress = defaultBillingAddress;
        this.defaultShippingAddress = defaultShippingAddress;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** The id ({@code ac_...}). */
    public String id() {
        return id;
    }

    /** The constant type tag the API sends with every object. */
    public Optional<String> objectTag() {
        return Optional.ofNullable(objectTag);
    }

    /** The name. */
    public String name() {
        return name;
    }

    /** The branding. */
    public Optional<AccountBranding> branding() {
        return Optional.ofNullable(branding);
    }

    /** The customer portal. */
    public Optional<AccountPortal> portal() {
        return Optional.ofNullable(portal);
    }

    /** The default billing address. */
    public Optional<Address> defaultBillingAddress() {
        return Optional.ofNullable(defaultBillingAddress);
    }

    /** The default shipping address. */
    public Optional<Address> defaultShippingAddress() {
        return Optional.ofNullable(defaultShippingAddress);
    }

    /** When the record was created. */
    public Instant createdAt() {
        return createdAt;
    }

    /** When the record was last changed. */
    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Account)) {
            return false;
        }
        Account that = (Account) o;
        return Objects.equals(id, that.id)
                && Objects.equals(objectTag, that.objectTag)
                && Objects.equals(name, that.name)
                && Objects.equals(branding, that.branding)
                && Objects.equals(portal, that.portal)
                && Objects.equals(defaultBillingAddress, that.defaultBillingAddress)
                && Objects.equals(defaultShippingAddress, that.defaultShippingAddress)
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
                branding,
                portal,
                defaultBillingAddress,
                defaultShippingAddress,
                createdAt,
                updatedAt,
                additionalProperties());
    }

    @Override
    public String toString() {
        return "Account{" + "id=" + id + ", "
                + "objectTag=" + objectTag + ", "
                + "name=" + name + ", "
                + "branding=" + branding + ", "
                + "portal=" + portal + ", "
                + "defaultBillingAddress=" + defaultBillingAddress + ", "
                + "defaultShippingAddress=" + defaultShippingAddress + ", "
                + "createdAt=" + createdAt + ", "
                + "updatedAt=" + updatedAt + "}";
    }
}
