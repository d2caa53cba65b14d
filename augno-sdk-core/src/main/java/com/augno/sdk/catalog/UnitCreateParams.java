package com.augno.sdk.catalog;

import com.augno.sdk.internal.resources.Wire;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The new unit of {@code client.units().create(...)}; every field is required. For no offset send 0/1.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class UnitCreateParams {
    private final Map<String, @Nullable Object> values;
    private final List<String> include;

    private UnitCreateParams(Builder builder) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(builder.values));
        this.include = Collections.unmodifiableList(new ArrayList<>(builder.include));
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.values.putAll(values);
        b.include.addAll(include);
        return b;
    }

    /** Returns {@code name}, or empty when not set. */
    public Optional<String> name() {
        return Optional.ofNullable((String) values.get("name"));
    }

    /** Returns {@code abbreviation}, or empty when not set. */
    public Optional<String> abbreviation() {
        return Optional.ofNullable((String) values.get("abbreviation"));
    }

    /** Returns {@code type}, or empty when not set. */
    public Optional<UnitType> type() {
        return Optional.ofNullable((UnitType) values.get("type"));
    }

    /** Returns {@code ratio_numerator}, or empty when not set. */
    public Optional<BigDecimal> ratioNumerator() {
        return Optional.ofNullable((BigDecimal) values.get("ratio_numerator"));
    }

    /** Returns {@code ratio_denominator}, or empty when not set. */
    public Optional<BigDecimal> ratioDenominator() {
        return Optional.ofNullable((BigDecimal) values.get("ratio_denominator"));
    }

    /** Returns {@code offset_numerator}, or empty when not set. */
    public Optional<BigDecimal> offsetNumerator() {
        return Optional.ofNullable((BigDecimal) values.get("offset_numerator"));
    }

    /** Returns {@code offset_denominator}, or empty when not set. */
    public Optional<BigDecimal> offsetDenominator() {
        return Optional.ofNullable((BigDecimal) values.get("offset_denominator"));
    }

    /** Returns the {@code include} paths; empty when none. */
    public List<String> include() {
        return include;
    }

    /** Not API: the JSON body: only the fields that were set, explicit nulls for cleared ones. */
    com.fasterxml.jackson.databind.node.ObjectNode toBody() {
        return Wire.body(values);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof UnitCreateParams
                && ((UnitCreateParams) o).values.equals(values)
                && ((UnitCreateParams) o).include.equals(include);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values, include);
    }

    @Override
    public String toString() {
        return "UnitCreateParams" + values + (include.isEmpty() ? "" : " include=" + include);
    }

    /** Builds a {@link UnitCreateParams}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, @Nullable Object> values = new LinkedHashMap<>();
        private final List<String> include = new ArrayList<>();

        private Builder() {}

        /** Sets {@code name}: unique in the account. */
        public Builder name(String name) {
            values.put("name", Objects.requireNonNull(name, "name == null"));
            return this;
        }
        /** Sets {@code abbreviation}: unique in the account. */
        public Builder abbreviation(String abbreviation) {
            values.put("abbreviation", Objects.requireNonNull(abbreviation, "abbreviation == null"));
            return this;
        }
        /** Sets {@code type}: the dimension (fixed after creation). */
        public Builder type(UnitType type) {
            values.put("type", Objects.requireNonNull(type, "type == null"));
            return this;
        }
        /** Sets {@code ratio_numerator}: ratio numerator. */
        public Builder ratioNumerator(BigDecimal ratioNumerator) {
            values.put("ratio_numerator", Objects.requireNonNull(ratioNumerator, "ratioNumerator == null"));
            return this;
        }
        /** Sets {@code ratio_denominator}: ratio denominator, not zero. */
        public Builder ratioDenominator(BigDecimal ratioDenominator) {
            values.put("ratio_denominator", Objects.requireNonNull(ratioDenominator, "ratioDenominator == null"));
            return this;
        }
        /** Sets {@code offset_numerator}: offset numerator. */
        public Builder offsetNumerator(BigDecimal offsetNumerator) {
            values.put("offset_numerator", Objects.requireNonNull(offsetNumerator, "offsetNumerator == null"));
            return this;
        }
        /** Sets {@code offset_denominator}: offset denominator, not zero. */
        public Builder offsetDenominator(BigDecimal offsetDenominator) {
            values.put("offset_denominator", Objects.requireNonNull(offsetDenominator, "offsetDenominator == null"));
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
            for (String p : paths) {
                include.add(Objects.requireNonNull(p, "include has a null element"));
            }
            return this;
        }

        /**
         * Builds the immutable object.
         *
         * @throws IllegalStateException if a required field was not set or a denominator is zero
         */
        public UnitCreateParams build() {
            if (!values.containsKey("name")) {
                throw new IllegalStateException("`name` is required, but was not set");
            }
            if (!values.containsKey("abbreviation")) {
                throw new IllegalStateException("`abbreviation` is required, but was not set");
            }
            if (!values.containsKey("type")) {
                throw new IllegalStateException("`type` is required, but was not set");
            }
            if (!values.containsKey("ratio_numerator")) {
                throw new IllegalStateException("`ratioNumerator` is required, but was not set");
            }
            if (!values.containsKey("ratio_denominator")) {
                throw new IllegalStateException("`ratioDenominator` is required, but was not set");
            }
            if (!values.containsKey("offset_numerator")) {
                throw new IllegalStateException("`offsetNumerator` is required, but was not set");
            }
            if (!values.containsKey("offset_denominator")) {
                throw new IllegalStateException("`offsetDenominator` is required, but was not set");
            }
            for (String d : new String[] {"ratio_denominator", "offset_denominator"}) {
                Object v = values.get(d);
                if (v instanceof BigDecimal && ((BigDecimal) v).signum() == 0) {
                    throw new IllegalStateException(d + " must not be zero (for no offset send 0/1)");
                }
            }
            return new UnitCreateParams(this);
        }
    }
}
