package com.augno.sdk.sales;

import com.augno.sdk.internal.params.ParamValues;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Filters of {@code client.customers().list(...)}.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class CustomerListParams {
    private final ParamValues values;

    private CustomerListParams(Builder builder) {
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

    /** Returns {@code city}, or empty when not set. */
    public Optional<String> city() {
        return values.get("city", String.class);
    }

    /** Returns {@code state}, or empty when not set. */
    public Optional<String> state() {
        return values.get("state", String.class);
    }

    /** Returns {@code postal_code}, or empty when not set. */
    public Optional<String> postalCode() {
        return values.get("postal_code", String.class);
    }

    /** Returns {@code status_codes}, or empty when not set. */
    public Optional<List<CustomerStatus>> statusCodes() {
        return values.list("status_codes", CustomerStatus.class);
    }

    /** Returns {@code commission_status_codes}, or empty when not set. */
    public Optional<List<CommissionPolicy>> commissionStatusCodes() {
        return values.list("commission_status_codes", CommissionPolicy.class);
    }

    /** Returns {@code freight_status_codes}, or empty when not set. */
    public Optional<List<FreightPolicy>> freightStatusCodes() {
        return values.list("freight_status_codes", FreightPolicy.class);
    }

    /** Returns {@code customer_group_ids}, or empty when not set. */
    public Optional<List<String>> customerGroupIds() {
        return values.list("customer_group_ids", String.class);
    }

    /** Returns {@code pricing_group_ids}, or empty when not set. */
    public Optional<List<String>> pricingGroupIds() {
        return values.list("pricing_group_ids", String.class);
    }

    /** Returns {@code carrier_ids}, or empty when not set. */
    public Optional<List<String>> carrierIds() {
        return values.list("carrier_ids", String.class);
    }

    /** Returns {@code service_level_ids}, or empty when not set. */
    public Optional<List<String>> serviceLevelIds() {
        return values.list("service_level_ids", String.class);
    }

    /** Returns {@code payment_term_ids}, or empty when not set. */
    public Optional<List<String>> paymentTermIds() {
        return values.list("payment_term_ids", String.class);
    }

    /** Returns {@code shipping_term_ids}, or empty when not set. */
    public Optional<List<String>> shippingTermIds() {
        return values.list("shipping_term_ids", String.class);
    }

    /** Returns {@code sales_rep_ids}, or empty when not set. */
    public Optional<List<String>> salesRepIds() {
        return values.list("sales_rep_ids", String.class);
    }

    /** Returns {@code parent_account_status}, or empty when not set. */
    public Optional<String> parentAccountStatus() {
        return values.get("parent_account_status", String.class);
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
        return o instanceof CustomerListParams && ((CustomerListParams) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.describe("CustomerListParams");
    }

    /** Builds a {@link CustomerListParams}. Not thread-safe. */
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
        /** Sets {@code starts_at}: created at or after. */
        public Builder startsAt(Instant startsAt) {
            values.set("starts_at", startsAt, "startsAt");
            return this;
        }
        /** Sets {@code ends_at}: created at or before. */
        public Builder endsAt(Instant endsAt) {
            values.set("ends_at", endsAt, "endsAt");
            return this;
        }
        /** Sets {@code city}: exact match on any address. */
        public Builder city(String city) {
            values.set("city", city, "city");
            return this;
        }
        /** Sets {@code state}: exact match on any address. */
        public Builder state(String state) {
            values.set("state", state, "state");
            return this;
        }
        /** Sets {@code postal_code}: exact match on any address. */
        public Builder postalCode(String postalCode) {
            values.set("postal_code", postalCode, "postalCode");
            return this;
        }
        /**
         * Sets {@code status_codes}: customer statuses.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder statusCodes(Collection<? extends CustomerStatus> statusCodes) {
            values.setList("status_codes", statusCodes, "statusCodes");
            return this;
        }

        /** Sets {@code status_codes}; see {@link #statusCodes(Collection)}. */
        public Builder statusCodes(CustomerStatus... statusCodes) {
            return statusCodes(Arrays.asList(statusCodes));
        }
        /**
         * Sets {@code commission_status_codes}: own commission policies.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder commissionStatusCodes(Collection<? extends CommissionPolicy> commissionStatusCodes) {
            values.setList("commission_status_codes", commissionStatusCodes, "commissionStatusCodes");
            return this;
        }

        /** Sets {@code commission_status_codes}; see {@link #commissionStatusCodes(Collection)}. */
        public Builder commissionStatusCodes(CommissionPolicy... commissionStatusCodes) {
            return commissionStatusCodes(Arrays.asList(commissionStatusCodes));
        }
        /**
         * Sets {@code freight_status_codes}: own freight policies.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder freightStatusCodes(Collection<? extends FreightPolicy> freightStatusCodes) {
            values.setList("freight_status_codes", freightStatusCodes, "freightStatusCodes");
            return this;
        }

        /** Sets {@code freight_status_codes}; see {@link #freightStatusCodes(Collection)}. */
        public Builder freightStatusCodes(FreightPolicy... freightStatusCodes) {
            return freightStatusCodes(Arrays.asList(freightStatusCodes));
        }
        /**
         * Sets {@code customer_group_ids}: type-group ids.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder customerGroupIds(Collection<? extends String> customerGroupIds) {
            values.setList("customer_group_ids", customerGroupIds, "customerGroupIds");
            return this;
        }

        /** Sets {@code customer_group_ids}; see {@link #customerGroupIds(Collection)}. */
        public Builder customerGroupIds(String... customerGroupIds) {
            return customerGroupIds(Arrays.asList(customerGroupIds));
        }
        /**
         * Sets {@code pricing_group_ids}: pricing-group ids.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder pricingGroupIds(Collection<? extends String> pricingGroupIds) {
            values.setList("pricing_group_ids", pricingGroupIds, "pricingGroupIds");
            return this;
        }

        /** Sets {@code pricing_group_ids}; see {@link #pricingGroupIds(Collection)}. */
        public Builder pricingGroupIds(String... pricingGroupIds) {
            return pricingGroupIds(Arrays.asList(pricingGroupIds));
        }
        /**
         * Sets {@code carrier_ids}: default carriers.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder carrierIds(Collection<? extends String> carrierIds) {
            values.setList("carrier_ids", carrierIds, "carrierIds");
            return this;
        }

        /** Sets {@code carrier_ids}; see {@link #carrierIds(Collection)}. */
        public Builder carrierIds(String... carrierIds) {
            return carrierIds(Arrays.asList(carrierIds));
        }
        /**
         * Sets {@code service_level_ids}: default service levels.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder serviceLevelIds(Collection<? extends String> serviceLevelIds) {
            values.setList("service_level_ids", serviceLevelIds, "serviceLevelIds");
            return this;
        }

        /** Sets {@code service_level_ids}; see {@link #serviceLevelIds(Collection)}. */
        public Builder serviceLevelIds(String... serviceLevelIds) {
            return serviceLevelIds(Arrays.asList(serviceLevelIds));
        }
        /**
         * Sets {@code payment_term_ids}: default payment terms.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder paymentTermIds(Collection<? extends String> paymentTermIds) {
            values.setList("payment_term_ids", paymentTermIds, "paymentTermIds");
            return this;
        }

        /** Sets {@code payment_term_ids}; see {@link #paymentTermIds(Collection)}. */
        public Builder paymentTermIds(String... paymentTermIds) {
            return paymentTermIds(Arrays.asList(paymentTermIds));
        }
        /**
         * Sets {@code shipping_term_ids}: default shipping terms.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder shippingTermIds(Collection<? extends String> shippingTermIds) {
            values.setList("shipping_term_ids", shippingTermIds, "shippingTermIds");
            return this;
        }

        /** Sets {@code shipping_term_ids}; see {@link #shippingTermIds(Collection)}. */
        public Builder shippingTermIds(String... shippingTermIds) {
            return shippingTermIds(Arrays.asList(shippingTermIds));
        }
        /**
         * Sets {@code sales_rep_ids}: default sales reps.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder salesRepIds(Collection<? extends String> salesRepIds) {
            values.setList("sales_rep_ids", salesRepIds, "salesRepIds");
            return this;
        }

        /** Sets {@code sales_rep_ids}; see {@link #salesRepIds(Collection)}. */
        public Builder salesRepIds(String... salesRepIds) {
            return salesRepIds(Arrays.asList(salesRepIds));
        }
        /** Sets {@code parent_account_status}: {@code parent} or {@code non_parent}. */
        public Builder parentAccountStatus(String parentAccountStatus) {
            values.set("parent_account_status", parentAccountStatus, "parentAccountStatus");
            return this;
        }

        /**
         * Adds sub-objects to expand ({@code include}, sent comma-joined in the query); see
         * {@link CustomerInclude} for the values this call accepts. Unknown values are sent as given.
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
        public CustomerListParams build() {
            return new CustomerListParams(this);
        }
    }
}
