package com.augno.sdk.sales;

import com.augno.sdk.internal.params.ParamValues;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Changes of {@code client.customers().update(...)} (PATCH): a field not set stays as it is, a {@code clearX()} sends {@code null} and removes the stored value, a set field is changed.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class CustomerUpdateParams {
    private final ParamValues values;

    private CustomerUpdateParams(Builder builder) {
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

    /** Returns {@code number}, or empty when not set. */
    public Optional<String> number() {
        return values.get("number", String.class);
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

    /** Returns {@code bill_to_address_id}, or empty when not set or cleared. */
    public Optional<String> billToAddressId() {
        return values.get("bill_to_address_id", String.class);
    }

    /** Returns true when {@code bill_to_address_id} is sent as an explicit {@code null} (cleared). */
    public boolean clearsBillToAddressId() {
        return values.clears("bill_to_address_id");
    }

    /** Returns {@code ship_to_address_id}, or empty when not set or cleared. */
    public Optional<String> shipToAddressId() {
        return values.get("ship_to_address_id", String.class);
    }

    /** Returns true when {@code ship_to_address_id} is sent as an explicit {@code null} (cleared). */
    public boolean clearsShipToAddressId() {
        return values.clears("ship_to_address_id");
    }

    /** Returns {@code note}, or empty when not set or cleared. */
    public Optional<String> note() {
        return values.get("note", String.class);
    }

    /** Returns true when {@code note} is sent as an explicit {@code null} (cleared). */
    public boolean clearsNote() {
        return values.clears("note");
    }

    /** Returns {@code email}, or empty when not set or cleared. */
    public Optional<String> email() {
        return values.get("email", String.class);
    }

    /** Returns true when {@code email} is sent as an explicit {@code null} (cleared). */
    public boolean clearsEmail() {
        return values.clears("email");
    }

    /** Returns {@code phone}, or empty when not set or cleared. */
    public Optional<String> phone() {
        return values.get("phone", String.class);
    }

    /** Returns true when {@code phone} is sent as an explicit {@code null} (cleared). */
    public boolean clearsPhone() {
        return values.clears("phone");
    }

    /** Returns {@code url}, or empty when not set or cleared. */
    public Optional<String> url() {
        return values.get("url", String.class);
    }

    /** Returns true when {@code url} is sent as an explicit {@code null} (cleared). */
    public boolean clearsUrl() {
        return values.clears("url");
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

    /** Returns {@code carrier_billing_account}, or empty when not set or cleared. */
    public Optional<String> carrierBillingAccount() {
        return values.get("carrier_billing_account", String.class);
    }

    /** Returns true when {@code carrier_billing_account} is sent as an explicit {@code null} (cleared). */
    public boolean clearsCarrierBillingAccount() {
        return values.clears("carrier_billing_account");
    }

    /** Returns {@code default_service_level_id}, or empty when not set or cleared. */
    public Optional<String> defaultServiceLevelId() {
        return values.get("default_service_level_id", String.class);
    }

    /** Returns true when {@code default_service_level_id} is sent as an explicit {@code null} (cleared). */
    public boolean clearsDefaultServiceLevelId() {
        return values.clears("default_service_level_id");
    }

    /** Returns {@code default_priority}, or empty when not set. */
    public Optional<Priority> defaultPriority() {
        return values.get("default_priority", Priority.class);
    }

    /** Returns {@code default_sales_rep_id}, or empty when not set or cleared. */
    public Optional<String> defaultSalesRepId() {
        return values.get("default_sales_rep_id", String.class);
    }

    /** Returns true when {@code default_sales_rep_id} is sent as an explicit {@code null} (cleared). */
    public boolean clearsDefaultSalesRepId() {
        return values.clears("default_sales_rep_id");
    }

    /** Returns {@code customer_price_group_ids}, or empty when not set. */
    public Optional<List<String>> customerPriceGroupIds() {
        return values.list("customer_price_group_ids", String.class);
    }

    /** Returns {@code credit_limit}, or empty when not set or cleared. */
    public Optional<QuantityInput> creditLimit() {
        return values.get("credit_limit", QuantityInput.class);
    }

    /** Returns true when {@code credit_limit} is sent as an explicit {@code null} (cleared). */
    public boolean clearsCreditLimit() {
        return values.clears("credit_limit");
    }

    /** Returns {@code lead_time_days}, or empty when not set or cleared. */
    public Optional<Long> leadTimeDays() {
        return values.get("lead_time_days", Long.class);
    }

    /** Returns true when {@code lead_time_days} is sent as an explicit {@code null} (cleared). */
    public boolean clearsLeadTimeDays() {
        return values.clears("lead_time_days");
    }

    /** Returns {@code receive_calendar_id}, or empty when not set or cleared. */
    public Optional<String> receiveCalendarId() {
        return values.get("receive_calendar_id", String.class);
    }

    /** Returns true when {@code receive_calendar_id} is sent as an explicit {@code null} (cleared). */
    public boolean clearsReceiveCalendarId() {
        return values.clears("receive_calendar_id");
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
        return o instanceof CustomerUpdateParams && ((CustomerUpdateParams) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.describe("CustomerUpdateParams");
    }

    /** Builds a {@link CustomerUpdateParams}. Not thread-safe. */
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
        /** Sets {@code number}: unique in the account. */
        public Builder number(String number) {
            values.set("number", number, "number");
            return this;
        }
        /** Sets {@code customer_type_group_id}: type group. */
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
        /** Sets {@code bill_to_address_id}: an existing address id. */
        public Builder billToAddressId(String billToAddressId) {
            values.set("bill_to_address_id", billToAddressId, "billToAddressId");
            return this;
        }
        /** Clears {@code bill_to_address_id}: sends an explicit JSON {@code null}, which removes the stored value. */
        public Builder clearBillToAddressId() {
            values.clear("bill_to_address_id");
            return this;
        }
        /** Sets {@code ship_to_address_id}: an existing address id. */
        public Builder shipToAddressId(String shipToAddressId) {
            values.set("ship_to_address_id", shipToAddressId, "shipToAddressId");
            return this;
        }
        /** Clears {@code ship_to_address_id}: sends an explicit JSON {@code null}, which removes the stored value. */
        public Builder clearShipToAddressId() {
            values.clear("ship_to_address_id");
            return this;
        }
        /** Sets {@code note}: free-form note. */
        public Builder note(String note) {
            values.set("note", note, "note");
            return this;
        }
        /** Clears {@code note}: sends an explicit JSON {@code null}, which removes the stored value. */
        public Builder clearNote() {
            values.clear("note");
            return this;
        }
        /** Sets {@code email}: contact email. */
        public Builder email(String email) {
            values.set("email", email, "email");
            return this;
        }
        /** Clears {@code email}: sends an explicit JSON {@code null}, which removes the stored value. */
        public Builder clearEmail() {
            values.clear("email");
            return this;
        }
        /** Sets {@code phone}: contact phone. */
        public Builder phone(String phone) {
            values.set("phone", phone, "phone");
            return this;
        }
        /** Clears {@code phone}: sends an explicit JSON {@code null}, which removes the stored value. */
        public Builder clearPhone() {
            values.clear("phone");
            return this;
        }
        /** Sets {@code url}: website. */
        public Builder url(String url) {
            values.set("url", url, "url");
            return this;
        }
        /** Clears {@code url}: sends an explicit JSON {@code null}, which removes the stored value. */
        public Builder clearUrl() {
            values.clear("url");
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
        /** Clears {@code carrier_billing_account}: sends an explicit JSON {@code null}, which removes the stored value. */
        public Builder clearCarrierBillingAccount() {
            values.clear("carrier_billing_account");
            return this;
        }
        /** Sets {@code default_service_level_id}: a carrier service level. */
        public Builder defaultServiceLevelId(String defaultServiceLevelId) {
            values.set("default_service_level_id", defaultServiceLevelId, "defaultServiceLevelId");
            return this;
        }
        /** Clears {@code default_service_level_id}: sends an explicit JSON {@code null}, which removes the stored value. */
        public Builder clearDefaultServiceLevelId() {
            values.clear("default_service_level_id");
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
        /** Clears {@code default_sales_rep_id}: sends an explicit JSON {@code null}, which removes the stored value. */
        public Builder clearDefaultSalesRepId() {
            values.clear("default_sales_rep_id");
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
        /** Clears {@code credit_limit}: sends an explicit JSON {@code null}, which removes the stored value. */
        public Builder clearCreditLimit() {
            values.clear("credit_limit");
            return this;
        }
        /** Sets {@code lead_time_days}: days from issue to ship-by; inherited when not set. */
        public Builder leadTimeDays(Long leadTimeDays) {
            values.set("lead_time_days", leadTimeDays, "leadTimeDays");
            return this;
        }
        /** Clears {@code lead_time_days}: sends an explicit JSON {@code null}, which removes the stored value. */
        public Builder clearLeadTimeDays() {
            values.clear("lead_time_days");
            return this;
        }
        /** Sets {@code receive_calendar_id}: the receiving calendar. */
        public Builder receiveCalendarId(String receiveCalendarId) {
            values.set("receive_calendar_id", receiveCalendarId, "receiveCalendarId");
            return this;
        }
        /** Clears {@code receive_calendar_id}: sends an explicit JSON {@code null}, which removes the stored value. */
        public Builder clearReceiveCalendarId() {
            values.clear("receive_calendar_id");
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
        public CustomerUpdateParams build() {
            return new CustomerUpdateParams(this);
        }
    }
}
