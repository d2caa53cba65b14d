package com.augno.sdk.core;

import com.augno.sdk.internal.params.ParamValues;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The new sandbox of {@code client.sandboxes().create(...)}.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class SandboxCreateParams {
    private final ParamValues values;

    private SandboxCreateParams(Builder builder) {
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

    /** Returns {@code mode}, or empty when not set. */
    public Optional<SandboxMode> mode() {
        return values.get("mode", SandboxMode.class);
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
        return o instanceof SandboxCreateParams && ((SandboxCreateParams) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.describe("SandboxCreateParams");
    }

    /** Builds a {@link SandboxCreateParams}. Not thread-safe. */
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
        /** Sets {@code mode}: {@code blank} (the API default) or {@code seeded}. */
        public Builder mode(SandboxMode mode) {
            values.set("mode", mode, "mode");
            return this;
        }

        /**
         * Adds sub-objects to expand ({@code include}, sent comma-joined in the query); see
         * {@link SandboxInclude} for the values this call accepts. Unknown values are sent as given.
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
        public SandboxCreateParams build() {
            values.require("name", "name");
            return new SandboxCreateParams(this);
        }
    }
}
