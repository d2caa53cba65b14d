package com.augno.sdk.sales;

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
 * Filters of {@code client.customers().list(...)}.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class CustomerListParams {
    private final Map<String, @Nullable Object> values;
    private final List<String> include;

    private CustomerListParams(Builder builder) {
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

    /** Returns {@code city}, or empty when not set. */
    public Optional<String> city() {
        return Optional.ofNullable((String) values.get("city"));
    }

    /** Returns {@code state}, or empty when not set. */
    public Optional<String> state() {
        return Optional.ofNullable((String) values.get("state"));
    }

    /** Returns {@code postal_code}, or empty when not set. */
    public Optional<String> postalCode() {
        return Optional.ofNullable((String) values.get("postal_code"));
    }

    /** Returns {@code status_codes}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<CustomerStatus>> statusCodes() {
        return Optional.ofNullable((List<CustomerStatus>) values.get("status_codes"));
    }

    /** Returns {@code commission_status_codes}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<CommissionPolicy>> commissionStatusCodes() {
        return Optional.ofNullable((List<CommissionPolicy>) values.get("commission_status_codes"));
    }

    /** Returns {@code freight_status_codes}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<FreightPolicy>> freightStatusCodes() {
        return Optional.ofNullable((List<FreightPolicy>) values.get("freight_status_codes"));
    }

    /** Returns {@code customer_group_ids}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> customerGroupIds() {
        return Optional.ofNullable((List<String>) values.get("customer_group_ids"));
    }

    /** Returns {@code pricing_group_ids}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> pricingGroupIds() {
        return Optional.ofNullable((List<String>) values.get("pricing_group_ids"));
    }

    /** Returns {@code carrier_ids}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> carrierIds() {
        return Optional.ofNullable((List<String>) values.get("carrier_ids"));
    }

    /** Returns {@code service_level_ids}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> serviceLevelIds() {
        return Optional.ofNullable((List<String>) values.get("service_level_ids"));
    }

    /** Returns {@code payment_term_ids}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> paymentTermIds() {
        return Optional.ofNullable((List<String>) values.get("payment_term_ids"));
    }

    /** Returns {@code shipping_term_ids}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> shippingTermIds() {
        return Optional.ofNullable((List<String>) values.get("shipping_term_ids"));
    }

    /** Returns {@code sales_rep_ids}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> salesRepIds() {
        return Optional.ofNullable((List<String>) values.get("sales_rep_ids"));
    }

    /** Returns {@code parent_account_status}, or empty when not set. */
    public Optional<String> parentAccountStatus() {
        return Optional.ofNullable((String) values.get("parent_account_status"));
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
        return o instanceof CustomerListParams
                && ((CustomerListParams) o).values.equals(values)
                && ((CustomerListParams) o).include.equals(include);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values, include);
    }

    @Override
    public String toString() {
        return "CustomerListParams" + values + (include.isEmpty() ? "" : " include=" + include);
    }

    /** Builds a {@link CustomerListParams}. Not thread-safe. */
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
        /** Sets {@code starts_at}: created at or after. */
        public Builder startsAt(Instant startsAt) {
            values.put("starts_at", Objects.requireNonNull(startsAt, "startsAt == null"));
            return this;
        }
        /** Sets {@code ends_at}: created at or before. */
        public Builder endsAt(Instant endsAt) {
            values.put("ends_at", Objects.requireNonNull(endsAt, "endsAt == null"));
            return this;
        }
        /** Sets {@code city}: exact match on any address. */
        public Builder city(String city) {
            values.put("city", Objects.requireNonNull(city, "city == null"));
            return this;
        }
        /** Sets {@code state}: exact match on any address. */
        public Builder state(String state) {
            values.put("state", Objects.requireNonNull(state, "state == null"));
            return this;
        }
        /** Sets {@code postal_code}: exact match on any address. */
        public Builder postalCode(String postalCode) {
            values.put("postal_code", Objects.requireNonNull(postalCode, "postalCode == null"));
            return this;
        }
        /**
         * Sets {@code status_codes}: customer statuses.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder statusCodes(Collection<? extends CustomerStatus> statusCodes) {
            Objects.requireNonNull(statusCodes, "statusCodes == null");
            List<CustomerStatus> copy = new ArrayList<>();
            for (CustomerStatus each : statusCodes) {
                copy.add(Objects.requireNonNull(each, "statusCodes has a null element"));
            }
            values.put("status_codes", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code status_codes}; see {@link #statusCodes(Collection)}. */
        public Builder statusCodes(CustomerStatus... statusCodes) {
            return statusCodes(java.util.Arrays.asList(statusCodes));
        }
        /**
         * Sets {@code commission_status_codes}: own commission policies.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder commissionStatusCodes(Collection<? extends CommissionPolicy> commissionStatusCodes) {
            Objects.requireNonNull(commissionStatusCodes, "commissionStatusCodes == null");
            List<CommissionPolicy> copy = new ArrayList<>();
            for (CommissionPolicy each : commissionStatusCodes) {
                copy.add(Objects.requireNonNull(each, "commissionStatusCodes has a null element"));
            }
            values.put("commission_status_codes", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code commission_status_codes}; see {@link #commissionStatusCodes(Collection)}. */
        public Builder commissionStatusCodes(CommissionPolicy... commissionStatusCodes) {
            return commissionStatusCodes(java.util.Arrays.asList(commissionStatusCodes));
        }
        /**
         * Sets {@code freight_status_codes}: own freight policies.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder freightStatusCodes(Collection<? extends FreightPolicy> freightStatusCodes) {
            Objects.requireNonNull(freightStatusCodes, "freightStatusCodes == null");
            List<FreightPolicy> copy = new ArrayList<>();
            for (FreightPolicy each : freightStatusCodes) {
                copy.add(Objects.requireNonNull(each, "freightStatusCodes has a null element"));
            }
            values.put("freight_status_codes", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code freight_status_codes}; see {@link #freightStatusCodes(Collection)}. */
        public Builder freightStatusCodes(FreightPolicy... freightStatusCodes) {
            return freightStatusCodes(java.util.Arrays.asList(freightStatusCodes));
        }
        /**
         * Sets {@code customer_group_ids}: type-group ids.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder customerGroupIds(Collection<? extends String> customerGroupIds) {
            Objects.requireNonNull(customerGroupIds, "customerGroupIds == null");
            List<String> copy = new ArrayList<>();
            for (String each : customerGroupIds) {
                copy.add(Objects.requireNonNull(each, "customerGroupIds has a null element"));
            }
            values.put("customer_group_ids", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code customer_group_ids}; see {@link #customerGroupIds(Collection)}. */
        public Builder customerGroupIds(String... customerGroupIds) {
            return customerGroupIds(java.util.Arrays.asList(customerGroupIds));
        }
        /**
         * Sets {@code pricing_group_ids}: pricing-group ids.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder pricingGroupIds(Collection<? extends String> pricingGroupIds) {
            Objects.requireNonNull(pricingGroupIds, "pricingGroupIds == null");
            List<String> copy = new ArrayList<>();
            for (String each : pricingGroupIds) {
                copy.add(Objects.requireNonNull(each, "pricingGroupIds has a null element"));
            }
            values.put("pricing_group_ids", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code pricing_group_ids}; see {@link #pricingGroupIds(Collection)}. */
        public Builder pricingGroupIds(String... pricingGroupIds) {
            return pricingGroupIds(java.util.Arrays.asList(pricingGroupIds));
        }
        /**
         * Sets {@code carrier_ids}: default carriers.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder carrierIds(Collection<? extends String> carrierIds) {
            Objects.requireNonNull(carrierIds, "carrierIds == null");
            List<String> copy = new ArrayList<>();
            for (String each : carrierIds) {
                copy.add(Objects.requireNonNull(each, "carrierIds has a null element"));
            }
            values.put("carrier_ids", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code carrier_ids}; see {@link #carrierIds(Collection)}. */
        public Builder carrierIds(String... carrierIds) {
            return carrierIds(java.util.Arrays.asList(carrierIds));
        }
        /**
         * Sets {@code service_level_ids}: default service levels.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder serviceLevelIds(Collection<? extends String> serviceLevelIds) {
            Objects.requireNonNull(serviceLevelIds, "serviceLevelIds == null");
            List<String> copy = new ArrayList<>();
            for (String each : serviceLevelIds) {
                copy.add(Objects.requireNonNull(each, "serviceLevelIds has a null element"));
            }
            values.put("service_level_ids", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code service_level_ids}; see {@link #serviceLevelIds(Collection)}. */
        public Builder serviceLevelIds(String... serviceLevelIds) {
            return serviceLevelIds(java.util.Arrays.asList(serviceLevelIds));
        }
        /**
         * Sets {@code payment_term_ids}: default payment terms.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder paymentTermIds(Collection<? extends String> paymentTermIds) {
            Objects.requireNonNull(paymentTermIds, "paymentTermIds == null");
            List<String> copy = new ArrayList<>();
            for (String each : paymentTermIds) {
                copy.add(Objects.requireNonNull(each, "paymentTermIds has a null element"));
            }
            values.put("payment_term_ids", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code payment_term_ids}; see {@link #paymentTermIds(Collection)}. */
        public Builder paymentTermIds(String... paymentTermIds) {
            return paymentTermIds(java.util.Arrays.asList(paymentTermIds));
        }
        /**
         * Sets {@code shipping_term_ids}: default shipping terms.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder shippingTermIds(Collection<? extends String> shippingTermIds) {
            Objects.requireNonNull(shippingTermIds, "shippingTermIds == null");
            List<String> copy = new ArrayList<>();
            for (String each : shippingTermIds) {
                copy.add(Objects.requireNonNull(each, "shippingTermIds has a null element"));
            }
            values.put("shipping_term_ids", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code shipping_term_ids}; see {@link #shippingTermIds(Collection)}. */
        public Builder shippingTermIds(String... shippingTermIds) {
            return shippingTermIds(java.util.Arrays.asList(shippingTermIds));
        }
        /**
         * Sets {@code sales_rep_ids}: default sales reps.
         *
         * @throws NullPointerException if an element is null
         */
        public Builder salesRepIds(Collection<? extends String> salesRepIds) {
            Objects.requireNonNull(salesRepIds, "salesRepIds == null");
            List<String> copy = new ArrayList<>();
            for (String each : salesRepIds) {
                copy.add(Objects.requireNonNull(each, "salesRepIds has a null element"));
            }
            values.put("sales_rep_ids", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code sales_rep_ids}; see {@link #salesRepIds(Collection)}. */
        public Builder salesRepIds(String... salesRepIds) {
            return salesRepIds(java.util.Arrays.asList(salesRepIds));
        }
        /** Sets {@code parent_account_status}: {@code parent} or {@code non_parent}. */
        public Builder parentAccountStatus(String parentAccountStatus) {
            values.put(
                    "parent_account_status",
                    Objects.requireNonNull(parentAccountStatus, "parentAccountStatus == null"));
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
        public CustomerListParams build() {
            return new CustomerListParams(this);
        }
    }
}
