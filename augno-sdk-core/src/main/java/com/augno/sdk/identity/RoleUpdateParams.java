package com.augno.sdk.identity;

import com.augno.sdk.internal.resources.Wire;
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
 * Changes of {@code client.roles().update(...)}. {@code permissions} replaces the whole set: an empty list removes every grant, leaving it unset keeps the current set.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class RoleUpdateParams {
    private final Map<String, @Nullable Object> values;
    private final List<String> include;

    private RoleUpdateParams(Builder builder) {
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

    /** Returns {@code permissions}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<Permission>> permissions() {
        return Optional.ofNullable((List<Permission>) values.get("permissions"));
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
        return o instanceof RoleUpdateParams
                && ((RoleUpdateParams) o).values.equals(values)
                && ((RoleUpdateParams) o).include.equals(include);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values, include);
    }

    @Override
    public String toString() {
        return "RoleUpdateParams" + values + (include.isEmpty() ? "" : " include=" + include);
    }

    /** Builds a {@link RoleUpdateParams}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, @Nullable Object> values = new LinkedHashMap<>();
        private final List<String> include = new ArrayList<>();

        private Builder() {}

        /** Sets {@code name}: the new name (unique in the account). */
        public Builder name(String name) {
            values.put("name", Objects.requireNonNull(name, "name == null"));
            return this;
        }
        /**
         * Sets {@code permissions}: the complete new set of grants.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder permissions(Collection<? extends Permission> permissions) {
            Objects.requireNonNull(permissions, "permissions == null");
            List<Permission> copy = new ArrayList<>();
            for (Permission each : permissions) {
                copy.add(Objects.requireNonNull(each, "permissions has a null element"));
            }
            values.put("permissions", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code permissions}; see {@link #permissions(Collection)}. */
        public Builder permissions(Permission... permissions) {
            return permissions(java.util.Arrays.asList(permissions));
        }

        /**
         * Adds sub-objects to expand ({@code include}, sent comma-joined in the query); see
         * {@link RoleInclude} for the values this call accepts. Unknown values are sent as given.
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
        public RoleUpdateParams build() {
            return new RoleUpdateParams(this);
        }
    }
}
