package com.augno.sdk.sales;

import com.augno.sdk.model.ApiObject;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A customer's contact details. ({@code object} = {@code "customer_contact_info"})
 *
 * <p>Immutable once decoded. Fields this SDK version does not know are kept in
 * {@link #additionalProperties()} (left out of {@code toString}); a sub-object the API only sends when asked through
 * {@code include} is empty when it was not asked for.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class CustomerContactInfo extends ApiObject {
    @JsonProperty("object")
    private final @Nullable String objectTag;

    @JsonProperty("email")
    private final @Nullable String email;

    @JsonProperty("phone")
    private final @Nullable String phone;

    @JsonProperty("url")
    private final @Nullable String url;

    @JsonCreator
    private CustomerContactInfo(
            @JsonProperty("object") @Nullable String objectTag,
            @JsonProperty("email") @Nullable String email,
            @JsonProperty("phone") @Nullable String phone,
            @JsonProperty("url") @Nullable String url) {
        this.objectTag = objectTag;
        this.email = email;
        this.phone = phone;
        this.url = url;
    }

    /** The constant type tag the API sends with every object. */
    public Optional<String> objectTag() {
        return Optional.ofNullable(objectTag);
    }

    /** Email. */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** Phone. */
    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    /** Website. */
    public Optional<String> url() {
        return Optional.ofNullable(url);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CustomerContactInfo)) {
            return false;
        }
        CustomerContactInfo that = (CustomerContactInfo) o;
        return Objects.equals(objectTag, that.objectTag)
                && Objects.equals(email, that.email)
                && Objects.equals(phone, that.phone)
                && Objects.equals(url, that.url)
                && additionalProperties().equals(that.additionalProperties());
    }

    @Override
    public int hashCode() {
        return Objects.hash(objectTag, email, phone, url, additionalProperties());
    }

    @Override
    public String toString() {
        return "CustomerContactInfo{" + "objectTag=" + objectTag + ", "
                + "email=" + email + ", "
                + "phone=" + phone + ", "
                + "url=" + url + "}";
    }
}
