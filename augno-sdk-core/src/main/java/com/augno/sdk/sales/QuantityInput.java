package com.augno.sdk.sales;

import com.augno.sdk.internal.resources.Wire;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An amount in a unit, as sent in a request.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class QuantityInput implements Wire.Encodable {
    private final Map<String, @Nullable Object> values;

    private QuantityInput(Builder builder) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(builder.values));
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.values.putAll(values);

        return b;
    }

    /** Returns {@code unit_id}, or empty when not set. */
    public Optional<String> unitId() {
        return Optional.ofNullable((String) values.get("unit_id"));
    }

    /** Returns {@code value}, or empty when not set. */
    public Optional<BigDecimal> value() {
        return Optional.ofNullable((BigDecimal) values.get("value"));
    }

    /** Not API: the fields that were set, keyed by wire name (used to encode a request body). */
    @Override
    public Map<String, @Nullable Object> wireValues() {
        return values;
    }

    /** Not API: the JSON body: only the fields that were set, explicit nulls for cleared ones. */
    com.fasterxml.jackson.databind.node.ObjectNode toBody() {
        return Wire.body(values);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof QuantityInput && ((QuantityInput) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        return "QuantityInput" + values;
    }

    /** Builds a {@link QuantityInput}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, @Nullable Object> values = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code unit_id}: the unit. */
        public Builder unitId(String unitId) {
            values.put("unit_id", Objects.requireNonNull(unitId, "unitId == null"));
            return this;
        }
        /** Sets {@code value}: the exact amount. */
        public Builder value(BigDecimal value) {
            values.put("value", Objects.requireNonNull(value, "value == null"));
            return this;
        }

        /**
         * Builds the immutable object.
         *
         * @throws IllegalStateException if a required field was not set
         */
        public QuantityInput build() {
            if (!values.containsKey("unit_id")) {
                throw new IllegalStateException("`unitId` is required, but was not set");
            }
            if (!values.containsKey("value")) {
                throw new IllegalStateException("`value` is required, but was not set");
            }
            return new QuantityInput(this);
        }
    }
}
