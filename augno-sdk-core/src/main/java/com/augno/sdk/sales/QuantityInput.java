package com.augno.sdk.sales;

import com.augno.sdk.internal.params.ParamValues;
import com.augno.sdk.internal.resources.Wire;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An amount in a unit, as sent in a request.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class QuantityInput implements Wire.Encodable {
    private final ParamValues values;

    private QuantityInput(Builder builder) {
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

    /** Returns {@code unit_id}, or empty when not set. */
    public Optional<String> unitId() {
        return values.get("unit_id", String.class);
    }

    /** Returns {@code value}, or empty when not set. */
    public Optional<BigDecimal> value() {
        return values.get("value", BigDecimal.class);
    }

    /** Not API: the fields that were set, keyed by wire name (used to encode a request body). */
    @Override
    public Map<String, @Nullable Object> wireValues() {
        return values.wireValues();
    }

    /** Not API: the JSON body: only the fields that were set, explicit nulls for cleared ones. */
    com.fasterxml.jackson.databind.node.ObjectNode toBody() {
        return values.toBody();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof QuantityInput && ((QuantityInput) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.describe("QuantityInput");
    }

    /** Builds a {@link QuantityInput}. Not thread-safe. */
    public static final class Builder {
        private final ParamValues.Builder values;

        private Builder(ParamValues.Builder values) {
            this.values = values;
        }

        /** Sets {@code unit_id}: the unit. */
        public Builder unitId(String unitId) {
            values.set("unit_id", unitId, "unitId");
            return this;
        }
        /** Sets {@code value}: the exact amount. */
        public Builder value(BigDecimal value) {
            values.set("value", value, "value");
            return this;
        }

        /**
         * Builds the immutable object.
         *
         * @throws IllegalStateException if a required field was not set
         */
        public QuantityInput build() {
            values.require("unit_id", "unitId");
            values.require("value", "value");
            return new QuantityInput(this);
        }
    }
}
