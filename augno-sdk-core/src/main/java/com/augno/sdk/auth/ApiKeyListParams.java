package com.augno.sdk.auth;

import com.augno.sdk.internal.params.ParamValues;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Filters of {@code client.auth().apiKeys().list(...)}.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class ApiKeyListParams {
    private final ParamValues values;

    private ApiKeyListParams(Builder builder) {
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

    /** Returns {@code q}, or empty when not set. */
    public Optional<String> q() {
        return values.get("q", String.class);
    }

    /** Returns {@code limit}, or empty when not set. */
    public Optional<Long> limit() {
        return values.get("limit", Long.class);
    }

    /** Returns {@code cursor}, or empty when not set. */
    public Optional<String> cursor() {
        return values.get("cursor", String.class);
    }

    /** Returns {@code statuses}, or empty when not set. */
    public Optional<List<ApiKeyStatus>> statuses() {
        return values.list("statuses", ApiKeyStatus.class);
    }

    /** Returns the {@code include} paths; empty when none. */
    public List<String> include() {
        return values.include();
    }

    /** Not API: the query parameters as raw values (the request builder encodes them); without {@code include}. */
    Map<String, Object> toQuery() {
        return values.toQuery();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ApiKeyListParams && ((ApiKeyListParams) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.describe("ApiKeyListParams");
    }

    /** Builds a {@link ApiKeyListParams}. Not thread-safe. */
    public static final class Builder {
        private final ParamValues.Builder values;

        private Builder(ParamValues.Builder values) {
            this.values = values;
        }

        /** Sets {@code q}: free-text search. */
        public Builder q(String q) {
            values.set("q", q, "q");
            return this;
        }
        /**
         * Sets {@code limit}: the page size, from 1 to 1000. If not specified, the API's default applies (100).
         *
         * @throws IllegalArgumentException if {@code limit} is below 1 or above 1000
         */
        public Builder limit(long limit) {
            values.limit(limit);
            return this;
        }

        /**
         * Sets {@code limit}; see {@link #limit(long)}.
         *
         * @throws NullPointerException if {@code limit} is null
         * @throws IllegalArgumentException if {@code limit} is below 1 or above 1000
         */
        public Builder limit(Long limit) {
            values.limit(limit);
            return this;
        }
        /** Sets {@code cursor}: the opaque page token from a page URL; leave it out for the first page. */
        public Builder cursor(String cursor) {
            values.set("cursor", cursor, "cursor");
            return this;
        }
        /**
         * Sets {@code statuses}: only keys with these statuses; all when not set.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder statuses(Collection<? extends ApiKeyStatus> statuses) {
            values.setList("statuses", statuses, "statuses");
            return this;
        }

        /** Sets {@code statuses}; see {@link #statuses(Collection)}. */
        public Builder statuses(ApiKeyStatus... statuses) {
            return statuses(Arrays.asList(statuses));
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
            values.include(paths);
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
