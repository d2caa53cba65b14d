package com.augno.sdk.core;

import com.augno.sdk.catalog.Unit;
import com.augno.sdk.model.ApiObject;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An amount in a unit. ({@code object} = {@code "quantity"})
 *
 * <p>Immutable once decoded. Fields this SDK version does not know are kept in
 * {@link #additionalProperties()} (left out of {@code toString}); a sub-object the API only sends when asked through
 * {@code include} is empty when it was not asked for.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Quantity extends ApiObject {
    @JsonProperty("id")
    private final @Nullable String id;

    @JsonProperty("object")
    private final @Nullable String objectTag;

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("value")
    private final @Nullable BigDecimal value;

    @JsonProperty("display_value")
    private final @Nullable String displayValue;

    @JsonProperty("unit")
    private final @Nullable Unit unit;

    @JsonCreator
    private Quantity(
            @JsonProperty("id") @Nullable String id,
            @JsonProperty("object") @Nullable String objectTag,
            @JsonProperty("value") @Nullable BigDecimal value,
            @JsonProperty("display_value") @Nullable String displayValue,
            @JsonProperty("unit") @Nullable Unit unit) {
        this.id = id;
        this.objectTag = objectTag;
        this.value = value;
        this.displayValue = displayValue;
        this.unit = unit;
    }

    /** The id. */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** The constant type tag the API sends with every object. */
    public Optional<String> objectTag() {
        return Optional.ofNullable(objectTag);
    }

    /** The exact amount. */
    public Optional<BigDecimal> value() {
        return Optional.ofNullable(value);
    }

    /** The formatted amount, e.g. {@code $1,234.56}. */
    public Optional<String> displayValue() {
        return Optional.ofNullable(displayValue);
    }

    /** The unit. */
    public Optional<Unit> unit() {
        return Optional.ofNullable(unit);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Quantity)) {
            return false;
        }
        Quantity that = (Quantity) o;
        return Objects.equals(id, that.id)
                && Objects.equals(objectTag, that.objectTag)
                && Objects.equals(value, that.value)
                && Objects.equals(displayValue, that.displayValue)
                && Objects.equals(unit, that.unit)
                && additionalProperties().equals(that.additionalProperties());
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, objectTag, value, displayValue, unit, additionalProperties());
    }

    @Override
    public String toString() {
        return "Quantity{" + "id=" + id + ", "
                + "objectTag=" + objectTag + ", "
                + "value=" + value + ", "
                + "displayValue=" + displayValue + ", "
                + "unit=" + unit + "}";
    }
}
