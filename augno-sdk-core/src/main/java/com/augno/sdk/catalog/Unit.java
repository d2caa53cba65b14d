package com.augno.sdk.catalog;

import com.augno.sdk.core.Owner;
import com.augno.sdk.model.ApiObject;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A unit of measure. Conversion to the base unit: {@code value * ratioNumerator / ratioDenominator + offsetNumerator / offsetDenominator}. ({@code object} = {@code "unit"})
 *
 * <p>Immutable once decoded. Fields this SDK version does not know are kept in
 * {@link #additionalProperties()} (left out of {@code toString}); a sub-object the API only sends when asked through
 * {@code include} is empty when it was not asked for.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Unit extends ApiObject {
    @JsonProperty("id")
    private final String id;

    @JsonProperty("object")
    private final @Nullable String objectTag;

    @JsonProperty("name")
    private final String name;

    @JsonProperty("abbreviation")
    private final String abbreviation;

    @JsonProperty("type")
    private final UnitType type;

    @JsonProperty("is_base_unit")
    private final @Nullable Boolean isBaseUnit;

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("ratio_numerator")
    private final BigDecimal ratioNumerator;

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("ratio_denominator")
    private final BigDecimal ratioDenominator;

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("offset_numerator")
    private final BigDecimal offsetNumerator;

    @JsonFormat(shape = JsonFormat.Shape.STRING)
    @JsonProperty("offset_denominator")
    private final BigDecimal offsetDenominator;

    @JsonProperty("owner")
    private final @Nullable Owner owner;

    @JsonProperty("created_at")
    private final Instant createdAt;

    @JsonProperty("updated_at")
    private final Instant updatedAt;

    @JsonCreator
    private Unit(
            @JsonProperty("id") String id,
            @JsonProperty("object") @Nullable String objectTag,
            @JsonProperty("name") String name,
            @JsonProperty("abbreviation") String abbreviation,
            @JsonProperty("type") UnitType type,
            @JsonProperty("is_base_unit") @Nullable Boolean isBaseUnit,
            @JsonProperty("ratio_numerator") BigDecimal ratioNumerator,
            @JsonProperty("ratio_denominator") BigDecimal ratioDenominator,
            @JsonProperty("offset_numerator") BigDecimal offsetNumerator,
            @JsonProperty("offset_denominator") BigDecimal offsetDenominator,
            @JsonProperty("owner") @Nullable Owner owner,
            @JsonProperty("created_at") Instant createdAt,
            @JsonProperty("updated_at") Instant updatedAt) {
        this.id = id;
        this.objectTag = objectTag;
        this.name = name;
        this.abbreviation = abbreviation;
        this.type = type;
        this.isBaseUnit = isBaseUnit;
        this.ratioNumerator = ratioNumerator;
        this.ratioDenominator = ratioDenominator;
        this.offsetNumerator = offsetNumerator;
        this.offsetDenominator = offsetDenominator;
        this.owner = owner;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** The id ({@code un_...}). */
    public String id() {
        return id;
    }

    /** The constant type tag the API sends with every object. */
    public Optional<String> objectTag() {
        return Optional.ofNullable(objectTag);
    }

    /** The name, e.g. Kilogram. */
    public String name() {
        return name;
    }

    /** The abbreviation, e.g. kg. */
    public String abbreviation() {
        return abbreviation;
    }

    /** The dimension. */
    public UnitType type() {
        return type;
    }

    /** True for a platform base unit. */
    public boolean isBaseUnit() {
        return isBaseUnit == null ? false : isBaseUnit;
    }

    /** Ratio numerator. */
    public BigDecimal ratioNumerator() {
        return ratioNumerator;
    }

    /** Ratio denominator (never zero). */
    public BigDecimal ratioDenominator() {
        return ratioDenominator;
    }

    /** Offset numerator. */
    public BigDecimal offsetNumerator() {
        return offsetNumerator;
    }

    /** Offset denominator (never zero). */
    public BigDecimal offsetDenominator() {
        return offsetDenominator;
    }

    /** {@code system} or {@code account}; include {@code owner}. */
    public Optional<Owner> owner() {
        return Optional.ofNullable(owner);
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
        if (!(o instanceof Unit)) {
            return false;
        }
        Unit that = (Unit) o;
        return Objects.equals(id, that.id)
                && Objects.equals(objectTag, that.objectTag)
                && Objects.equals(name, that.name)
                && Objects.equals(abbreviation, that.abbreviation)
                && Objects.equals(type, that.type)
                && Objects.equals(isBaseUnit, that.isBaseUnit)
                && Objects.equals(ratioNumerator, that.ratioNumerator)
                && Objects.equals(ratioDenominator, that.ratioDenominator)
                && Objects.equals(offsetNumerator, that.offsetNumerator)
                && Objects.equals(offsetDenominator, that.offsetDenominator)
                && Objects.equals(owner, that.owner)
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
                abbreviation,
                type,
                isBaseUnit,
                ratioNumerator,
                ratioDenominator,
                offsetNumerator,
                offsetDenominator,
                owner,
                createdAt,
                updatedAt,
                additionalProperties());
    }

    @Override
    public String toString() {
        return "Unit{" + "id=" + id + ", "
                + "objectTag=" + objectTag + ", "
                + "name=" + name + ", "
                + "abbreviation=" + abbreviation + ", "
                + "type=" + type + ", "
                + "isBaseUnit=" + isBaseUnit + ", "
                + "ratioNumerator=" + ratioNumerator + ", "
                + "ratioDenominator=" + ratioDenominator + ", "
                + "offsetNumerator=" + offsetNumerator + ", "
                + "offsetDenominator=" + offsetDenominator + ", "
                + "owner=" + owner + ", "
                + "createdAt=" + createdAt + ", "
                + "updatedAt=" + updatedAt + "}";
    }
}
