package com.augno.sdk.catalog;

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
 * Filters of {@code client.units().list(...)}.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class UnitListParams {
    private final Map<String, @Nullable Object> values;
    private final List<String> include;

    private UnitListParams(Builder builder) {
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

    /** Returns {@code type}, or empty when not set. */
    public Optional<UnitType> type() {
        return Optional.ofNullable((UnitType) values.get("type"));
    }

    /** Returns {@code unit_group_ids}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> unitGroupIds() {
        return Optional.ofNullable((List<String>) values.get("unit_group_ids"));
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
        return o instanceof UnitListParams
                && ((UnitListParams) o).values.equals(values)
                && ((UnitListParams) o).include.equals(include);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values, include);
    }

    @Override
    public String toString() {
        return "UnitListParams" + values + (include.isEmpty() ? "" : " include=" + include);
    }

    /** Builds a {@link UnitListParams}. Not thread-safe. */
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
        /** Sets {@code type}: a single dimension. */
        public Builder type(UnitType type) {
            values.put("type", Objects.requireNonNull(type, "type == null"));
            return this;
        }
        /**
         * Sets {@code unit_group_ids}: units in at least one of these groups.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder unitGroupIds(Collection<? extends String> unitGroupIds) {
            Objects.requireNonNull(unitGroupIds, "unitGroupIds == null");
            List<String> copy = new ArrayList<>();
            for (String each : unitGroupIds) {
                copy.add(Objects.requireNonNull(each, "unitGroupIds has a null element"));
            }
            values.put("unit_group_ids", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code unit_group_ids}; see {@link #unitGroupIds(Collection)}. */
        public Builder unitGroupIds(String... unitGroupIds) {
            return unitGroupIds(java.util.Arrays.asList(unitGroupIds));
        }

        /**
         * Adds sub-objects to expand ({@code include}, sent comma-joined in the query); see
         * {@link UnitInclude} for the values this call accepts. Unknown values are sent as given.
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
        public UnitListParams build() {
            return new UnitListParams(this);
        }
    }
}
