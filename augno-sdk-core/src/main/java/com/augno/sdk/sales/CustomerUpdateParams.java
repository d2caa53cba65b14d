package com.augno.sdk.sales;

import com.augno.sdk.internal.resources.Wire;
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
 * Changes of {@code client.customers().update(...)} (PATCH): a field not set stays as it is, a {@code clearX()} sends {@code null} and removes the stored value, a set field is changed.
 *
 * <p>Immutable; build with {@link #builder()}. Only what is set is sent.
 */
public final class CustomerUpdateParams {
    private final Map<String, @Nullable Object> values;
    private final List<String> include;

    private CustomerUpdateParams(Builder builder) {
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

    /** Returns {@code name}, or empty when not set. */
    public Optional<String> name() {
        return Optional.ofNullable((String) values.get("name"));
    }

    /** Returns {@code number}, or empty when not set. */
    public Optional<String> number() {
        return Optional.ofNullable((String) values.get("number"));
    }

    /** Returns {@code customer_type_group_id}, or empty when not set. */
    public Optional<String> customerTypeGroupId() {
        return Optional.ofNullable((String) values.get("customer_type_group_id"));
    }

    /** Returns {@code default_carrier_id}, or empty when not set. */
    public Optional<String> defaultCarrierId() {
        return Optional.ofNullable((String) values.get("default_carrier_id"));
    }

    /** Returns {@code default_payment_term_id}, or empty when not set. */
    public Optional<String> defaultPaymentTermId() {
        return Optional.ofNullable((String) values.get("default_payment_term_id"));
    }

    /** Returns {@code default_shipping_term_id}, or empty when not set. */
    public Optional<String> defaultShippingTermId() {
        return Optional.ofNullable((String) values.get("default_shipping_term_id"));
    }

    /** Returns {@code bill_to_address_id}, or empty when not set or cleared. */
    public Optional<String> billToAddressId() {
        return Optional.ofNullable((String) values.get("bill_to_address_id"));
    }

    /** Returns true when {@code bill_to_address_id} is sent as an explicit {@code null} (cleared). */
    public boolean clearsBillToAddressId() {
        return values.containsKey("bill_to_address_id") && values.get("bill_to_address_id") == null;
    }

    /** Returns {@code ship_to_address_id}, or empty when not set or cleared. */
    public Optional<String> shipToAddressId() {
        return Optional.ofNullable((String) values.get("ship_to_address_id"));
    }

    /** Returns true when {@code ship_to_address_id} is sent as an explicit {@code null} (cleared). */
    public boolean clearsShipToAddressId() {
        return values.containsKey("ship_to_address_id") && values.get("ship_to_address_id") == null;
    }

    /** Returns {@code note}, or empty when not set or cleared. */
    public Optional<String> note() {
        return Optional.ofNullable((String) values.get("note"));
    }

    /** Returns true when {@code note} is sent as an explicit {@code null} (cleared). */
    public boolean clearsNote() {
        return values.containsKey("note") && values.get("note") == null;
    }

    /** Returns {@code email}, or empty when not set or cleared. */
    public Optional<String> email() {
        return Optional.ofNullable((String) values.get("email"));
    }

    /** Returns true when {@code email} is sent as an explicit {@code null} (cleared). */
    public boolean clearsEmail() {
        return values.containsKey("email") && values.get("email") == null;
    }

    /** Returns {@code phone}, or empty when not set or cleared. */
    public Optional<String> phone() {
        return Optional.ofNullable((String) values.get("phone"));
    }

    /** Returns true when {@code phone} is sent as an explicit {@code null} (cleared). */
    public boolean clearsPhone() {
        return values.containsKey("phone") && values.get("phone") == null;
    }

    /** Returns {@code url}, or empty when not set or cleared. */
    public Optional<String> url() {
        return Optional.ofNullable((String) values.get("url"));
    }

    /** Returns true when {@code url} is sent as an explicit {@code null} (cleared). */
    public boolean clearsUrl() {
        return values.containsKey("url") && values.get("url") == null;
    }

    /** Returns {@code status}, or empty when not set. */
    public Optional<CustomerStatus> status() {
        return Optional.ofNullable((CustomerStatus) values.get("status"));
    }

    /** Returns {@code edi_status}, or empty when not set. */
    public Optional<EdiStatus> ediStatus() {
        return Optional.ofNullable((EdiStatus) values.get("edi_status"));
    }

    /** Returns {@code commission_policy}, or empty when not set. */
    public Optional<CommissionPolicy> commissionPolicy() {
        return Optional.ofNullable((CommissionPolicy) values.get("commission_policy"));
    }

    /** Returns {@code freight_policy}, or empty when not set. */
    public Optional<FreightPolicy> freightPolicy() {
        return Optional.ofNullable((FreightPolicy) values.get("freight_policy"));
    }

    /** Returns {@code carrier_billing_type}, or empty when not set. */
    public Optional<CarrierBillingType> carrierBillingType() {
        return Optional.ofNullable((CarrierBillingType) values.get("carrier_billing_type"));
    }

    /** Returns {@code carrier_billing_account}, or empty when not set or cleared. */
    public Optional<String> carrierBillingAccount() {
        return Optional.ofNullable((String) values.get("carrier_billing_account"));
    }

    /** Returns true when {@code carrier_billing_account} is sent as an explicit {@code null} (cleared). */
    public boolean clearsCarrierBillingAccount() {
        return values.containsKey("carrier_billing_account") && values.get("carrier_billing_account") == null;
    }

    /** Returns {@code default_service_level_id}, or empty when not set or cleared. */
    public Optional<String> defaultServiceLevelId() {
        return Optional.ofNullable((String) values.get("default_service_level_id"));
    }

    /** Returns true when {@code default_service_level_id} is sent as an explicit {@code null} (cleared). */
    public boolean clearsDefaultServiceLevelId() {
        return values.containsKey("default_service_level_id") && values.get("default_service_level_id") == null;
    }

    /** Returns {@code default_priority}, or empty when not set. */
    public Optional<Priority> defaultPriority() {
        return Optional.ofNullable((Priority) values.get("default_priority"));
    }

    /** Returns {@code default_sales_rep_id}, or empty when not set or cleared. */
    public Optional<String> defaultSalesRepId() {
        return Optional.ofNullable((String) values.get("default_sales_rep_id"));
    }

    /** Returns true when {@code default_sales_rep_id} is sent as an explicit {@code null} (cleared). */
    public boolean clearsDefaultSalesRepId() {
        return values.containsKey("default_sales_rep_id") && values.get("default_sales_rep_id") == null;
    }

    /** Returns {@code customer_price_group_ids}, or empty when not set. */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> customerPriceGroupIds() {
        return Optional.ofNullable((List<String>) values.get("customer_price_group_ids"));
    }

    /** Returns {@code credit_limit}, or empty when not set or cleared. */
    public Optional<QuantityInput> creditLimit() {
        return Optional.ofNullable((QuantityInput) values.get("credit_limit"));
    }

    /** Returns true when {@code credit_limit} is sent as an explicit {@code null} (cleared). */
    public boolean clearsCreditLimit() {
        return values.containsKey("credit_limit") && values.get("credit_limit") == null;
    }

    /** Returns {@code lead_time_days}, or empty when not set or cleared. */
    public Optional<Long> leadTimeDays() {
        return Optional.ofNullable((Long) values.get("lead_time_days"));
    }

    /** Returns true when {@code lead_time_days} is sent as an explicit {@code null} (cleared). */
    public boolean clearsLeadTimeDays() {
        return values.containsKey("lead_time_days") && values.get("lead_time_days") == null;
    }

    /** Returns {@code receive_calendar_id}, or empty when not set or cleared. */
    public Optional<String> receiveCalendarId() {
        return Optional.ofNullable((String) values.get("receive_calendar_id"));
    }

    /** Returns true when {@code receive_calendar_id} is sent as an explicit {@code null} (cleared). */
    public boolean clearsReceiveCalendarId() {
        return values.containsKey("receive_calendar_id") && values.get("receive_calendar_id") == null;
    }

    /** Returns the {@code include} paths; empty when none. */
    public List<String> include() {
        return include;
    }

    /** Not API: the JSON body: only the fields that were set, explicit nulls for cleared ones. */
    com.fasterxml.jackson.databind.node.ObjectNode toBody() {
        return Wire.body(values);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof CustomerUpdateParams
                && ((CustomerUpdateParams) o).values.equals(values)
                && ((CustomerUpdateParams) o).include.equals(include);
    }

    @Override
    public int hashCode() {
        return Objects.hash(values, include);
    }

    @Override
    public String toString() {
        return "CustomerUpdateParams" + values + (include.isEmpty() ? "" : " include=" + include);
    }

    /** Builds a {@link CustomerUpdateParams}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, @Nullable Object> values = new LinkedHashMap<>();
        private final List<String> include = new ArrayList<>();

        private Builder() {}

        /** Sets {@code name}: the business name. */
        public Builder name(String name) {
            values.put("name", Objects.requireNonNull(name, "name == null"));
            return this;
        }
        /** Sets {@code number}: unique in the account. */
        public Builder number(String number) {
            values.put("number", Objects.requireNonNull(number, "number == null"));
            return this;
        }
        /** Sets {@code customer_type_group_id}: type group. */
        public Builder customerTypeGroupId(String customerTypeGroupId) {
            values.put(
                    "customer_type_group_id",
                    Objects.requireNonNull(customerTypeGroupId, "customerTypeGroupId == null"));
            return this;
        }
        /** Sets {@code default_carrier_id}: default carrier. */
        public Builder defaultCarrierId(String defaultCarrierId) {
            values.put("default_carrier_id", Objects.requireNonNull(defaultCarrierId, "defaultCarrierId == null"));
            return this;
        }
        /** Sets {@code default_payment_term_id}: default payment term. */
        public Builder defaultPaymentTermId(String defaultPaymentTermId) {
            values.put(
                    "default_payment_term_id",
                    Objects.requireNonNull(defaultPaymentTermId, "defaultPaymentTermId == null"));
            return this;
        }
        /** Sets {@code default_shipping_term_id}: default shipping term. */
        public Builder defaultShippingTermId(String defaultShippingTermId) {
            values.put(
                    "default_shipping_term_id",
                    Objects.requireNonNull(defaultShippingTermId, "defaultShippingTermId == null"));
            return this;
        }
        /** Sets {@code bill_to_address_id}: an existing address id. */
        public Builder billToAddressId(String billToAddressId) {
            values.put("bill_to_address_id", Objects.requireNonNull(billToAddressId, "billToAddressId == null"));
            return this;
        }
        /** Clears {@code bill_to_address_id}: sends an explicit JSON {@code null}, which removes the stored value. */
        public Builder clearBillToAddressId() {
            values.put("bill_to_address_id", null);
            return this;
        }
        /** Sets {@code ship_to_address_id}: an existing address id. */
        public Builder shipToAddressId(String shipToAddressId) {
            values.put("ship_to_address_id", Objects.requireNonNull(shipToAddressId, "shipToAddressId == null"));
            return this;
        }
        /** Clears {@code ship_to_address_id}: sends an explicit JSON {@code null}, which removes the stored value. */
        public Builder clearShipToAddressId() {
            values.put("ship_to_address_id", null);
            return this;
        }
        /** Sets {@code note}: free-form note. */
        public Builder note(String note) {
            values.put("note", Objects.requireNonNull(note, "note == null"));
            return this;
        }
        /** Clears {@code note}: sends an explicit JSON {@code null}, which removes the stored value. */
        public Builder clearNote() {
            values.put("note", null);
            return this;
        }
        /** Sets {@code email}: contact email. */
        public Builder email(String email) {
            values.put("email", Objects.requireNonNull(email, "email == null"));
            return this;
        }
        /** Clears {@code email}: sends an explicit JSON {@code null}, which removes the stored value. */
        public Builder clearEmail() {
            values.put("email", null);
            return this;
        }
        /** Sets {@code phone}: contact phone. */
        public Builder phone(String phone) {
            values.put("phone", Objects.requireNonNull(phone, "phone == null"));
            return this;
        }
        /** Clears {@code phone}: sends an explicit JSON {@code null}, which removes the stored value. */
        public Builder clearPhone() {
            values.put("phone", null);
            return this;
        }
        /** Sets {@code url}: website. */
        public Builder url(String url) {
            values.put("url", Objects.requireNonNull(url, "url == null"));
            return this;
        }
        /** Clears {@code url}: sends an explicit JSON {@code null}, which removes the stored value. */
        public Builder clearUrl() {
            values.put("url", null);
            return this;
        }
        /** Sets {@code status}: the standing. */
        public Builder status(CustomerStatus status) {
            values.put("status", Objects.requireNonNull(status, "status == null"));
            return this;
        }
        /** Sets {@code edi_status}: EDI on or off. */
        public Builder ediStatus(EdiStatus ediStatus) {
            values.put("edi_status", Objects.requireNonNull(ediStatus, "ediStatus == null"));
            return this;
        }
        /** Sets {@code commission_policy}: commission policy. */
        public Builder commissionPolicy(CommissionPolicy commissionPolicy) {
            values.put("commission_policy", Objects.requireNonNull(commissionPolicy, "commissionPolicy == null"));
            return this;
        }
        /** Sets {@code freight_policy}: freight policy. */
        public Builder freightPolicy(FreightPolicy freightPolicy) {
            values.put("freight_policy", Objects.requireNonNull(freightPolicy, "freightPolicy == null"));
            return this;
        }
        /** Sets {@code carrier_billing_type}: who the carrier bills. */
        public Builder carrierBillingType(CarrierBillingType carrierBillingType) {
            values.put(
                    "carrier_billing_type", Objects.requireNonNull(carrierBillingType, "carrierBillingType == null"));
            return this;
        }
        /** Sets {@code carrier_billing_account}: the account billed for third_party. */
        public Builder carrierBillingAccount(String carrierBillingAccount) {
            values.put(
                    "carrier_billing_account",
                    Objects.requireNonNull(carrierBillingAccount, "carrierBillingAccount == null"));
            return this;
        }
        /** Clears {@code carrier_billing_account}: sends an explicit JSON {@code null}, which removes the stored value. */
        public Builder clearCarrierBillingAccount() {
            values.put("carrier_billing_account", null);
            return this;
        }
        /** Sets {@code default_service_level_id}: a carrier service level. */
        public Builder defaultServiceLevelId(String defaultServiceLevelId) {
            values.put(
                    "default_service_level_id",
                    Objects.requireNonNull(defaultServiceLevelId, "defaultServiceLevelId == null"));
            return this;
        }
        /** Clears {@code default_service_level_id}: sends an explicit JSON {@code null}, which removes the stored value. */
        public Builder clearDefaultServiceLevelId() {
            values.put("default_service_level_id", null);
            return this;
        }
        /** Sets {@code default_priority}: low, normal or high. */
        public Builder defaultPriority(Priority defaultPriority) {
            values.put("default_priority", Objects.requireNonNull(defaultPriority, "defaultPriority == null"));
            return this;
        }
        /** Sets {@code default_sales_rep_id}: an account user of your account. */
        public Builder defaultSalesRepId(String defaultSalesRepId) {
            values.put("default_sales_rep_id", Objects.requireNonNull(defaultSalesRepId, "defaultSalesRepId == null"));
            return this;
        }
        /** Clears {@code default_sales_rep_id}: sends an explicit JSON {@code null}, which removes the stored value. */
        public Builder clearDefaultSalesRepId() {
            values.put("default_sales_rep_id", null);
            return this;
        }
        /**
         * Sets {@code customer_price_group_ids}: pricing groups (replaces the set on update).
         *
         * @throws NullPointerException if an element is null
         */
        public Builder customerPriceGroupIds(Collection<? extends String> customerPriceGroupIds) {
            Objects.requireNonNull(customerPriceGroupIds, "customerPriceGroupIds == null");
            List<String> copy = new ArrayList<>();
            for (String each : customerPriceGroupIds) {
                copy.add(Objects.requireNonNull(each, "customerPriceGroupIds has a null element"));
            }
            values.put("customer_price_group_ids", Collections.unmodifiableList(copy));
            return this;
        }

        /** Sets {@code customer_price_group_ids}; see {@link #customerPriceGroupIds(Collection)}. */
        public Builder customerPriceGroupIds(String... customerPriceGroupIds) {
            return customerPriceGroupIds(java.util.Arrays.asList(customerPriceGroupIds));
        }
        /** Sets {@code credit_limit}: the credit limit. */
        public Builder creditLimit(QuantityInput creditLimit) {
            values.put("credit_limit", Objects.requireNonNull(creditLimit, "creditLimit == null"));
            return this;
        }
        /** Clears {@code credit_limit}: sends an explicit JSON {@code null}, which removes the stored value. */
        public Builder clearCreditLimit() {
            values.put("credit_limit", null);
            return this;
        }
        /** Sets {@code lead_time_days}: days from issue to ship-by; inherited when not set. */
        public Builder leadTimeDays(Long leadTimeDays) {
            values.put("lead_time_days", Objects.requireNonNull(leadTimeDays, "leadTimeDays == null"));
            return this;
        }
        /** Clears {@code lead_time_days}: sends an explicit JSON {@code null}, which removes the stored value. */
        public Builder clearLeadTimeDays() {
            values.put("lead_time_days", null);
            return this;
        }
        /** Sets {@code receive_calendar_id}: the receiving calendar. */
        public Builder receiveCalendarId(String receiveCalendarId) {
            values.put("receive_calendar_id", Objects.requireNonNull(receiveCalendarId, "receiveCalendarId == null"));
            return this;
        }
        /** Clears {@code receive_calendar_id}: sends an explicit JSON {@code null}, which removes the stored value. */
        public Builder clearReceiveCalendarId() {
            values.put("receive_calendar_id", null);
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
        public CustomerUpdateParams build() {
            return new CustomerUpdateParams(this);
        }
    }
}
