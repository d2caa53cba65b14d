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
 * Filters of {@code client.auditEvents().list(...)}; every filter the live API has.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class AuditEventListParams {
    private final Map<String, @Nullable Object> values;
    private final List<String> include;

    private AuditEventListParams(Builder builder) {
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

    /** Returns {@code actions}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<AuditAction>> actions() {
        return Optional.ofNullable((List<AuditAction>) values.get("actions"));
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

    /** Returns {@code resource_ids}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> resourceIds() {
        return Optional.ofNullable((List<String>) values.get("resource_ids"));
    }

    /** Returns {@code resource_types}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> resourceTypes() {
        return Optional.ofNullable((List<String>) values.get("resource_types"));
    }

    /** Returns {@code root_resource_type}, or empty when not set. */
    public Optional<String> rootResourceType() {
        return Optional.ofNullable((String) values.get("root_resource_type"));
    }

    /** Returns {@code root_resource_id}, or empty when not set. */
    public Optional<String> rootResourceId() {
        return Optional.ofNullable((String) values.get("root_resource_id"));
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
        return o instanceof AuditEventListParams
                && ((AuditEventListParams) o).values.equals(values)
                && ((AuditEventListParams) o).include.equals(include);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values, include);
    }

    @Override
    public String toString() {
        return "AuditEventListParams" + values + (include.isEmpty() ? "" : " include=" + include);
    }

    /** Builds a {@link AuditEventListParams}. Not thread-safe. */
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
        /** Sets {@code starts_at}: events that occurred at or after this instant (compares {@code occurred_at}). */
        public Builder startsAt(Instant startsAt) {
            values.put("starts_at", Objects.requireNonNull(startsAt, "startsAt == null"));
            return this;
        }
        /** Sets {@code ends_at}: events that occurred at or before this instant. */
        public Builder endsAt(Instant endsAt) {
            values.put("ends_at", Objects.requireNonNull(endsAt, "endsAt == null"));
            return this;
        }
        /**
         * Sets {@code actions}: actions.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder actions(Collection<? extends AuditAction> actions) {
            Objects.requireNonNull(actions, "actions == null");
            List<AuditAction> copy = new ArrayList<>();
            for (AuditAction each : actions) {
                copy.add(Objects.requireNonNull(each, "actions has a null element"));
            }
            values.put("actions", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code actions}; see {@link #actions(Collection)}. */
        public Builder actions(AuditAction... actions) {
            return actions(java.util.Arrays.asList(actions));
        }
        /**
         * Sets {@code actor_ids}: user, API-key or agent ids.
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
         * Sets {@code actor_account_ids}: the <b>acting</b> accounts.
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
         * Sets {@code target_account_ids}: the <b>target</b> accounts (the event's {@code account}).
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
         * Sets {@code resource_ids}: ids of audited records.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder resourceIds(Collection<? extends String> resourceIds) {
            Objects.requireNonNull(resourceIds, "resourceIds == null");
            List<String> copy = new ArrayList<>();
            for (String each : resourceIds) {
                copy.add(Objects.requireNonNull(each, "resourceIds has a null element"));
            }
            values.put("resource_ids", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code resource_ids}; see {@link #resourceIds(Collection)}. */
        public Builder resourceIds(String... resourceIds) {
            return resourceIds(java.util.Arrays.asList(resourceIds));
        }
        /**
         * Sets {@code resource_types}: resource types (see {@code resourceTypes()}).
         *
         * @throws NullPointerException if an element is null
         */
        public Builder resourceTypes(Collection<? extends String> resourceTypes) {
            Objects.requireNonNull(resourceTypes, "resourceTypes == null");
            List<String> copy = new ArrayList<>();
            for (String each : resourceTypes) {
                copy.add(Objects.requireNonNull(each, "resourceTypes has a null element"));
            }
            values.put("resource_types", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code resource_types}; see {@link #resourceTypes(Collection)}. */
        public Builder resourceTypes(String... resourceTypes) {
            return resourceTypes(java.util.Arrays.asList(resourceTypes));
        }
        /** Sets {@code root_resource_type}: with {@code root_resource_id}: the whole history tree of one root record. */
        public Builder rootResourceType(String rootResourceType) {
            values.put("root_resource_type", Objects.requireNonNull(rootResourceType, "rootResourceType == null"));
            return this;
        }
        /** Sets {@code root_resource_id}: with {@code root_resource_type}. */
        public Builder rootResourceId(String rootResourceId) {
            values.put("root_resource_id", Objects.requireNonNull(rootResourceId, "rootResourceId == null"));
            return this;
        }

        /**
         * Adds sub-objects to expand ({@code include}, sent comma-joined in the query); see
         * {@link AuditEventInclude} for the values this call accepts. Unknown values are sent as given.
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
         * @throws IllegalStateException if a required field was not set or only one of rootResourceType and rootResourceId was set
         */
        public AuditEventListParams build() {
            if (values.containsKey("root_resource_type") != values.containsKey("root_resource_id")) {
                throw new IllegalStateException(
                        "rootResourceType and rootResourceId go together (the API ignores either one alone); set both or neither");
            }
            return new AuditEventListParams(this);
        }
    }
}
