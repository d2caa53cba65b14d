package com.augno.sdk.identity;

import com.augno.sdk.internal.params.ParamValues;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The new role of {@code client.roles().create(...)}; always of type {@code user}.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class RoleCreateParams {
    private final ParamValues values;

    private RoleCreateParams(Builder builder) {
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

    /** Returns {@code permissions}, or empty when not set. */
    public Optional<List<Permission>> permissions() {
        return values.list("permissions", Permission.class);
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
        return o instanceof RoleCreateParams && ((RoleCreateParams) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.describe("RoleCreateParams");
    }

    /** Builds a {@link RoleCreateParams}. Not thread-safe. */
    public static final class Builder {
        private final ParamValues.Builder values;

        private Builder(ParamValues.Builder values) {
            this.values = values;
        }

        /** Sets {@code name}: unique in the account. */
        public Builder name(String name) {
            values.set("name", name, "name");
            return this;
        }
        /**
         * Sets {@code permissions}: the grants, e.g. {@code customers:read}; none when not set.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder permissions(Collection<? extends Permission> permissions) {
            values.setList("permissions", permissions, "permissions");
            return this;
        }

        /** Sets {@code permissions}; see {@link #permissions(Collection)}. */
        public Builder permissions(Permission... permissions) {
            return permissions(Arrays.asList(permissions));
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
            values.include(paths);
            return this;
        }

        /**
         * Builds the immutable object.
         *
         * @throws IllegalStateException if a required field was not set
         */
        public RoleCreateParams build() {
            values.require("name", "name");
            return new RoleCreateParams(this);
        }
    }
}
