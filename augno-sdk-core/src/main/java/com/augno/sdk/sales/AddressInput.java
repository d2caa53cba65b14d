package com.augno.sdk.sales;

import com.augno.sdk.internal.resources.Wire;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An address created inline with a customer.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class AddressInput implements Wire.Encodable {
    private final Map<String, @Nullable Object> values;

    private AddressInput(Builder builder) {
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

    /** Returns {@code name}, or empty when not set. */
    public Optional<String> name() {
        return Optional.ofNullable((String) values.get("name"));
    }

    /** Returns {@code country}, or empty when not set. */
    public Optional<String> country() {
        return Optional.ofNullable((String) values.get("country"));
    }

    /** Returns {@code email}, or empty when not set. */
    public Optional<String> email() {
        return Optional.ofNullable((String) values.get("email"));
    }

    /** Returns {@code phone}, or empty when not set. */
    public Optional<String> phone() {
        return Optional.ofNullable((String) values.get("phone"));
    }

    /** Returns {@code street_line_1}, or empty when not set. */
    public Optional<String> streetLine1() {
        return Optional.ofNullable((String) values.get("street_line_1"));
    }

    /** Returns {@code street_line_2}, or empty when not set. */
    public Optional<String> streetLine2() {
        return Optional.ofNullable((String) values.get("street_line_2"));
    }

    /** Returns {@code locality}, or empty when not set. */
    public Optional<String> locality() {
        return Optional.ofNullable((String) values.get("locality"));
    }

    /** Returns {@code state}, or empty when not set. */
    public Optional<String> state() {
        return Optional.ofNullable((String) values.get("state"));
    }

    /** Returns {@code postal_code}, or empty when not set. */
    public Optional<String> postalCode() {
        return Optional.ofNullable((String) values.get("postal_code"));
    }

    /** Returns {@code receive_calendar_id}, or empty when not set. */
    public Optional<String> receiveCalendarId() {
        return Optional.ofNullable((String) values.get("receive_calendar_id"));
    }

    /** Returns {@code type}, or empty when not set. */
    public Optional<com.augno.sdk.core.AddressType> type() {
        return Optional.ofNullable((com.augno.sdk.core.AddressType) values.get("type"));
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
        return o instanceof AddressInput && ((AddressInput) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values);
    }

    @Override
    public String toString() {
        return "AddressInput" + values;
    }

    /** Builds a {@link AddressInput}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, @Nullable Object> values = new LinkedHashMap<>();

        private Builder() {}

        /** Sets {@code name}: the name. */
        public Builder name(String name) {
            values.put("name", Objects.requireNonNull(name, "name == null"));
            return this;
        }
        /** Sets {@code country}: ISO 3166-1 alpha-2. */
        public Builder country(String country) {
            values.put("country", Objects.requireNonNull(country, "country == null"));
            return this;
        }
        /** Sets {@code email}: email. */
        public Builder email(String email) {
            values.put("email", Objects.requireNonNull(email, "email == null"));
            return this;
        }
        /** Sets {@code phone}: phone. */
        public Builder phone(String phone) {
            values.put("phone", Objects.requireNonNull(phone, "phone == null"));
            return this;
        }
        /** Sets {@code street_line_1}: first street line. */
        public Builder streetLine1(String streetLine1) {
            values.put("street_line_1", Objects.requireNonNull(streetLine1, "streetLine1 == null"));
            return this;
        }
        /** Sets {@code street_line_2}: second street line. */
        public Builder streetLine2(String streetLine2) {
            values.put("street_line_2", Objects.requireNonNull(streetLine2, "streetLine2 == null"));
            return this;
        }
        /** Sets {@code locality}: city. */
        public Builder locality(String locality) {
            values.put("locality", Objects.requireNonNull(locality, "locality == null"));
            return this;
        }
        /** Sets {@code state}: state. */
        public Builder state(String state) {
            values.put("state", Objects.requireNonNull(state, "state == null"));
            return this;
        }
        /** Sets {@code postal_code}: postal code. */
        public Builder postalCode(String postalCode) {
            values.put("postal_code", Objects.requireNonNull(postalCode, "postalCode == null"));
            return this;
        }
        /** Sets {@code receive_calendar_id}: receiving calendar. */
        public Builder receiveCalendarId(String receiveCalendarId) {
            values.put("receive_calendar_id", Objects.requireNonNull(receiveCalendarId, "receiveCalendarId == null"));
            return this;
        }
        /** Sets {@code type}: {@code standard} or {@code drop_ship}. */
        public Builder type(com.augno.sdk.core.AddressType type) {
            values.put("type", Objects.requireNonNull(type, "type == null"));
            return this;
        }

        /**
         * Builds the immutable object.
         *
         * @throws IllegalStateException if a required field was not set
         */
        public AddressInput build() {
            if (!values.containsKey("name")) {
                throw new IllegalStateException("`name` is required, but was not set");
            }
            if (!values.containsKey("country")) {
                throw new IllegalStateException("`country` is required, but was not set");
            }
            return new AddressInput(this);
        }
    }
}
