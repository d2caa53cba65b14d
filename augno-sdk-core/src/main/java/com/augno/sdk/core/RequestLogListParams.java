package com.augno.sdk.core;

import com.augno.sdk.internal.params.ParamValues;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Filters of {@code client.requestLogs().list(...)}; every filter the live API has.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class RequestLogListParams {
    private final ParamValues values;

    private RequestLogListParams(Builder builder) {
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

    /** Returns {@code starts_at}, or empty when not set. */
    public Optional<Instant> startsAt() {
        return values.get("starts_at", Instant.class);
    }

    /** Returns {@code ends_at}, or empty when not set. */
    public Optional<Instant> endsAt() {
        return values.get("ends_at", Instant.class);
    }

    /** Returns {@code actor_ids}, or empty when not set. */
    public Optional<List<String>> actorIds() {
        return values.list("actor_ids", String.class);
    }

    /** Returns {@code actor_types}, or empty when not set. */
    public Optional<List<ActorType>> actorTypes() {
        return values.list("actor_types", ActorType.class);
    }

    /** Returns {@code actor_account_ids}, or empty when not set. */
    public Optional<List<String>> actorAccountIds() {
        return values.list("actor_account_ids", String.class);
    }

    /** Returns {@code target_account_ids}, or empty when not set. */
    public Optional<List<String>> targetAccountIds() {
        return values.list("target_account_ids", String.class);
    }

    /** Returns {@code status_codes}, or empty when not set. */
    public Optional<List<Integer>> statusCodes() {
        return values.list("status_codes", Integer.class);
    }

    /** Returns {@code status_code_classes}, or empty when not set. */
    public Optional<List<Integer>> statusCodeClasses() {
        return values.list("status_code_classes", Integer.class);
    }

    /** Returns {@code error_codes}, or empty when not set. */
    public Optional<List<String>> errorCodes() {
        return values.list("error_codes", String.class);
    }

    /** Returns {@code exclude_error_codes}, or empty when not set. */
    public Optional<List<String>> excludeErrorCodes() {
        return values.list("exclude_error_codes", String.class);
    }

    /** Returns {@code idempotency_key}, or empty when not set. */
    public Optional<String> idempotencyKey() {
        return values.get("idempotency_key", String.class);
    }

    /** Returns {@code min_latency_us}, or empty when not set. */
    public Optional<Long> minLatencyUs() {
        return values.get("min_latency_us", Long.class);
    }

    /** Returns {@code hosts}, or empty when not set. */
    public Optional<List<String>> hosts() {
        return values.list("hosts", String.class);
    }

    /** Returns {@code methods}, or empty when not set. */
    public Optional<List<String>> methods() {
        return values.list("methods", String.class);
    }

    /** Returns {@code normalized_routes}, or empty when not set. */
    public Optional<List<String>> normalizedRoutes() {
        return values.list("normalized_routes", String.class);
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
        return o instanceof RequestLogListParams && ((RequestLogListParams) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.describe("RequestLogListParams");
    }

    /** Builds a {@link RequestLogListParams}. Not thread-safe. */
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
        /** Sets {@code starts_at}: logs that occurred at or after this instant (compares {@code occurred_at}). */
        public Builder startsAt(Instant startsAt) {
            values.set("starts_at", startsAt, "startsAt");
            return this;
        }
        /** Sets {@code ends_at}: logs that occurred at or before this instant. */
        public Builder endsAt(Instant endsAt) {
            values.set("ends_at", endsAt, "endsAt");
            return this;
        }
        /**
         * Sets {@code actor_ids}: user, API-key or agent ids ({@code actor.id}).
         *
         * @throws NullPointerException if an element is null
         */
        public Builder actorIds(Collection<? extends String> actorIds) {
            values.setList("actor_ids", actorIds, "actorIds");
            return this;
        }

        /** Sets {@code actor_ids}; see {@link #actorIds(Collection)}. */
        public Builder actorIds(String... actorIds) {
            return actorIds(Arrays.asList(actorIds));
        }
        /**
         * Sets {@code actor_types}: actor types.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder actorTypes(Collection<? extends ActorType> actorTypes) {
            values.setList("actor_types", actorTypes, "actorTypes");
            return this;
        }

        /** Sets {@code actor_types}; see {@link #actorTypes(Collection)}. */
        public Builder actorTypes(ActorType... actorTypes) {
            return actorTypes(Arrays.asList(actorTypes));
        }
        /**
         * Sets {@code actor_account_ids}: the <b>acting</b> accounts (the account the actor belongs to).
         *
         * @throws NullPointerException if an element is null
         */
        public Builder actorAccountIds(Collection<? extends String> actorAccountIds) {
            values.setList("actor_account_ids", actorAccountIds, "actorAccountIds");
            return this;
        }

        /** Sets {@code actor_account_ids}; see {@link #actorAccountIds(Collection)}. */
        public Builder actorAccountIds(String... actorAccountIds) {
            return actorAccountIds(Arrays.asList(actorAccountIds));
        }
        /**
         * Sets {@code target_account_ids}: the <b>target</b> accounts (the account the request acted on).
         *
         * @throws NullPointerException if an element is null
         */
        public Builder targetAccountIds(Collection<? extends String> targetAccountIds) {
            values.setList("target_account_ids", targetAccountIds, "targetAccountIds");
            return this;
        }

        /** Sets {@code target_account_ids}; see {@link #targetAccountIds(Collection)}. */
        public Builder targetAccountIds(String... targetAccountIds) {
            return targetAccountIds(Arrays.asList(targetAccountIds));
        }
        /**
         * Sets {@code status_codes}: exact HTTP status codes (ORed with {@code status_code_classes}).
         *
         * @throws NullPointerException if an element is null
         */
        public Builder statusCodes(Collection<? extends Integer> statusCodes) {
            values.setList("status_codes", statusCodes, "statusCodes");
            return this;
        }

        /** Sets {@code status_codes}; see {@link #statusCodes(Collection)}. */
        public Builder statusCodes(Integer... statusCodes) {
            return statusCodes(Arrays.asList(statusCodes));
        }
        /**
         * Sets {@code status_code_classes}: leading digits 1 to 5 (ORed with {@code status_codes}).
         *
         * @throws NullPointerException if an element is null
         */
        public Builder statusCodeClasses(Collection<? extends Integer> statusCodeClasses) {
            values.setList("status_code_classes", statusCodeClasses, "statusCodeClasses");
            return this;
        }

        /** Sets {@code status_code_classes}; see {@link #statusCodeClasses(Collection)}. */
        public Builder statusCodeClasses(Integer... statusCodeClasses) {
            return statusCodeClasses(Arrays.asList(statusCodeClasses));
        }
        /**
         * Sets {@code error_codes}: error codes, e.g. {@code api_key_revoked}.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder errorCodes(Collection<? extends String> errorCodes) {
            values.setList("error_codes", errorCodes, "errorCodes");
            return this;
        }

        /** Sets {@code error_codes}; see {@link #errorCodes(Collection)}. */
        public Builder errorCodes(String... errorCodes) {
            return errorCodes(Arrays.asList(errorCodes));
        }
        /**
         * Sets {@code exclude_error_codes}: error codes to leave out (successful requests are always kept).
         *
         * @throws NullPointerException if an element is null
         */
        public Builder excludeErrorCodes(Collection<? extends String> excludeErrorCodes) {
            values.setList("exclude_error_codes", excludeErrorCodes, "excludeErrorCodes");
            return this;
        }

        /** Sets {@code exclude_error_codes}; see {@link #excludeErrorCodes(Collection)}. */
        public Builder excludeErrorCodes(String... excludeErrorCodes) {
            return excludeErrorCodes(Arrays.asList(excludeErrorCodes));
        }
        /** Sets {@code idempotency_key}: the idempotency key the caller supplied. */
        public Builder idempotencyKey(String idempotencyKey) {
            values.set("idempotency_key", idempotencyKey, "idempotencyKey");
            return this;
        }
        /** Sets {@code min_latency_us}: only requests that took at least this many microseconds. */
        public Builder minLatencyUs(Long minLatencyUs) {
            values.set("min_latency_us", minLatencyUs, "minLatencyUs");
            return this;
        }
        /**
         * Sets {@code hosts}: request hosts.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder hosts(Collection<? extends String> hosts) {
            values.setList("hosts", hosts, "hosts");
            return this;
        }

        /** Sets {@code hosts}; see {@link #hosts(Collection)}. */
        public Builder hosts(String... hosts) {
            return hosts(Arrays.asList(hosts));
        }
        /**
         * Sets {@code methods}: HTTP methods, e.g. {@code POST}.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder methods(Collection<? extends String> methods) {
            values.setList("methods", methods, "methods");
            return this;
        }

        /** Sets {@code methods}; see {@link #methods(Collection)}. */
        public Builder methods(String... methods) {
            return methods(Arrays.asList(methods));
        }
        /**
         * Sets {@code normalized_routes}: route templates such as {@code /v1/sales/customers/{id}}.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder normalizedRoutes(Collection<? extends String> normalizedRoutes) {
            values.setList("normalized_routes", normalizedRoutes, "normalizedRoutes");
            return this;
        }

        /** Sets {@code normalized_routes}; see {@link #normalizedRoutes(Collection)}. */
        public Builder normalizedRoutes(String... normalizedRoutes) {
            return normalizedRoutes(Arrays.asList(normalizedRoutes));
        }

        /**
         * Adds sub-objects to expand ({@code include}, sent comma-joined in the query); see
         * {@link RequestLogInclude} for the values this call accepts. Unknown values are sent as given.
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
        public RequestLogListParams build() {
            return new RequestLogListParams(this);
        }
    }
}
