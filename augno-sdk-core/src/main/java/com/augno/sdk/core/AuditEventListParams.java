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
 * Filters of {@code client.auditEvents().list(...)}; every filter the live API has.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class AuditEventListParams {
    private final ParamValues values;

    private AuditEventListParams(Builder builder) {
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

    /** Returns {@code actions}, or empty when not set. */
    public Optional<List<AuditAction>> actions() {
        return values.list("actions", AuditAction.class);
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

    /** Returns {@code resource_ids}, or empty when not set. */
    public Optional<List<String>> resourceIds() {
        return values.list("resource_ids", String.class);
    }

    /** Returns {@code resource_types}, or empty when not set. */
    public Optional<List<String>> resourceTypes() {
        return values.list("resource_types", String.class);
    }

    /** Returns {@code root_resource_type}, or empty when not set. */
    public Optional<String> rootResourceType() {
        return values.get("root_resource_type", String.class);
    }

    /** Returns {@code root_resource_id}, or empty when not set. */
    public Optional<String> rootResourceId() {
        return values.get("root_resource_id", String.class);
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
        return o instanceof AuditEventListParams && ((AuditEventListParams) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.describe("AuditEventListParams");
    }

    /** Builds a {@link AuditEventListParams}. Not thread-safe. */
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
        /** Sets {@code starts_at}: events that occurred at or after this instant (compares {@code occurred_at}). */
        public Builder startsAt(Instant startsAt) {
            values.set("starts_at", startsAt, "startsAt");
            return this;
        }
        /** Sets {@code ends_at}: events that occurred at or before this instant. */
        public Builder endsAt(Instant endsAt) {
            values.set("ends_at", endsAt, "endsAt");
            return this;
        }
        /**
         * Sets {@code actions}: actions.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder actions(Collection<? extends AuditAction> actions) {
            values.setList("actions", actions, "actions");
            return this;
        }

        /** Sets {@code actions}; see {@link #actions(Collection)}. */
        public Builder actions(AuditAction... actions) {
            return actions(Arrays.asList(actions));
        }
        /**
         * Sets {@code actor_ids}: user, API-key or agent ids.
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
         * Sets {@code actor_account_ids}: the <b>acting</b> accounts.
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
         * Sets {@code target_account_ids}: the <b>target</b> accounts (the event's {@code account}).
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
         * Sets {@code resource_ids}: ids of audited records.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder resourceIds(Collection<? extends String> resourceIds) {
            values.setList("resource_ids", resourceIds, "resourceIds");
            return this;
        }

        /** Sets {@code resource_ids}; see {@link #resourceIds(Collection)}. */
        public Builder resourceIds(String... resourceIds) {
            return resourceIds(Arrays.asList(resourceIds));
        }
        /**
         * Sets {@code resource_types}: resource types (see {@code resourceTypes()}).
         *
         * @throws NullPointerException if an element is null
         */
        public Builder resourceTypes(Collection<? extends String> resourceTypes) {
            values.setList("resource_types", resourceTypes, "resourceTypes");
            return this;
        }

        /** Sets {@code resource_types}; see {@link #resourceTypes(Collection)}. */
        public Builder resourceTypes(String... resourceTypes) {
            return resourceTypes(Arrays.asList(resourceTypes));
        }
        /** Sets {@code root_resource_type}: with {@code root_resource_id}: the whole history tree of one root record. */
        public Builder rootResourceType(String rootResourceType) {
            values.set("root_resource_type", rootResourceType, "rootResourceType");
            return this;
        }
        /** Sets {@code root_resource_id}: with {@code root_resource_type}. */
        public Builder rootResourceId(String rootResourceId) {
            values.set("root_resource_id", rootResourceId, "rootResourceId");
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
            values.include(paths);
            return this;
        }

        /**
         * Builds the immutable object.
         *
         * @throws IllegalStateException if a required field was not set or only one of rootResourceType and rootResourceId was set
         */
        public AuditEventListParams build() {
            if (values.has("root_resource_type") != values.has("root_resource_id")) {
                throw new IllegalStateException(
                        "rootResourceType and rootResourceId go together (the API ignores either one alone); set both or neither");
            }
            return new AuditEventListParams(this);
        }
    }
}
