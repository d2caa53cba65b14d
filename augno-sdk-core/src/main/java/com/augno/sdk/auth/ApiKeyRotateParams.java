package com.augno.sdk.auth;

import com.augno.sdk.internal.resources.Wire;
import java.time.Instant;
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
 * Options of {@code client.apiKeys().rotate(...)}.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class ApiKeyRotateParams {
    private final Map<String, @Nullable Object> values;
    private final List<String> include;

    private ApiKeyRotateParams(Builder builder) {
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

    /** Returns {@code expires_at}, or empty when not set. */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable((Instant) values.get("expires_at"));
    }

    /** Returns {@code revoke_at}, or empty when not set. */
    public Optional<Instant> revokeAt() {
        return Optional.ofNullable((Instant) values.get("revoke_at"));
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
        return o instanceof ApiKeyRotateParams
                && ((ApiKeyRotateParams) o).values.equals(values)
                && ((ApiKeyRotateParams) o).include.equals(include);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values, include);
    }

    @Override
    public String toString() {
        return "ApiKeyRotateParams" + values + (include.isEmpty() ? "" : " include=" + include);
    }

    /** Builds a {@link ApiKeyRotateParams}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, @Nullable Object> values = new LinkedHashMap<>();
        private final List<String> include = new ArrayList<>();

        private Builder() {}

        /** Sets {@code expires_at}: expiry of the replacement key; copies the old key's expiry when not set. */
        public Builder expiresAt(Instant expiresAt) {
            values.put("expires_at", Objects.requireNonNull(expiresAt, "expiresAt == null"));
            return this;
        }
        /** Sets {@code revoke_at}: when the old key stops working; at most 30 days ahead (checked before sending); immediately when not set. */
        public Builder revokeAt(Instant revokeAt) {
            values.put("revoke_at", Objects.requireNonNull(revokeAt, "revokeAt == null"));
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
            for (String p : paths) {
                include.add(Objects.requireNonNull(p, "include has a null element"));
            }
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
