package com.augno.sdk.sales;

import com.augno.sdk.core.ExpandedObject;
import com.augno.sdk.identity.AccountUser;
import com.augno.sdk.model.ApiObject;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A customer's defaults for new orders. ({@code object} = {@code "customer_defaults"})
 *
 * <p>Immutable once decoded. Fields this SDK version does not know are kept in
 * {@link #additionalProperties()} (left out of {@code toString}); a sub-object the API only sends when asked through
 * {@code include} is empty when it was not asked for.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class CustomerDefaults extends ApiObject {
    @JsonProperty("object")
    private final @Nullable String objectTag;

    @JsonProperty("payment_term")
    private final @Nullable ExpandedObject paymentTerm;

    @JsonProperty("shipping_term")
    private final @Nullable ExpandedObject shippingTerm;

    @JsonProperty("priority")
    private final @Nullable ExpandedObject priority;

    @JsonProperty("sales_rep")
    private final @Nullable AccountUser salesRep;

    @JsonProperty("lead_time_days")
    private final @Nullable Integer leadTimeDays;

    @JsonProperty("receive_calendar_id")
    private final @Nullable String receiveCalendarId;

    @JsonCreator
    private CustomerDefaults(
            @JsonProperty("object") @Nullable String objectTag,
            @JsonProperty("payment_term") @Nullable ExpandedObject paymentTerm,
            @JsonProperty("shipping_term") @Nullable ExpandedObject shippingTerm,
            @JsonProperty("priority") @Nullable ExpandedObject priority,
            @JsonProperty("sales_rep") @Nullable AccountUser salesRep,
            @JsonProperty("lead_time_days") @Nullable Integer leadTimeDays,
            @JsonProperty("receive_calendar_id") @Nullable String receiveCalendarId) {
        this.objectTag = objectTag;
        this.paymentTerm = paymentTerm;
        this.shippingTerm = shippingTerm;
        this.priority = priority;
        this.salesRep = salesRep;
        this.leadTimeDays = leadTimeDays;
        this.receiveCalendarId = receiveCalendarId;
    }

    /** The constant type tag the API sends with every object. */
    public Optional<String> objectTag() {
        return Optional.ofNullable(objectTag);
    }

    /** The payment term; include {@code defaults.payment_term}. */
    public Optional<ExpandedObject> paymentTerm() {
        return Optional.ofNullable(paymentTerm);
    }

    /** The shipping term; include {@code defaults.shipping_term}. */
    public Optional<ExpandedObject> shippingTerm() {
        return Optional.ofNullable(shippingTerm);
    }

    /** The priority level; include {@code defaults.priority}. */
    public Optional<ExpandedObject> priority() {
        return Optional.ofNullable(priority);
    }

    /** The sales rep; include {@code defaults.sales_rep}. */
    public Optional<AccountUser> salesRep() {
        return Optional.ofNullable(salesRep);
    }

    /** Lead time in days; empty means inherited. */
    public Optional<Integer> leadTimeDays() {
        return Optional.ofNullable(leadTimeDays);
    }

    /** The receiving calendar; empty means inherited. */
    public Optional<String> receiveCalendarId() {
        return Optional.ofNullable(receiveCalendarId);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CustomerDefaults)) {
            return false;
        }
        CustomerDefaults that = (CustomerDefaults) o;
        return Objects.equals(objectTag, that.objectTag)
                && Objects.equals(paymentTerm, that.paymentTerm)
                && Objects.equals(shippingTerm, that.shippingTerm)
                && Objects.equals(priority, that.priority)
                && Objects.equals(salesRep, that.salesRep)
                && Objects.equals(leadTimeDays, that.leadTimeDays)
                && Objects.equals(receiveCalendarId, that.receiveCalendarId)
                && additionalProperties().equals(that.additionalProperties());
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                objectTag,
                paymentTerm,
                shippingTerm,
                priority,
                salesRep,
                leadTimeDays,
                receiveCalendarId,
                additionalProperties());
    }

    @Override
    public String toString() {
        return "CustomerDefaults{" + "objectTag=" + objectTag + ", "
                + "paymentTerm=" + paymentTerm + ", "
                + "shippingTerm=" + shippingTerm + ", "
                + "priority=" + priority + ", "
                + "salesRep=" + salesRep + ", "
                + "leadTimeDays=" + leadTimeDays + ", "
                + "receiveCalendarId=" + receiveCalendarId + "}";
    }
}
