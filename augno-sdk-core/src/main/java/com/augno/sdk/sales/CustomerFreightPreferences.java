package com.augno.sdk.sales;

import com.augno.sdk.core.ExpandedObject;
import com.augno.sdk.model.ApiObject;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A customer's freight settings. ({@code object} = {@code "customer_freight_preferences"})
 *
 * <p>Immutable once decoded. Fields this SDK version does not know are kept in
 * {@link #additionalProperties()} (left out of {@code toString}); a sub-object the API only sends when asked through
 * {@code include} is empty when it was not asked for.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class CustomerFreightPreferences extends ApiObject {
    @JsonProperty("object")
    private final @Nullable String objectTag;

    @JsonProperty("status")
    private final @Nullable FreightPolicy status;

    @JsonProperty("billing_type")
    private final @Nullable CarrierBillingType billingType;

    @JsonProperty("billing_account")
    private final @Nullable String billingAccount;

    @JsonProperty("carrier")
    private final @Nullable ExpandedObject carrier;

    @JsonProperty("service_level")
    private final @Nullable ExpandedObject serviceLevel;

    @JsonCreator
    private CustomerFreightPreferences(
            @JsonProperty("object") @Nullable String objectTag,
            @JsonProperty("status") @Nullable FreightPolicy status,
            @JsonProperty("billing_type") @Nullable CarrierBillingType billingType,
            @JsonProperty("billing_account") @Nullable String billingAccount,
            @JsonProperty("carrier") @Nullable ExpandedObject carrier,
            @JsonProperty("service_level") @Nullable ExpandedObject serviceLevel) {
        this.objectTag = objectTag;
        this.status = status;
        this.billingType = billingType;
        this.billingAccount = billingAccount;
        this.carrier = carrier;
        this.serviceLevel = serviceLevel;
    }

    /** The constant type tag the API sends with every object. */
    public Optional<String> objectTag() {
        return Optional.ofNullable(objectTag);
    }

    /** {@code free_freight} or {@code billed_freight}. */
    public Optional<FreightPolicy> status() {
        return Optional.ofNullable(status);
    }

    /** {@code sender} or {@code third_party}. */
    public Optional<CarrierBillingType> billingType() {
        return Optional.ofNullable(billingType);
    }

    /** The carrier account billed for {@code third_party}. */
    public Optional<String> billingAccount() {
        return Optional.ofNullable(billingAccount);
    }

    /** The carrier; include {@code freight_preferences.carrier}. */
    public Optional<ExpandedObject> carrier() {
        return Optional.ofNullable(carrier);
    }

    /** The service level; include {@code freight_preferences.service_level}. */
    public Optional<ExpandedObject> serviceLevel() {
        return Optional.ofNullable(serviceLevel);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CustomerFreightPreferences)) {
            return false;
        }
        CustomerFreightPreferences that = (CustomerFreightPreferences) o;
        return Objects.equals(objectTag, that.objectTag)
                && Objects.equals(status, that.status)
                && Objects.equals(billingType, that.billingType)
                && Objects.equals(billingAccount, that.billingAccount)
                && Objects.equals(carrier, that.carrier)
                && Objects.equals(serviceLevel, that.serviceLevel)
                && additionalProperties().equals(that.additionalProperties());
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                objectTag, status, billingType, billingAccount, carrier, serviceLevel, additionalProperties());
    }

    @Override
    public String toString() {
        return "CustomerFreightPreferences{" + "objectTag=" + objectTag + ", "
                + "status=" + status + ", "
                + "billingType=" + billingType + ", "
                + "billingAccount=" + billingAccount + ", "
                + "carrier=" + carrier + ", "
                + "serviceLevel=" + serviceLevel + "}";
    }
}
