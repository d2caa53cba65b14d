package com.augno.sdk.sales;

import com.augno.sdk.model.ApiObject;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A customer's notification settings. ({@code object} = {@code "customer_notification_preferences"})
 *
 * <p>Immutable once decoded. Fields this SDK version does not know are kept in
 * {@link #additionalProperties()} (left out of {@code toString}); a sub-object the API only sends when asked through
 * {@code include} is empty when it was not asked for.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class CustomerNotificationPreferences extends ApiObject {
    @JsonProperty("object")
    private final @Nullable String objectTag;

    @JsonProperty("accepts_invoice_emails")
    private final @Nullable Boolean acceptsInvoiceEmails;

    @JsonCreator
    private CustomerNotificationPreferences(
            @JsonProperty("object") @Nullable String objectTag,
            @JsonProperty("accepts_invoice_emails") @Nullable Boolean acceptsInvoiceEmails) {
        this.objectTag = objectTag;
        this.acceptsInvoiceEmails = acceptsInvoiceEmails;
    }

    /** The constant type tag the API sends with every object. */
    public Optional<String> objectTag() {
        return Optional.ofNullable(objectTag);
    }

    /** True when at least one recipient gets invoice emails. */
    public Optional<Boolean> acceptsInvoiceEmails() {
        return Optional.ofNullable(acceptsInvoiceEmails);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CustomerNotificationPreferences)) {
            return false;
        }
        CustomerNotificationPreferences that = (CustomerNotificationPreferences) o;
        return Objects.equals(objectTag, that.objectTag)
                && Objects.equals(acceptsInvoiceEmails, that.acceptsInvoiceEmails)
                && additionalProperties().equals(that.additionalProperties());
    }

    @Override
    public int hashCode() {
        return Objects.hash(objectTag, acceptsInvoiceEmails, additionalProperties());
    }

    @Override
    public String toString() {
        return "CustomerNotificationPreferences{" + "objectTag=" + objectTag + ", " + "acceptsInvoiceEmails="
                + acceptsInvoiceEmails + "}";
    }
}
