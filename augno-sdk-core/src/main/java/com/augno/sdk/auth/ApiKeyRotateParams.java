package com.augno.sdk.auth;

import com.augno.sdk.internal.params.ParamValues;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Options of {@code client.auth().apiKeys().rotate(...)}.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class ApiKeyRotateParams {
    private final ParamValues values;

    private ApiKeyRotateParams(Builder builder) {
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

    /** Returns {@code expires_at}, or empty when not set. */
    public Optional<Instant> expiresAt() {
        return values.get("expires_at", Instant.class);
    }

    /** Returns {@code revoke_at}, or empty when not set. */
    public Optional<Instant> revokeAt() {
        return values.get("revoke_at", Instant.class);
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
        return o instanceof ApiKeyRotateParams && ((ApiKeyRotateParams) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.describe("ApiKeyRotateParams");
    }

    /** Builds a {@link ApiKeyRotateParams}. Not thread-safe. */
    public static final class Builder {
        private final ParamValues.Builder values;

        private Builder(ParamValues.Builder values) {
            this.values = values;
        }

        /** Sets {@code expires_at}: expiry of the replacement key; copies the old key's expiry when not set. */
        public Builder expiresAt(Instant expiresAt) {
            values.set("expires_at", expiresAt, "expiresAt");
            return this;
        }
        /** Sets {@code revoke_at}: when the old key stops working; at most 30 days ahead (checked before sending); immediately when not set. */
        public Builder revokeAt(Instant revokeAt) {
            values.set("revoke_at", revokeAt, "revokeAt");
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
        public ApiKeyRotateParams build() {
            return new ApiKeyRotateParams(this);
        }
    }
}
