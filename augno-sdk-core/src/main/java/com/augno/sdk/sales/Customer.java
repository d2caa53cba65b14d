package com.augno.sdk.sales;

import com.augno.sdk.core.Address;
import com.augno.sdk.core.Quantity;
import com.augno.sdk.internal.resources.NestedList;
import com.augno.sdk.model.ApiObject;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A customer. Customer ids are account ids ({@code ac_...}). ({@code object} = {@code "customer"})
 *
 * <p>Immutable once decoded. Fields this SDK version does not know are kept in
 * {@link #additionalProperties()} (left out of {@code toString}); a sub-object the API only sends when asked through
 * {@code include} is empty when it was not asked for.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Customer extends ApiObject {
    @JsonProperty("id")
    private final String id;

    @JsonProperty("object")
    private final @Nullable String objectTag;

    @JsonProperty("name")
    private final String name;

    @JsonProperty("number")
    private final @Nullable String number;

    @JsonProperty("note")
    private final @Nullable String note;

    @JsonProperty("status")
    private final @Nullable CustomerStatus status;

    @JsonProperty("edi_status")
    private final @Nullable EdiStatus ediStatus;

    @JsonProperty("commission_policy")
    private final @Nullable CommissionPolicy commissionPolicy;

    @JsonProperty("relationship_type")
    private final @Nullable RelationshipType relationshipType;

    @JsonProperty("contact_info")
    private final @Nullable CustomerContactInfo contactInfo;

    @JsonProperty("freight_preferences")
    private final @Nullable CustomerFreightPreferences freightPreferences;

    @JsonProperty("defaults")
    private final @Nullable CustomerDefaults defaults;

    @JsonProperty("notification_preferences")
    private final @Nullable CustomerNotificationPreferences notificationPreferences;

    @JsonProperty("credit_limit")
    private final @Nullable Quantity creditLimit;

    @JsonProperty("bill_to_address")
    private final @Nullable Address billToAddress;

    @JsonProperty("ship_to_address")
    private final @Nullable Address shipToAddress;

    @JsonProperty("type")
    private final @Nullable AccountGroup type;

    @JsonProperty("price_groups")
    private final @Nullable NestedList<AccountGroup> priceGroups;

    @JsonProperty("parent_account")
    private final @Nullable Customer parentAccount;

    @JsonProperty("child_accounts")
    private final @Nullable NestedList<Customer> childAccounts;

    @JsonProperty("created_at")
    private final Instant createdAt;

    @JsonProperty("updated_at")
    private final Instant updatedAt;

    @JsonCreator
    private Customer(
            @JsonProperty("id") String id,
            @JsonProperty("object") @Nullable String objectTag,
            @JsonProperty("name") String name,
            @JsonProperty("number") @Nullable String number,
            @JsonProperty("note") @Nullable String note,
            @JsonProperty("status") @Nullable CustomerStatus status,
            @JsonProperty("edi_status") @Nullable EdiStatus ediStatus,
            @JsonProperty("commission_policy") @Nullable CommissionPolicy commissionPolicy,
            @JsonProperty("relationship_type") @Nullable RelationshipType relationshipType,
            @JsonProperty("contact_info") @Nullable CustomerContactInfo contactInfo,
            @JsonProperty("freight_preferences") @Nullable CustomerFreightPreferences freightPreferences,
            @JsonProperty("defaults") @Nullable CustomerDefaults defaults,
            @JsonProperty("notification_preferences") @Nullable CustomerNotificationPreferences notificationPreferences,
            @JsonProperty("credit_limit") @Nullable Quantity creditLimit,
            @JsonProperty("bill_to_address") @Nullable Address billToAddress,
            @JsonProperty("ship_to_address") @Nullable Address shipToAddress,
            @JsonProperty("type") @Nullable AccountGroup type,
            @JsonProperty("price_groups") @Nullable NestedList<AccountGroup> priceGroups,
            @JsonProperty("parent_account") @Nullable Customer parentAccount,
            @JsonProperty("child_accounts") @Nullable NestedList<Customer> childAccounts,
            @JsonProperty("created_at") Instant createdAt,
            @JsonProperty("updated_at") Instant updatedAt) {
        this.id = id;
        this.objectTag = objectTag;
        this.name = name;
        this.number = number;
        this.note = note;
        this.status = status;
        this.ediStatus = ediStatus;
        this.commissionPolicy = commissionPolicy;
        this.relationshipType = relationshipType;
        this.contactInfo = contactInfo;
        this.freightPreferences = freightPreferences;
        this.defaults = defaults;
        this.notificationPreferences = notificationPreferences;
        this.creditLimit = creditLimit;
        this.billToAddress = billToAddress;
        this.shipToAddress = shipToAddress;
        this.type = type;
        this.priceGroups = priceGroups;
        this.parentAccount = parentAccount;
        this.childAccounts = childAccounts;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** The id. */
    public String id() {
        return id;
    }

    /** The constant type tag the API sends with every object. */
    public Optional<String> objectTag() {
        return Optional.ofNullable(objectTag);
    }

    /** The business name. */
    public String name() {
        return name;
    }

    /** The customer number, unique in the account. */
    public Optional<String> number() {
        return Optional.ofNullable(number);
    }

    /** Free-form note. */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** The standing. */
    public Optional<CustomerStatus> status() {
        return Optional.ofNullable(status);
    }

    /** Whether EDI is enabled. */
    public Optional<EdiStatus> ediStatus() {
        return Optional.ofNullable(ediStatus);
    }

    /** The commission policy. */
    public Optional<CommissionPolicy> commissionPolicy() {
        return Optional.ofNullable(commissionPolicy);
    }

    /** {@code standalone}, {@code parent} or {@code child}. */
    public Optional<RelationshipType> relationshipType() {
        return Optional.ofNullable(relationshipType);
    }

    /** Contact details; include {@code contact_info}. */
    public Optional<CustomerContactInfo> contactInfo() {
        return Optional.ofNullable(contactInfo);
    }

    /** Freight settings; include {@code freight_preferences}. */
    public Optional<CustomerFreightPreferences> freightPreferences() {
        return Optional.ofNullable(freightPreferences);
    }

    /** Order defaults; include {@code defaults}. */
    public Optional<CustomerDefaults> defaults() {
        return Optional.ofNullable(defaults);
    }

    /** Notification settings; include {@code notification_preferences}. */
    public Optional<CustomerNotificationPreferences> notificationPreferences() {
        return Optional.ofNullable(notificationPreferences);
    }

    /** The credit limit; include {@code credit_limit}. */
    public Optional<Quantity> creditLimit() {
        return Optional.ofNullable(creditLimit);
    }

    /** The default billing address; include {@code bill_to_address}. */
    public Optional<Address> billToAddress() {
        return Optional.ofNullable(billToAddress);
    }

    /** The default shipping address; include {@code ship_to_address}. */
    public Optional<Address> shipToAddress() {
        return Optional.ofNullable(shipToAddress);
    }

    /** The type group; include {@code type}. */
    public Optional<AccountGroup> type() {
        return Optional.ofNullable(type);
    }

    /** The pricing groups; include {@code price_groups}. */
    public Optional<List<AccountGroup>> priceGroups() {
        return Optional.ofNullable(priceGroups).map(NestedList::data);
    }

    /** The parent; include {@code parent_account}. */
    public Optional<Customer> parentAccount() {
        return Optional.ofNullable(parentAccount);
    }

    /** The children; include {@code child_accounts}. */
    public Optional<List<Customer>> childAccounts() {
        return Optional.ofNullable(childAccounts).map(NestedList::data);
    }

    /** When the record was created. */
    public Instant createdAt() {
        return createdAt;
    }

    /** When the record was last changed. */
    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Customer)) {
            return false;
        }
        Customer that = (Customer) o;
        return Objects.equals(id, that.id)
                && Objects.equals(objectTag, that.objectTag)
                && Objects.equals(name, that.name)
                && Objects.equals(number, that.number)
                && Objects.equals(note, that.note)
                && Objects.equals(status, that.status)
                && Objects.equals(ediStatus, that.ediStatus)
                && Objects.equals(commissionPolicy, that.commissionPolicy)
                && Objects.equals(relationshipType, that.relationshipType)
                && Objects.equals(contactInfo, that.contactInfo)
                && Objects.equals(freightPreferences, that.freightPreferences)
                && Objects.equals(defaults, that.defaults)
                && Objects.equals(notificationPreferences, that.notificationPreferences)
                && Objects.equals(creditLimit, that.creditLimit)
                && Objects.equals(billToAddress, that.billToAddress)
                && Objects.equals(shipToAddress, that.shipToAddress)
                && Objects.equals(type, that.type)
                && Objects.equals(priceGroups, that.priceGroups)
                && Objects.equals(parentAccount, that.parentAccount)
                && Objects.equals(childAccounts, that.childAccounts)
                && Objects.equals(createdAt, that.createdAt)
                && Objects.equals(updatedAt, that.updatedAt)
                && additionalProperties().equals(that.additionalProperties());
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                id,
                objectTag,
                name,
                number,
                note,
                status,
                ediStatus,
                commissionPolicy,
                relationshipType,
                contactInfo,
                freightPreferences,
                defaults,
                notificationPreferences,
                creditLimit,
                billToAddress,
                shipToAddress,
                type,
                priceGroups,
                parentAccount,
                childAccounts,
                createdAt,
                updatedAt,
                additionalProperties());
    }

    @Override
    public String toString() {
        return "Customer{" + "id=" + id + ", "
                + "objectTag=" + objectTag + ", "
                + "name=" + name + ", "
                + "number=" + number + ", "
                + "note=" + note + ", "
                + "status=" + status + ", "
                + "ediStatus=" + ediStatus + ", "
                + "commissionPolicy=" + commissionPolicy + ", "
                + "relationshipType=" + relationshipType + ", "
                + "contactInfo=" + contactInfo + ", "
                + "freightPreferences=" + freightPreferences + ", "
                + "defaults=" + defaults + ", "
                + "notificationPreferences=" + notificationPreferences + ", "
                + "creditLimit=" + creditLimit + ", "
                + "billToAddress=" + billToAddress + ", "
                + "shipToAddress=" + shipToAddress + ", "
                + "type=" + type + ", "
                + "priceGroups=" + priceGroups + ", "
                + "parentAccount=" + parentAccount + ", "
                + "childAccounts=" + childAccounts + ", "
                + "createdAt=" + createdAt + ", "
                + "updatedAt=" + updatedAt + "}";
    }
}
