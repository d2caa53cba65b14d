package com.augno.sdk.catalog;

import com.augno.sdk.internal.params.ParamValues;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The new unit of {@code client.units().create(...)}; every field is required. For no offset send 0/1.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class UnitCreateParams {
    private final ParamValues values;

    private UnitCreateParams(Builder builder) {
        this.values = builder.values.build();
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder(ParamValues.builder());
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder(values.toBuilder());
    }

    /** Returns {@code name}, or empty when not set. */
    public Optional<String> name() {
        return values.get("name", String.class);
    }

    /** Returns {@code abbreviation}, or empty when not set. */
    public Optional<String> abbreviation() {
        return values.get("abbreviation", String.class);
    }

    /** Returns {@code type}, or empty when not set. */
    public Optional<UnitType> type() {
        return values.get("type", UnitType.class);
    }

    /** Returns {@code ratio_numerator}, or empty when not set. */
    public Optional<BigDecimal> ratioNumerator() {
        return values.get("ratio_numerator", BigDecimal.class);
    }

    /** Returns {@code ratio_denominator}, or empty when not set. */
    public Optional<BigDecimal> ratioDenominator() {
        return values.get("ratio_denominator", BigDecimal.class);
    }

    /** Returns {@code offset_numerator}, or empty when not set. */
    public Optional<BigDecimal> offsetNumerator() {
        return values.get("offset_numerator", BigDecimal.class);
    }

    /** Returns {@code offset_denominator}, or empty when not set. */
    public Optional<BigDecimal> offsetDenominator() {
        return values.get("offset_denominator", BigDecimal.class);
    }

    /** Returns the {@code include} paths; empty when none. */
    public List<String> include() {
        return values.include();
    }

    /** Not API: the JSON body: only the fields that were set, explicit nulls for cleared ones. */
    com.fasterxml.jackson.databind.node.ObjectNode toBody() {
        return values.toBody();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof UnitCreateParams && ((UnitCreateParams) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.describe("UnitCreateParams");
    }

    /** Builds a {@link UnitCreateParams}. Not thread-safe. */
    public static final class Builder {
        private final ParamValues.Builder values;

        private Builder(ParamValues.Builder values) {
            this.values = values;
        }

        /** Sets {@code name}: unique in the account. */
        public Builder name(String name) {
            values.set("name", name, "name");
            return this;
        }
        /** Sets {@code abbreviation}: unique in the account. */
        public Builder abbreviation(String abbreviation) {
            values.set("abbreviation", abbreviation, "abbreviation");
            return this;
        }
        /** Sets {@code type}: the dimension (fixed after creation). */
        public Builder type(UnitType type) {
            values.set("type", type, "type");
            return this;
        }
        /** Sets {@code ratio_numerator}: ratio numerator. */
        public Builder ratioNumerator(BigDecimal ratioNumerator) {
            values.set("ratio_numerator", ratioNumerator, "ratioNumerator");
            return this;
        }
        /** Sets {@code ratio_denominator}: ratio denominator, not zero. */
        public Builder ratioDenominator(BigDecimal ratioDenominator) {
            values.set("ratio_denominator", ratioDenominator, "ratioDenominator");
            return this;
        }
        /** Sets {@code offset_numerator}: offset numerator. */
        public Builder offsetNumerator(BigDecimal offsetNumerator) {
            values.set("offset_numerator", offsetNumerator, "offsetNumerator");
            return this;
        }
        /** Sets {@code offset_denominator}: offset denominator, not zero. */
        public Builder offsetDenominator(BigDecimal offsetDenominator) {
            values.set("offset_denominator", offsetDenominator, "offsetDenominator");
            return this;
        }

        /**
         * Adds sub-objects to expand ({@code include}, sent comma-joined in the query); see
         * {@link UnitInclude} for the values this call accepts. Unknown values are sent as given.
         */
        public Builder include(String... paths) {
            return include(Arrays.asList(paths));
        }

        /** Adds sub-objects to expand; see {@link #include(String...)}. */
        public Builder include(Collection<String> paths) {
            values.include(paths);
            return this;
        }

        /**
         * Builds the immutable object.
         *
         * @throws IllegalStateException if a required field was not set or a denominator is zero
         */
        public UnitCreateParams build() {
            values.require("name", "name");
            values.require("abbreviation", "abbreviation");
            values.require("type", "type");
            values.require("ratio_numerator", "ratioNumerator");
            values.require("ratio_denominator", "ratioDenominator");
            values.require("offset_numerator", "offsetNumerator");
            values.require("offset_denominator", "offsetDenominator");
            values.requireNonZero("ratio_denominator", "for no offset send 0/1");
            values.requireNonZero("offset_denominator", "for no offset send 0/1");
            return new UnitCreateParams(this);
        }
    }
}
