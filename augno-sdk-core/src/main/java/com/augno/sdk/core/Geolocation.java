package com.augno.sdk.core;

import com.augno.sdk.model.ApiObject;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A postal location. ({@code object} = {@code "geolocation"})
 *
 * <p>Immutable once decoded. Fields this SDK version does not know are kept in
 * {@link #additionalProperties()} (left out of {@code toString}); a sub-object the API only sends when asked through
 * {@code include} is empty when it was not asked for.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Geolocation extends ApiObject {
    @JsonProperty("id")
    private final @Nullable String id;

    @JsonProperty("object")
    private final @Nullable String objectTag;

    @JsonProperty("country")
    private final @Nullable String country;

    @JsonProperty("street_line_1")
    private final @Nullable String streetLine1;

    @JsonProperty("street_line_2")
    private final @Nullable String streetLine2;

    @JsonProperty("locality")
    private final @Nullable String locality;

    @JsonProperty("state")
    private final @Nullable String state;

    @JsonProperty("postal_code")
    private final @Nullable String postalCode;

    @JsonCreator
    private Geolocation(
            @JsonProperty("id") @Nullable String id,
            @JsonProperty("object") @Nullable String objectTag,
            @JsonProperty("country") @Nullable String country,
            @JsonProperty("street_line_1") @Nullable String streetLine1,
            @JsonProperty("street_line_2") @Nullable String streetLine2,
            @JsonProperty("locality") @Nullable String locality,
            @JsonProperty("state") @Nullable String state,
            @JsonProperty("postal_code") @Nullable String postalCode) {
        this.id = id;
        this.objectTag = objectTag;
        this.country = country;
        this.streetLine1 = streetLine1;
        this.streetLine2 = streetLine2;
        this.locality = locality;
        this.state = state;
        this.postalCode = postalCode;
    }

    /** The id. */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** The constant type tag the API sends with every object. */
    public Optional<String> objectTag() {
        return Optional.ofNullable(objectTag);
    }

    /** The 2-letter country code. */
    public Optional<String> country() {
        return Optional.ofNullable(country);
    }

    /** The first street line. */
    public Optional<String> streetLine1() {
        return Optional.ofNullable(streetLine1);
    }

    /** The second street line. */
    public Optional<String> streetLine2() {
        return Optional.ofNullable(streetLine2);
    }

    /** The city or locality. */
    public Optional<String> locality() {
        return Optional.ofNullable(locality);
    }

    /** The state or region. */
    public Optional<String> state() {
        return Optional.ofNullable(state);
    }

    /** The postal code. */
    public Optional<String> postalCode() {
        return Optional.ofNullable(postalCode);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Geolocation)) {
            return false;
        }
        Geolocation that = (Geolocation) o;
        return Objects.equals(id, that.id)
                && Objects.equals(objectTag, that.objectTag)
                && Objects.equals(country, that.country)
                && Objects.equals(streetLine1, that.streetLine1)
                && Objects.equals(streetLine2, that.streetLine2)
                && Objects.equals(locality, that.locality)
                && Objects.equals(state, that.state)
                && Objects.equals(postalCode, that.postalCode)
                && additionalProperties().equals(that.additionalProperties());
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                id, objectTag, country, streetLine1, streetLine2, locality, state, postalCode, additionalProperties());
    }

    @Override
    public String toString() {
        return "Geolocation{" + "id=" + id + ", "
                + "objectTag=" + objectTag + ", "
                + "country=" + country + ", "
                + "streetLine1=" + streetLine1 + ", "
                + "streetLine2=" + streetLine2 + ", "
                + "locality=" + locality + ", "
                + "state=" + state + ", "
                + "postalCode=" + postalCode + "}";
    }
}
