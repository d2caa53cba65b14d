package com.augno.sdk.identity;

import com.augno.sdk.internal.params.ParamValues;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Filters of {@code client.accountUsers().list(...)}.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class AccountUserListParams {
    private final ParamValues values;

    private AccountUserListParams(Builder builder) {
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

    /** Returns {@code role_type}, or empty when not set. */
    public Optional<RoleType> roleType() {
        return values.get("role_type", RoleType.class);
    }

    /** Returns {@code removed_scope}, or empty when not set. */
    public Optional<RemovedScope> removedScope() {
        return values.get("removed_scope", RemovedScope.class);
    }

    /** Returns {@code is_commission_eligible}, or empty when not set. */
    public Optional<Boolean> isCommissionEligible() {
        return values.get("is_commission_eligible", Boolean.class);
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
        return o instanceof AccountUserListParams && ((AccountUserListParams) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.describe("AccountUserListParams");
    }

    /** Builds a {@link AccountUserListParams}. Not thread-safe. */
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
        /** Sets {@code role_type}: only users whose role has this type ({@code admin} lists who can manage keys). */
        public Builder roleType(RoleType roleType) {
            values.set("role_type", roleType, "roleType");
            return this;
        }
        /**
         * Sets {@code removed_scope}: whether removed (soft-deleted) users are listed. If not
         * specified, the API leaves them out ({@link RemovedScope#EXCLUDED}).
         */
        public Builder removedScope(RemovedScope removedScope) {
            values.set("removed_scope", removedScope, "removedScope");
            return this;
        }

        /**
         * Sets {@code is_commission_eligible}: only users who can (true) or cannot (false) be
         * assigned as sales representatives.
         */
        public Builder isCommissionEligible(Boolean isCommissionEligible) {
            values.set("is_commission_eligible", isCommissionEligible, "isCommissionEligible");
            return this;
        }

        /**
         * Adds sub-objects to expand ({@code include}, sent comma-joined in the query); see
         * {@link AccountUserInclude} for the values this call accepts. Unknown values are sent as given.
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
        public AccountUserListParams build() {
            return new AccountUserListParams(this);
        }
    }
}
