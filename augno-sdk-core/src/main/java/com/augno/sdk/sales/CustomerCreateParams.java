package com.augno.sdk.sales;

import com.augno.sdk.internal.params.ParamValues;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The new customer of {@code client.customers().create(...)}.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class CustomerCreateParams {
    private final ParamValues values;

    private CustomerCreateParams(Builder builder) {
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

    /** Returns {@code name}, or empty when not set. */
    public Optional<String> name() {
        return values.get("name", String.class);
    }

    /** Returns {@code customer_type_group_id}, or empty when not set. */
    public Optional<String> customerTypeGroupId() {
        return values.get("customer_type_group_id", String.class);
    }

    /** Returns {@code default_carrier_id}, or empty when not set. */
    public Optional<String> defaultCarrierId() {
        return values.get("default_carrier_id", String.class);
    }

    /** Returns {@code default_payment_term_id}, or empty when not set. */
    public Optional<String> defaultPaymentTermId() {
        return values.get("default_payment_term_id", String.class);
    }

    /** Returns {@code default_shipping_term_id}, or empty when not set. */
    public Optional<String> defaultShippingTermId() {
        return values.get("default_shipping_term_id", String.class);
    }

    /** Returns {@code bill_to_address}, or empty when not set. */
    public Optional<AddressInput> billToAddress() {
        return values.get("bill_to_address", AddressInput.class);
    }

    /** Returns {@code ship_to_address}, or empty when not set. */
    public Optional<AddressInput> shipToAddress() {
        return values.get("ship_to_address", AddressInput.class);
    }

    /** Returns {@code number}, or empty when not set. */
    public Optional<String> number() {
        return values.get("number", String.class);
    }

    /** Returns {@code note}, or empty when not set. */
    public Optional<String> note() {
        return values.get("note", String.class);
    }

    /** Returns {@code email}, or empty when not set. */
    public Optional<String> email() {
        return values.get("email", String.class);
    }

    /** Returns {@code phone}, or empty when not set. */
    public Optional<String> phone() {
        return values.get("phone", String.class);
    }

    /** Returns {@code url}, or empty when not set. */
    public Optional<String> url() {
        return values.get("url", String.class);
    }

    /** Returns {@code status}, or empty when not set. */
    public Optional<CustomerStatus> status() {
        return values.get("status", CustomerStatus.class);
    }

    /** Returns {@code edi_status}, or empty when not set. */
    public Optional<EdiStatus> ediStatus() {
        return values.get("edi_status", EdiStatus.class);
    }

    /** Returns {@code commission_policy}, or empty when not set. */
    public Optional<CommissionPolicy> commissionPolicy() {
        return values.get("commission_policy", CommissionPolicy.class);
    }

    /** Returns {@code freight_policy}, or empty when not set. */
    public Optional<FreightPolicy> freightPolicy() {
        return values.get("freight_policy", FreightPolicy.class);
    }

    /** Returns {@code carrier_billing_type}, or empty when not set. */
    public Optional<CarrierBillingType> carrierBillingType() {
        return values.get("carrier_billing_type", CarrierBillingType.class);
    }

    /** Returns {@code carrier_billing_account}, or empty when not set. */
    public Optional<String> carrierBillingAccount() {
        return values.get("carrier_billing_account", String.class);
    }

    /** Returns {@code default_service_level_id}, or empty when not set. */
    public Optional<String> defaultServiceLevelId() {
        return values.get("default_service_level_id", String.class);
    }

    /** Returns {@code default_priority}, or empty when not set. */
    public Optional<Priority> defaultPriority() {
        return values.get("default_priority", Priority.class);
    }

    /** Returns {@code default_sales_rep_id}, or empty when not set. */
    public Optional<String> defaultSalesRepId() {
        return values.get("default_sales_rep_id", String.class);
    }

    /** Returns {@code customer_price_group_ids}, or empty when not set. */
    public Optional<List<String>> customerPriceGroupIds() {
        return values.list("customer_price_group_ids", String.class);
    }

    /** Returns {@code credit_limit}, or empty when not set. */
    public Optional<QuantityInput> creditLimit() {
        return values.get("credit_limit", QuantityInput.class);
    }

    /** Returns {@code lead_time_days}, or empty when not set. */
    public Optional<Long> leadTimeDays() {
        return values.get("lead_time_days", Long.class);
    }

    /** Returns {@code receive_calendar_id}, or empty when not set. */
    public Optional<String> receiveCalendarId() {
        return values.get("receive_calendar_id", String.class);
    }

    /** Returns the {@code include} paths; empty when none. */
    public List<String> include() {
        return values.include();
    }

    /** Not API: the JSON body: only the fields that were set, explicit nulls for cleared ones. */
    com.fasterxml.jackson.databind.node.ObjectNode toBody() {
        return values.toBody();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof CustomerCreateParams && ((CustomerCreateParams) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.describe("CustomerCreateParams");
    }

    /** Builds a {@link CustomerCreateParams}. Not thread-safe. */
    public static final class Builder {
        private final ParamValues.Builder values;

        private Builder(ParamValues.Builder values) {
            this.values = values;
        }

        /** Sets {@code name}: the business name. */
        public Builder name(String name) {
            values.set("name", name, "name");
            return this;
        }
        /** Sets {@code customer_type_group_id}: an account group of type type_group. */
        public Builder customerTypeGroupId(String customerTypeGroupId) {
            values.set("customer_type_group_id", customerTypeGroupId, "customerTypeGroupId");
            return this;
        }
        /** Sets {@code default_carrier_id}: default carrier. */
        public Builder defaultCarrierId(String defaultCarrierId) {
            values.set("default_carrier_id", defaultCarrierId, "defaultCarrierId");
            return this;
        }
        /** Sets {@code default_payment_term_id}: default payment term. */
        public Builder defaultPaymentTermId(String defaultPaymentTermId) {
            values.set("default_payment_term_id", defaultPaymentTermId, "defaultPaymentTermId");
            return this;
        }
        /** Sets {@code default_shipping_term_id}: default shipping term. */
        public Builder defaultShippingTermId(String defaultShippingTermId) {
            values.set("default_shipping_term_id", defaultShippingTermId, "defaultShippingTermId");
            return this;
        }
        /** Sets {@code bill_to_address}: created inline. */
        public Builder billToAddress(AddressInput billToAddress) {
            values.set("bill_to_address", billToAddress, "billToAddress");
            return this;
        }
        /** Sets {@code ship_to_address}: created inline. */
        public Builder shipToAddress(AddressInput shipToAddress) {
            values.set("ship_to_address", shipToAddress, "shipToAddress");
            return this;
        }
        /** Sets {@code number}: unique in the account; the next number when not set. */
        public Builder number(String number) {
            values.set("number", number, "number");
            return this;
        }
        /** Sets {@code note}: free-form note. */
        public Builder note(String note) {
            values.set("note", note, "note");
            return this;
        }
        /** Sets {@code email}: contact email. */
        public Builder email(String email) {
            values.set("email", email, "email");
            return this;
        }
        /** Sets {@code phone}: contact phone. */
        public Builder phone(String phone) {
            values.set("phone", phone, "phone");
            return this;
        }
        /** Sets {@code url}: website. */
        public Builder url(String url) {
            values.set("url", url, "url");
            return this;
        }
        /** Sets {@code status}: the standing. */
        public Builder status(CustomerStatus status) {
            values.set("status", status, "status");
            return this;
        }
        /** Sets {@code edi_status}: EDI on or off. */
        public Builder ediStatus(EdiStatus ediStatus) {
            values.set("edi_status", ediStatus, "ediStatus");
            return this;
        }
        /** Sets {@code commission_policy}: commission policy. */
        public Builder commissionPolicy(CommissionPolicy commissionPolicy) {
            values.set("commission_policy", commissionPolicy, "commissionPolicy");
            return this;
        }
        /** Sets {@code freight_policy}: freight policy. */
        public Builder freightPolicy(FreightPolicy freightPolicy) {
            values.set("freight_policy", freightPolicy, "freightPolicy");
            return this;
        }
        /** Sets {@code carrier_billing_type}: who the carrier bills. */
        public Builder carrierBillingType(CarrierBillingType carrierBillingType) {
            values.set("carrier_billing_type", carrierBillingType, "carrierBillingType");
            return this;
        }
        /** Sets {@code carrier_billing_account}: the account billed for third_party. */
        public Builder carrierBillingAccount(String carrierBillingAccount) {
            values.set("carrier_billing_account", carrierBillingAccount, "carrierBillingAccount");
            return this;
        }
        /** Sets {@code default_service_level_id}: a carrier service level. */
        public Builder defaultServiceLevelId(String defaultServiceLevelId) {
            values.set("default_service_level_id", defaultServiceLevelId, "defaultServiceLevelId");
            return this;
        }
        /** Sets {@code default_priority}: low, normal or high. */
        public Builder defaultPriority(Priority defaultPriority) {
            values.set("default_priority", defaultPriority, "defaultPriority");
            return this;
        }
        /** Sets {@code default_sales_rep_id}: an account user of your account. */
        public Builder defaultSalesRepId(String defaultSalesRepId) {
            values.set("default_sales_rep_id", defaultSalesRepId, "defaultSalesRepId");
            return this;
        }
        /**
         * Sets {@code customer_price_group_ids}: pricing groups (replaces the set on update).
         *
         * @throws NullPointerException if an element is null
         */
        public Builder customerPriceGroupIds(Collection<? extends String> customerPriceGroupIds) {
            values.setList("customer_price_group_ids", customerPriceGroupIds, "customerPriceGroupIds");
            return this;
        }

        /** Sets {@code customer_price_group_ids}; see {@link #customerPriceGroupIds(Collection)}. */
        public Builder customerPriceGroupIds(String... customerPriceGroupIds) {
            return customerPriceGroupIds(Arrays.asList(customerPriceGroupIds));
        }
        /** Sets {@code credit_limit}: the credit limit. */
        public Builder creditLimit(QuantityInput creditLimit) {
            values.set("credit_limit", creditLimit, "creditLimit");
            return this;
        }
        /** Sets {@code lead_time_days}: days from issue to ship-by; inherited when not set. */
        public Builder leadTimeDays(Long leadTimeDays) {
            values.set("lead_time_days", leadTimeDays, "leadTimeDays");
            return this;
        }
        /** Sets {@code receive_calendar_id}: the receiving calendar. */
        public Builder receiveCalendarId(String receiveCalendarId) {
            values.set("receive_calendar_id", receiveCalendarId, "receiveCalendarId");
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
        public CustomerCreateParams build() {
            values.require("name", "name");
            values.require("customer_type_group_id", "customerTypeGroupId");
            values.require("default_carrier_id", "defaultCarrierId");
            values.require("default_payment_term_id", "defaultPaymentTermId");
            values.require("default_shipping_term_id", "defaultShippingTermId");
            values.require("bill_to_address", "billToAddress");
            values.require("ship_to_address", "shipToAddress");
            return new CustomerCreateParams(this);
        }
    }
}
