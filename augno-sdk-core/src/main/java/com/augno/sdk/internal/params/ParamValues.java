package com.augno.sdk.internal.params;

import com.augno.sdk.internal.resources.Wire;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Not API: the values behind every params and input class of the typed services (list filters,
 * create and update bodies, nested inputs), so that each of those public classes only declares its
 * typed accessors and setters and delegates here.
 *
 * <p>Holds the fields that were set, keyed by wire name in the order they were set, and the {@code
 * include} paths. Three states per field, as a PATCH body needs them: a name that is absent is not
 * sent; a name mapped to {@code null} was cleared and is sent as JSON {@code null}; otherwise the
 * value is sent. Immutable; made with {@link Builder}.
 */
public final class ParamValues {
    /** The smallest page size ({@code limit}) the API accepts. */
    public static final long MIN_LIMIT = 1;

    /** The largest page size ({@code limit}) the API accepts: "default 100, max 1000" in its spec. */
    public static final long MAX_LIMIT = 1000;

    private final Map<String, @Nullable Object> values;
    private final List<String> include;

    private ParamValues(Builder builder) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(builder.values));
        this.include = Collections.unmodifiableList(new ArrayList<>(builder.include));
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.values.putAll(values);
        b.include.addAll(include);
        return b;
    }

    /** Returns the value of {@code wireName}, or empty when it was not set or was cleared. */
    public <T> Optional<T> get(String wireName, Class<T> type) {
        return Optional.ofNullable(type.cast(values.get(wireName)));
    }

    /**
     * Returns the list value of {@code wireName}, or empty when it was not set or was cleared. The
     * builder only stores lists whose elements were checked to be of the setter's type.
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<List<T>> list(String wireName, Class<T> elementType) {
        return Optional.ofNullable((List<T>) values.get(wireName));
    }

    /** Returns true when {@code wireName} is sent as an explicit {@code null} (cleared). */
    public boolean clears(String wireName) {
        return values.containsKey(wireName) && values.get(wireName) == null;
    }

    /** Returns the {@code include} paths in the order added; empty when none. */
    public List<String> include() {
        return include;
    }

    /** Returns the fields that were set, keyed by wire name; explicit nulls for cleared ones. */
    public Map<String, @Nullable Object> wireValues() {
        return values;
    }

    /**
     * Returns the query parameters as raw values, without {@code include} (the request builder
     * encodes both, see {@code QueryValues}). Cleared fields are left out: a query has no null.
     */
    public Map<String, Object> toQuery() {
        Map<String, Object> q = new LinkedHashMap<>();
        for (Map.Entry<String, @Nullable Object> e : values.entrySet()) {
            Object v = e.getValue();
            if (v != null) {
                q.put(e.getKey(), v);
            }
        }
        return q;
    }

    /** Returns the JSON body: only the fields that were set, explicit nulls for cleared ones. */
    public ObjectNode toBody() {
        return Wire.body(values);
    }

    /** Returns {@code typeName{field=value, ...}}, followed by {@code include=[...]} when there are any. */
    public String describe(String typeName) {
        return typeName + values + (include.isEmpty() ? "" : " include=" + include);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ParamValues
                && ((ParamValues) o).values.equals(values)
                && ((ParamValues) o).include.equals(include);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values, include);
    }

    @Override
    public String toString() {
        return describe("ParamValues");
    }

    /** Collects {@link ParamValues}. Not thread-safe, like the public builders that wrap it. */
    public static final class Builder {
        private final Map<String, @Nullable Object> values = new LinkedHashMap<>();
        private final List<String> include = new ArrayList<>();

        private Builder() {}

        /**
         * Sets {@code wireName} to {@code value}.
         *
         * @param name the Java name of the setter's parameter, for the exception message
         * @throws NullPointerException if {@code value} is null
         */
        public Builder set(String wireName, Object value, String name) {
            values.put(wireName, Objects.requireNonNull(value, () -> name + " == null"));
            return this;
        }

        /**
         * Sets {@code wireName} to an unmodifiable copy of {@code items}.
         *
         * @param name the Java name of the setter's parameter, for the exception messages
         * @throws NullPointerException if {@code items} or one of its elements is null
         */
        public <T> Builder setList(String wireName, Collection<? extends T> items, String name) {
            Objects.requireNonNull(items, () -> name + " == null");
            List<T> copy = new ArrayList<>(items.size());
            for (T each : items) {
                copy.add(Objects.requireNonNull(each, () -> name + " has a null element"));
            }
            values.put(wireName, Collections.unmodifiableList(copy));
            return this;
        }

        /** Clears {@code wireName}: it is sent as an explicit JSON {@code null}. */
        public Builder clear(String wireName) {
            values.put(wireName, null);
            return this;
        }

        /**
         * Sets the page size ({@code limit}).
         *
         * @throws IllegalArgumentException if {@code limit} is outside {@value #MIN_LIMIT} to {@value
         *     #MAX_LIMIT}
         */
        public Builder limit(long limit) {
            if (limit < MIN_LIMIT || limit > MAX_LIMIT) {
                throw new IllegalArgumentException("limit must be between " + MIN_LIMIT + " and " + MAX_LIMIT
                        + " (the page size the API accepts), but was " + limit
                        + "; to read more, page with autoPager() instead");
            }
            values.put("limit", limit);
            return this;
        }

        /**
         * Sets the page size ({@code limit}); see {@link #limit(long)}.
         *
         * @throws NullPointerException if {@code limit} is null
         * @throws IllegalArgumentException if {@code limit} is out of range
         */
        public Builder limit(Long limit) {
            return limit(Objects.requireNonNull(limit, "limit == null").longValue());
        }

        /**
         * Adds {@code include} paths.
         *
         * @throws NullPointerException if {@code paths} or one of its elements is null
         */
        public Builder include(Collection<String> paths) {
            for (String p : paths) {
                include.add(Objects.requireNonNull(p, "include has a null element"));
            }
            return this;
        }

        /** Returns true when {@code wireName} was set or cleared. */
        public boolean has(String wireName) {
            return values.containsKey(wireName);
        }

        /**
         * Checks that {@code wireName} was set.
         *
         * @param name the Java name of its setter, for the exception message
         * @throws IllegalStateException if it was not
         */
        public Builder require(String wireName, String name) {
            if (!values.containsKey(wireName)) {
                throw new IllegalStateException("`" + name + "` is required, but was not set");
            }
            return this;
        }

        /**
         * Checks that the decimal {@code wireName}, when set, is not zero.
         *
         * @param hint what to send instead, for the exception message
         * @throws IllegalStateException if it is zero
         */
        public Builder requireNonZero(String wireName, String hint) {
            Object v = values.get(wireName);
            if (v instanceof BigDecimal && ((BigDecimal) v).signum() == 0) {
                throw new IllegalStateException(wireName + " must not be zero (" + hint + ")");
            }
            return this;
        }

        /** Returns the immutable values; this builder stays usable. */
        public ParamValues build() {
            return new ParamValues(this);
        }
    }
}
