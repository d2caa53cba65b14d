package com.augno.sdk.auth;

import com.augno.sdk.internal.params.ParamValues;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The new key of {@code client.auth().apiKeys().create(...)}.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class ApiKeyCreateParams {
    private final ParamValues values;

    private ApiKeyCreateParams(Builder builder) {
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

    /** Returns {@code role_id}, or empty when not set. */
    public Optional<String> roleId() {
        return values.get("role_id", String.class);
    }

    /** Returns {@code expires_at}, or empty when not set. */
    public Optional<Instant> expiresAt() {
        return values.get("expires_at", Instant.class);
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
        return o instanceof ApiKeyCreateParams && ((ApiKeyCreateParams) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.describe("ApiKeyCreateParams");
    }

    /** Builds a {@link ApiKeyCreateParams}. Not thread-safe. */
    public static final class Builder {
        private final ParamValues.Builder values;

        private Builder(ParamValues.Builder values) {
            this.values = values;
        }

        /** Sets {@code name}: the label shown in listings; pick one that names the integration. */
        public Builder name(String name) {
            values.set("name", name, "name");
            return this;
        }
        /** Sets {@code role_id}: the role the key acts with; fixed for the key's life. */
        public Builder roleId(String roleId) {
            values.set("role_id", roleId, "roleId");
            return this;
        }
        /** Sets {@code expires_at}: when the key stops working; never when not set. */
        public Builder expiresAt(Instant expiresAt) {
            values.set("expires_at", expiresAt, "expiresAt");
            return this;
        }

        /**
         * Adds sub-objects to expand ({@code include}, sent comma-joined in the query); see
         * {@link ApiKeyInclude} for the values this call accepts. Unknown values are sent as given.
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
         * @throws IllegalStateException if a required field was not set
         */
        public ApiKeyCreateParams build() {
            values.require("name", "name");
            values.require("role_id", "roleId");
            return new ApiKeyCreateParams(this);
        }
    }
}
