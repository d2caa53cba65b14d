package com.augno.sdk.sales;

import com.augno.sdk.model.ApiObject;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A group of customers (a type group or a pricing group). ({@code object} = {@code "account_group"})
 *
 * <p>Immutable once decoded. Fields this SDK version does not know are kept in
 * {@link #additionalProperties()} (left out of {@code toString}); a sub-object the API only sends when asked through
 * {@code include} is empty when it was not asked for.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class AccountGroup extends ApiObject {
    @JsonProperty("id")
    private final String id;

    @JsonProperty("object")
    private final @Nullable String objectTag;

    @JsonProperty("name")
    private final String name;

    @JsonProperty("description")
    private final @Nullable String description;

    @JsonProperty("type")
    private final @Nullable AccountGroupType type;

    @JsonProperty("commission_policy")
    private final @Nullable CommissionPolicy commissionPolicy;

    @JsonProperty("freight_policy")
    private final @Nullable FreightPolicy freightPolicy;

    @JsonProperty("default_lead_time_days")
    private final @Nullable Integer defaultLeadTimeDays;

    @JsonProperty("created_at")
    private final @Nullable Instant createdAt;

    @JsonProperty("updated_at")
    private final @Nullable Instant updatedAt;

    @JsonCreator
    private AccountGroup(
            @JsonProperty("id") String id,
            @JsonProperty("object") @Nullable String objectTag,
            @JsonProperty("name") String name,
            @JsonProperty("description") @Nullable String description,
            @JsonProperty("type") @Nullable AccountGroupType type,
            @JsonProperty("commission_policy") @Nullable CommissionPolicy commissionPolicy,
            @JsonProperty("freight_policy") @Nullable FreightPolicy freightPolicy,
            @JsonProperty("default_lead_time_days") @Nullable Integer defaultLeadTimeDays,
            @JsonProperty("created_at") @Nullable Instant createdAt,
            @JsonProperty("updated_at") @Nullable Instant updatedAt) {
        this.id = id;
        this.objectTag = objectTag;
        this.name = name;
        this.description = description;
        this.type = type;
        this.commissionPolicy = commissionPolicy;
        this.freightPolicy = freightPolicy;
        this.defaultLeadTimeDays = defaultLeadTimeDays;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** The id ({@code acgp_...}). */
    public String id() {
        return id;
    }

    /** The constant type tag the API sends with every object. */
    public Optional<String> objectTag() {
        return Optional.ofNullable(objectTag);
    }

    /** The name. */
    public String name() {
        return name;
    }

    /** The description. */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** {@code pricing_group} or {@code type_group}. */
    public Optional<AccountGroupType> type() {
        return Optional.ofNullable(type);
    }

    /** The commission policy. */
    public Optional<CommissionPolicy> commissionPolicy() {
        return Optional.ofNullable(commissionPolicy);
    }

    /** The freight policy. */
    public Optional<FreightPolicy> freightPolicy() {
        return Optional.ofNullable(freightPolicy);
    }

    /** The default lead time in days. */
    public Optional<Integer> defaultLeadTimeDays() {
        return Optional.ofNullable(defaultLeadTimeDays);
    }

    /** When created. */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /** When last changed. */
    public Optional<Instant> updatedAt() {
        return Optional.ofNullable(updatedAt);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AccountGroup)) {
            return false;
        }
        AccountGroup that = (AccountGroup) o;
        return Objects.equals(id, that.id)
                && Objects.equals(objectTag, that.objectTag)
                && Objects.equals(name, that.name)
                && Objects.equals(description, that.description)
                && Objects.equals(type, that.type)
                && Objects.equals(commissionPolicy, that.commissionPolicy)
                && Objects.equals(freightPolicy, that.freightPolicy)
                && Objects.equals(defaultLeadTimeDays, that.defaultLeadTimeDays)
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
                description,
                type,
                commissionPolicy,
                freightPolicy,
                defaultLeadTimeDays,
                createdAt,
                updatedAt,
                additionalProperties());
    }

    @Override
    public String toString() {
        return "AccountGroup{" + "id=" + id + ", "
                + "objectTag=" + objectTag + ", "
                + "name=" + name + ", "
                + "description=" + description + ", "
                + "type=" + type + ", "
                + "commissionPolicy=" + commissionPolicy + ", "
                + "freightPolicy=" + freightPolicy + ", "
                + "defaultLeadTimeDays=" + defaultLeadTimeDays + ", "
                + "createdAt=" + createdAt + ", "
                + "updatedAt=" + updatedAt + "}";
    }
}
