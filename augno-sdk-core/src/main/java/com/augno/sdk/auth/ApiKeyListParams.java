package com.augno.sdk.auth;

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
 * Filters of {@code client.apiKeys().list(...)}.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class ApiKeyListParams {
    private final Map<String, @Nullable Object> values;
    private final List<String> include;

    private ApiKeyListParams(Builder builder) {
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

    /** Returns {@code statuses}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<ApiKeyStatus>> statuses() {
        return Optional.ofNullable((List<ApiKeyStatus>) values.get("statuses"));
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
        return o instanceof ApiKeyListParams
                && ((ApiKeyListParams) o).values.equals(values)
                && ((ApiKeyListParams) o).include.equals(include);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values, include);
    }

    @Override
    public String toString() {
        return "ApiKeyListParams" + values + (include.isEmpty() ? "" : " include=" + include);
    }

    /** Builds a {@link ApiKeyListParams}. Not thread-safe. */
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
         * Sets {@code statuses}: only keys with these statuses; all when not set.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder statuses(Collection<? extends ApiKeyStatus> statuses) {
            Objects.requireNonNull(statuses, "statuses == null");
            List<ApiKeyStatus> copy = new ArrayList<>();
            for (ApiKeyStatus each : statuses) {
                copy.add(Objects.requireNonNull(each, "statuses has a null element"));
            }
            values.put("statuses", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code statuses}; see {@link #statuses(Collection)}. */
        public Builder statuses(ApiKeyStatus... statuses) {
            return statuses(java.util.Arrays.asList(statuses));
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
        public ApiKeyListParams build() {
            return new ApiKeyListParams(this);
        }
    }
}
