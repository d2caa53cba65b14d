package com.augno.sdk.core;

import java.time.Instant;
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
 * Filters of {@code client.requestLogs().list(...)}; every filter the live API has.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class RequestLogListParams {
    private final Map<String, @Nullable Object> values;
    private final List<String> include;

    private RequestLogListParams(Builder builder) {
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

    /** Returns {@code starts_at}, or empty when not set. */
    public Optional<Instant> startsAt() {
        return Optional.ofNullable((Instant) values.get("starts_at"));
    }

    /** Returns {@code ends_at}, or empty when not set. */
    public Optional<Instant> endsAt() {
        return Optional.ofNullable((Instant) values.get("ends_at"));
    }

    /** Returns {@code actor_ids}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> actorIds() {
        return Optional.ofNullable((List<String>) values.get("actor_ids"));
    }

    /** Returns {@code actor_types}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<ActorType>> actorTypes() {
        return Optional.ofNullable((List<ActorType>) values.get("actor_types"));
    }

    /** Returns {@code actor_account_ids}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> actorAccountIds() {
        return Optional.ofNullable((List<String>) values.get("actor_account_ids"));
    }

    /** Returns {@code target_account_ids}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> targetAccountIds() {
        return Optional.ofNullable((List<String>) values.get("target_account_ids"));
    }

    /** Returns {@code status_codes}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<Integer>> statusCodes() {
        return Optional.ofNullable((List<Integer>) values.get("status_codes"));
    }

    /** Returns {@code status_code_classes}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<Integer>> statusCodeClasses() {
        return Optional.ofNullable((List<Integer>) values.get("status_code_classes"));
    }

    /** Returns {@code error_codes}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> errorCodes() {
        return Optional.ofNullable((List<String>) values.get("error_codes"));
    }

    /** Returns {@code exclude_error_codes}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> excludeErrorCodes() {
        return Optional.ofNullable((List<String>) values.get("exclude_error_codes"));
    }

    /** Returns {@code idempotency_key}, or empty when not set. */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable((String) values.get("idempotency_key"));
    }

    /** Returns {@code min_latency_us}, or empty when not set. */
    public Optional<Long> minLatencyUs() {
        return Optional.ofNullable((Long) values.get("min_latency_us"));
    }

    /** Returns {@code hosts}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> hosts() {
        return Optional.ofNullable((List<String>) values.get("hosts"));
    }

    /** Returns {@code methods}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> methods() {
        return Optional.ofNullable((List<String>) values.get("methods"));
    }

    /** Returns {@code normalized_routes}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> normalizedRoutes() {
        return Optional.ofNullable((List<String>) values.get("normalized_routes"));
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
        return o instanceof RequestLogListParams
                && ((RequestLogListParams) o).values.equals(values)
                && ((RequestLogListParams) o).include.equals(include);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values, include);
    }

    @Override
    public String toString() {
        return "RequestLogListParams" + values + (include.isEmpty() ? "" : " include=" + include);
    }

    /** Builds a {@link RequestLogListParams}. Not thread-safe. */
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
        /** Sets {@code starts_at}: logs that occurred at or after this instant (compares {@code occurred_at}). */
        public Builder startsAt(Instant startsAt) {
            values.put("starts_at", Objects.requireNonNull(startsAt, "startsAt == null"));
            return this;
        }
        /** Sets {@code ends_at}: logs that occurred at or before this instant. */
        public Builder endsAt(Instant endsAt) {
            values.put("ends_at", Objects.requireNonNull(endsAt, "endsAt == null"));
            return this;
        }
        /**
         * Sets {@code actor_ids}: user, API-key or agent ids ({@code actor.id}).
         *
         * @throws NullPointerException if an element is null
         */
        public Builder actorIds(Collection<? extends String> actorIds) {
            Objects.requireNonNull(actorIds, "actorIds == null");
            List<String> copy = new ArrayList<>();
            for (String each : actorIds) {
                copy.add(Objects.requireNonNull(each, "actorIds has a null element"));
            }
            values.put("actor_ids", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code actor_ids}; see {@link #actorIds(Collection)}. */
        public Builder actorIds(String... actorIds) {
            return actorIds(java.util.Arrays.asList(actorIds));
        }
        /**
         * Sets {@code actor_types}: actor types.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder actorTypes(Collection<? extends ActorType> actorTypes) {
            Objects.requireNonNull(actorTypes, "actorTypes == null");
            List<ActorType> copy = new ArrayList<>();
            for (ActorType each : actorTypes) {
                copy.add(Objects.requireNonNull(each, "actorTypes has a null element"));
            }
            values.put("actor_types", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code actor_types}; see {@link #actorTypes(Collection)}. */
        public Builder actorTypes(ActorType... actorTypes) {
            return actorTypes(java.util.Arrays.asList(actorTypes));
        }
        /**
         * Sets {@code actor_account_ids}: the <b>acting</b> accounts (the account the actor belongs to).
         *
         * @throws NullPointerException if an element is null
         */
        public Builder actorAccountIds(Collection<? extends String> actorAccountIds) {
            Objects.requireNonNull(actorAccountIds, "actorAccountIds == null");
            List<String> copy = new ArrayList<>();
            for (String each : actorAccountIds) {
                copy.add(Objects.requireNonNull(each, "actorAccountIds has a null element"));
            }
            values.put("actor_account_ids", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code actor_account_ids}; see {@link #actorAccountIds(Collection)}. */
        public Builder actorAccountIds(String... actorAccountIds) {
            return actorAccountIds(java.util.Arrays.asList(actorAccountIds));
        }
        /**
         * Sets {@code target_account_ids}: the <b>target</b> accounts (the account the request acted on).
         *
         * @throws NullPointerException if an element is null
         */
        public Builder targetAccountIds(Collection<? extends String> targetAccountIds) {
            Objects.requireNonNull(targetAccountIds, "targetAccountIds == null");
            List<String> copy = new ArrayList<>();
            for (String each : targetAccountIds) {
                copy.add(Objects.requireNonNull(each, "targetAccountIds has a null element"));
            }
            values.put("target_account_ids", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code target_account_ids}; see {@link #targetAccountIds(Collection)}. */
        public Builder targetAccountIds(String... targetAccountIds) {
            return targetAccountIds(java.util.Arrays.asList(targetAccountIds));
        }
        /**
         * Sets {@code status_codes}: exact HTTP status codes (ORed with {@code status_code_classes}).
         *
         * @throws NullPointerException if an element is null
         */
        public Builder statusCodes(Collection<? extends Integer> statusCodes) {
            Objects.requireNonNull(statusCodes, "statusCodes == null");
            List<Integer> copy = new ArrayList<>();
            for (Integer each : statusCodes) {
                copy.add(Objects.requireNonNull(each, "statusCodes has a null element"));
            }
            values.put("status_codes", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code status_codes}; see {@link #statusCodes(Collection)}. */
        public Builder statusCodes(Integer... statusCodes) {
            return statusCodes(java.util.Arrays.asList(statusCodes));
        }
        /**
         * Sets {@code status_code_classes}: leading digits 1 to 5 (ORed with {@code status_codes}).
         *
         * @throws NullPointerException if an element is null
         */
        public Builder statusCodeClasses(Collection<? extends Integer> statusCodeClasses) {
            Objects.requireNonNull(statusCodeClasses, "statusCodeClasses == null");
            List<Integer> copy = new ArrayList<>();
            for (Integer each : statusCodeClasses) {
                copy.add(Objects.requireNonNull(each, "statusCodeClasses has a null element"));
            }
            values.put("status_code_classes", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code status_code_classes}; see {@link #statusCodeClasses(Collection)}. */
        public Builder statusCodeClasses(Integer... statusCodeClasses) {
            return statusCodeClasses(java.util.Arrays.asList(statusCodeClasses));
        }
        /**
         * Sets {@code error_codes}: error codes, e.g. {@code api_key_revoked}.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder errorCodes(Collection<? extends String> errorCodes) {
            Objects.requireNonNull(errorCodes, "errorCodes == null");
            List<String> copy = new ArrayList<>();
            for (String each : errorCodes) {
                copy.add(Objects.requireNonNull(each, "errorCodes has a null element"));
            }
            values.put("error_codes", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code error_codes}; see {@link #errorCodes(Collection)}. */
        public Builder errorCodes(String... errorCodes) {
            return errorCodes(java.util.Arrays.asList(errorCodes));
        }
        /**
         * Sets {@code exclude_error_codes}: error codes to leave out (successful requests are always kept).
         *
         * @throws NullPointerException if an element is null
         */
        public Builder excludeErrorCodes(Collection<? extends String> excludeErrorCodes) {
            Objects.requireNonNull(excludeErrorCodes, "excludeErrorCodes == null");
            List<String> copy = new ArrayList<>();
            for (String each : excludeErrorCodes) {
                copy.add(Objects.requireNonNull(each, "excludeErrorCodes has a null element"));
            }
            values.put("exclude_error_codes", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code exclude_error_codes}; see {@link #excludeErrorCodes(Collection)}. */
        public Builder excludeErrorCodes(String... excludeErrorCodes) {
            return excludeErrorCodes(java.util.Arrays.asList(excludeErrorCodes));
        }
        /** Sets {@code idempotency_key}: the idempotency key the caller supplied. */
        public Builder idempotencyKey(String idempotencyKey) {
            values.put("idempotency_key", Objects.requireNonNull(idempotencyKey, "idempotencyKey == null"));
            return this;
        }
        /** Sets {@code min_latency_us}: only requests that took at least this many microseconds. */
        public Builder minLatencyUs(Long minLatencyUs) {
            values.put("min_latency_us", Objects.requireNonNull(minLatencyUs, "minLatencyUs == null"));
            return this;
        }
        /**
         * Sets {@code hosts}: request hosts.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder hosts(Collection<? extends String> hosts) {
            Objects.requireNonNull(hosts, "hosts == null");
            List<String> copy = new ArrayList<>();
            for (String each : hosts) {
                copy.add(Objects.requireNonNull(each, "hosts has a null element"));
            }
            values.put("hosts", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code hosts}; see {@link #hosts(Collection)}. */
        public Builder hosts(String... hosts) {
            return hosts(java.util.Arrays.asList(hosts));
        }
        /**
         * Sets {@code methods}: HTTP methods, e.g. {@code POST}.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder methods(Collection<? extends String> methods) {
            Objects.requireNonNull(methods, "methods == null");
            List<String> copy = new ArrayList<>();
            for (String each : methods) {
                copy.add(Objects.requireNonNull(each, "methods has a null element"));
            }
            values.put("methods", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code methods}; see {@link #methods(Collection)}. */
        public Builder methods(String... methods) {
            return methods(java.util.Arrays.asList(methods));
        }
        /**
         * Sets {@code normalized_routes}: route templates such as {@code /v1/sales/customers/{id}}.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder normalizedRoutes(Collection<? extends String> normalizedRoutes) {
            Objects.requireNonNull(normalizedRoutes, "normalizedRoutes == null");
            List<String> copy = new ArrayList<>();
            for (String each : normalizedRoutes) {
                copy.add(Objects.requireNonNull(each, "normalizedRoutes has a null element"));
            }
            values.put("normalized_routes", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code normalized_routes}; see {@link #normalizedRoutes(Collection)}. */
        public Builder normalizedRoutes(String... normalizedRoutes) {
            return normalizedRoutes(java.util.Arrays.asList(normalizedRoutes));
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
        public RequestLogListParams build() {
            return new RequestLogListParams(this);
        }
    }
}
