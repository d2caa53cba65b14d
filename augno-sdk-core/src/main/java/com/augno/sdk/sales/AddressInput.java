package com.augno.sdk.sales;

import com.augno.sdk.internal.params.ParamValues;
import com.augno.sdk.internal.resources.Wire;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An address created inline with a customer.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class AddressInput implements Wire.Encodable {
    private final ParamValues values;

    private AddressInput(Builder builder) {
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

    /** Returns {@code country}, or empty when not set. */
    public Optional<String> country() {
        return values.get("country", String.class);
    }

    /** Returns {@code email}, or empty when not set. */
    public Optional<String> email() {
        return values.get("email", String.class);
    }

    /** Returns {@code phone}, or empty when not set. */
    public Optional<String> phone() {
        return values.get("phone", String.class);
    }

    /** Returns {@code street_line_1}, or empty when not set. */
    public Optional<String> streetLine1() {
        return values.get("street_line_1", String.class);
    }

    /** Returns {@code street_line_2}, or empty when not set. */
    public Optional<String> streetLine2() {
        return values.get("street_line_2", String.class);
    }

    /** Returns {@code locality}, or empty when not set. */
    public Optional<String> locality() {
        return values.get("locality", String.class);
    }

    /** Returns {@code state}, or empty when not set. */
    public Optional<String> state() {
        return values.get("state", String.class);
    }

    /** Returns {@code postal_code}, or empty when not set. */
    public Optional<String> postalCode() {
        return values.get("postal_code", String.class);
    }

    /** Returns {@code receive_calendar_id}, or empty when not set. */
    public Optional<String> receiveCalendarId() {
        return values.get("receive_calendar_id", String.class);
    }

    /** Returns {@code type}, or empty when not set. */
    public Optional<com.augno.sdk.core.AddressType> type() {
        return values.get("type", com.augno.sdk.core.AddressType.class);
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
        return o instanceof AddressInput && ((AddressInput) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.describe("AddressInput");
    }

    /** Builds a {@link AddressInput}. Not thread-safe. */
    public static final class Builder {
        private final ParamValues.Builder values;

        private Builder(ParamValues.Builder values) {
            this.values = values;
        }

        /** Sets {@code name}: the name. */
        public Builder name(String name) {
            values.set("name", name, "name");
            return this;
        }
        /** Sets {@code country}: ISO 3166-1 alpha-2. */
        public Builder country(String country) {
            values.set("country", country, "country");
            return this;
        }
        /** Sets {@code email}: email. */
        public Builder email(String email) {
            values.set("email", email, "email");
            return this;
        }
        /** Sets {@code phone}: phone. */
        public Builder phone(String phone) {
            values.set("phone", phone, "phone");
            return this;
        }
        /** Sets {@code street_line_1}: first street line. */
        public Builder streetLine1(String streetLine1) {
            values.set("street_line_1", streetLine1, "streetLine1");
            return this;
        }
        /** Sets {@code street_line_2}: second street line. */
        public Builder streetLine2(String streetLine2) {
            values.set("street_line_2", streetLine2, "streetLine2");
            return this;
        }
        /** Sets {@code locality}: city. */
        public Builder locality(String locality) {
            values.set("locality", locality, "locality");
            return this;
        }
        /** Sets {@code state}: state. */
        public Builder state(String state) {
            values.set("state", state, "state");
            return this;
        }
        /** Sets {@code postal_code}: postal code. */
        public Builder postalCode(String postalCode) {
            values.set("postal_code", postalCode, "postalCode");
            return this;
        }
        /** Sets {@code receive_calendar_id}: receiving calendar. */
        public Builder receiveCalendarId(String receiveCalendarId) {
            values.set("receive_calendar_id", receiveCalendarId, "receiveCalendarId");
            return this;
        }
        /** Sets {@code type}: {@code standard} or {@code drop_ship}. */
        public Builder type(com.augno.sdk.core.AddressType type) {
            values.set("type", type, "type");
            return this;
        }

        /**
         * Builds the immutable object.
         *
         * @throws IllegalStateException if a required field was not set
         */
        public AddressInput build() {
            values.require("name", "name");
            values.require("country", "country");
            return new AddressInput(this);
        }
    }
}
