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
 * The new key of {@code client.apiKeys().create(...)}.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class ApiKeyCreateParams {
    private final Map<String, @Nullable Object> values;
    private final List<String> include;

    private ApiKeyCreateParams(Builder builder) {
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

    /** Returns {@code role_id}, or empty when not set. */
    public Optional<String> roleId() {
        return Optional.ofNullable((String) values.get("role_id"));
    }

    /** Returns {@code expires_at}, or empty when not set. */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable((Instant) values.get("expires_at"));
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
        return o instanceof ApiKeyCreateParams
                && ((ApiKeyCreateParams) o).values.equals(values)
                && ((ApiKeyCreateParams) o).include.equals(include);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values, include);
    }

    @Override
    public String toString() {
        return "ApiKeyCreateParams" + values + (include.isEmpty() ? "" : " include=" + include);
    }

    /** Builds a {@link ApiKeyCreateParams}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, @Nullable Object> values = new LinkedHashMap<>();
        private final List<String> include = new ArrayList<>();

        private Builder() {}

        /** Sets {@code name}: the label shown in listings; pick one that names the integration. */
        public Builder name(String name) {
            values.put("name", Objects.requireNonNull(name, "name == null"));
            return this;
        }
        /** Sets {@code role_id}: the role the key acts with; fixed for the key's life. */
        public Builder roleId(String roleId) {
            values.put("role_id", Objects.requireNonNull(roleId, "roleId == null"));
            return this;
        }
        /** Sets {@code expires_at}: when the key stops working; never when not set. */
        public Builder expiresAt(Instant expiresAt) {
            values.put("expires_at", Objects.requireNonNull(expiresAt, "expiresAt == null"));
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
        public ApiKeyCreateParams build() {
            if (!values.containsKey("name")) {
                throw new IllegalStateException("`name` is required, but was not set");
            }
            if (!values.containsKey("role_id")) {
                throw new IllegalStateException("`roleId` is required, but was not set");
            }
            return new ApiKeyCreateParams(this);
        }
    }
}
