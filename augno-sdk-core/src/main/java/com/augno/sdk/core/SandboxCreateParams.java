package com.augno.sdk.core;

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
 * The new sandbox of {@code client.sandboxes().create(...)}.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class SandboxCreateParams {
    private final Map<String, @Nullable Object> values;
    private final List<String> include;

    private SandboxCreateParams(Builder builder) {
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

    /** Returns {@code mode}, or empty when not set. */
    public Optional<SandboxMode> mode() {
        return Optional.ofNullable((SandboxMode) values.get("mode"));
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
        return o instanceof SandboxCreateParams
                && ((SandboxCreateParams) o).values.equals(values)
                && ((SandboxCreateParams) o).include.equals(include);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values, include);
    }

    @Override
    public String toString() {
        return "SandboxCreateParams" + values + (include.isEmpty() ? "" : " include=" + include);
    }

    /** Builds a {@link SandboxCreateParams}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, @Nullable Object> values = new LinkedHashMap<>();
        private final List<String> include = new ArrayList<>();

        private Builder() {}

        /** Sets {@code name}: the name. */
        public Builder name(String name) {
            values.put("name", Objects.requireNonNull(name, "name == null"));
            return this;
        }
        /** Sets {@code mode}: {@code blank} (the API default) or {@code seeded}. */
        public Builder mode(SandboxMode mode) {
            values.put("mode", Objects.requireNonNull(mode, "mode == null"));
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
        public SandboxCreateParams build() {
            if (!values.containsKey("name")) {
                throw new IllegalStateException("`name` is required, but was not set");
            }
            return new SandboxCreateParams(this);
        }
    }
}
