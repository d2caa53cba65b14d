package com.augno.sdk.identity;

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
 * Filters of {@code client.roles().list(...)}.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class RoleListParams {
    private final Map<String, @Nullable Object> values;
    private final List<String> include;

    private RoleListParams(Builder builder) {
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

    /** Returns {@code q}, or empty when not set. */
    public Optional<String> q() {
        return Optional.ofNullable((String) values.get("q"));
    }

    /** Returns {@code limit}, or empty when not set. */
    public Optional<Long> limit() {
        return Optional.ofNullable((Long) values.get("limit"));
    }

    /** Returns {@code cursor}, or empty when not set. */
    public Optional<String> cursor() {
        return Optional.ofNullable((String) values.get("cursor"));
    }

    /** Returns {@code types}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<RoleType>> types() {
        return Optional.ofNullable((List<RoleType>) values.get("types"));
    }

    /** Returns the {@code include} paths; empty when none. */
    public List<String> include() {
        return include;
    }

    /** Not API: the query parameters as raw values (the request builder encodes them); without {@code include}. */
    Map<String, Object> toQuery() {
        Map<String, Object> q = new LinkedHashMap<>();
        for (Map.Entry<String, @Nullable Object> e : values.entrySet()) {
            Object v = e.getValue();
            if (v != null) {
                q.put(e.getKey(), v);
            }
        }
        return q;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof RoleListParams
                && ((RoleListParams) o).values.equals(values)
                && ((RoleListParams) o).include.equals(include);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values, include);
    }

    @Override
    public String toString() {
        return "RoleListParams" + values + (include.isEmpty() ? "" : " include=" + include);
    }

    /** Builds a {@link RoleListParams}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, @Nullable Object> values = new LinkedHashMap<>();
        private final List<String> include = new ArrayList<>();

        private Builder() {}

        /** Sets {@code q}: free-text search. */
        public Builder q(String q) {
            values.put("q", Objects.requireNonNull(q, "q == null"));
            return this;
        }
        /** Sets {@code limit}: the page size. */
        public Builder limit(Long limit) {
            values.put("limit", Objects.requireNonNull(limit, "limit == null"));
            return this;
        }
        /** Sets {@code cursor}: the opaque page token from a page URL; leave it out for the first page. */
        public Builder cursor(String cursor) {
            values.put("cursor", Objects.requireNonNull(cursor, "cursor == null"));
            return this;
        }
        /**
         * Sets {@code types}: only roles of these types.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder types(Collection<? extends RoleType> types) {
            Objects.requireNonNull(types, "types == null");
            List<RoleType> copy = new ArrayList<>();
            for (RoleType each : types) {
                copy.add(Objects.requireNonNull(each, "types has a null element"));
            }
            values.put("types", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code types}; see {@link #types(Collection)}. */
        public Builder types(RoleType... types) {
            return types(java.util.Arrays.asList(types));
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
        public RoleListParams build() {
            return new RoleListParams(this);
        }
    }
}
