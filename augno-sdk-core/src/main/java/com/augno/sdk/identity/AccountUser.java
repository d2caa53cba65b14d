package com.augno.sdk.identity;

import com.augno.sdk.core.ExpandedObject;
import com.augno.sdk.model.ApiObject;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A user of your account, with the role that decides what they may do. ({@code object} = {@code "account_user"})
 *
 * <p>Immutable once decoded. Fields this SDK version does not know are kept in
 * {@link #additionalProperties()} (left out of {@code toString}); a sub-object the API only sends when asked through
 * {@code include} is empty when it was not asked for.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class AccountUser extends ApiObject {
    @JsonProperty("id")
    private final String id;

    @JsonProperty("object")
    private final @Nullable String objectTag;

    @JsonProperty("user")
    private final @Nullable User user;

    @JsonProperty("is_commission_eligible")
    private final boolean commissionEligible;

    @JsonProperty("status")
    private final @Nullable AccountUserStatus status;

    @JsonProperty("role")
    private final @Nullable Role role;

    @JsonProperty("department")
    private final @Nullable ExpandedObject department;

    @JsonProperty("last_used_at")
    private final @Nullable Instant lastUsedAt;

    @JsonProperty("created_at")
    private final Instant createdAt;

    @JsonProperty("updated_at")
    private final Instant updatedAt;

    @JsonCreator
    private AccountUser(
            @JsonProperty("id") String id,
            @JsonProperty("object") @Nullable String objectTag,
            @JsonProperty("user") @Nullable User user,
            @JsonProperty("is_commission_eligible") @Nullable Boolean commissionEligible,
            @JsonProperty("status") @Nullable AccountUserStatus status,
            @JsonProperty("role") @Nullable Role role,
            @JsonProperty("department") @Nullable ExpandedObject department,
            @JsonProperty("last_used_at") @Nullable Instant lastUsedAt,
            @JsonProperty("created_at") Instant createdAt,
            @JsonProperty("updated_at") Instant updatedAt) {
        this.id = id;
        this.objectTag = objectTag;
        this.user = user;
        this.commissionEligible = commissionEligible != null && commissionEligible;
        this.status = status;
        this.role = role;
        this.department = department;
        this.lastUsedAt = lastUsedAt;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** The id ({@code acus_...}). */
    public String id() {
        return id;
    }

    /** The constant type tag the API sends with every object. */
    public Optional<String> objectTag() {
        return Optional.ofNullable(objectTag);
    }

    /**
     * The person: name, email, username, image ({@code 1.0.forge-preview.3} moved them here from
     * the top level); include {@code user}.
     */
    public Optional<User> user() {
        return Optional.ofNullable(user);
    }

    /** Whether the user can be assigned as a sales representative ({@code is_commission_eligible}). */
    public boolean isCommissionEligible() {
        return commissionEligible;
    }

    /** The status. */
    public Optional<AccountUserStatus> status() {
        return Optional.ofNullable(status);
    }

    /** The role; include {@code role}. */
    public Optional<Role> role() {
        return Optional.ofNullable(role);
    }

    /** The department; include {@code department}. */
    public Optional<ExpandedObject> department() {
        return Optional.ofNullable(department);
    }

    /** When last active. */
    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    /** When the record was created. */
    public Instant createdAt() {
        return createdAt;
    }

    /** When the record was last changed. */
    public Instant updatedAt() {
        return updatedAt;
    }

    /** Returns true when this user's role was included and is of type {@code admin} (may manage API keys). */
    public boolean isAdmin() {
        return role != null && role.isAdmin();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AccountUser)) {
            return false;
        }
        AccountUser that = (AccountUser) o;
        return Objects.equals(id, that.id)
                && Objects.equals(objectTag, that.objectTag)
                && Objects.equals(user, that.user)
                && commissionEligible == that.commissionEligible
                && Objects.equals(status, that.status)
                && Objects.equals(role, that.role)
                && Objects.equals(department, that.department)
                && Objects.equals(lastUsedAt, that.lastUsedAt)
                && Objects.equals(createdAt, that.createdAt)
                && Objects.equals(updatedAt, that.updatedAt)
                && additionalProperties().equals(that.additionalProperties());
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                id,
                objectTag,
                user,
                commissionEligible,
                status,
                role,
                department,
                lastUsedAt,
                createdAt,
                updatedAt,
                additionalProperties());
    }

    @Override
    public String toString() {
        return "AccountUser{" + "id=" + id + ", "
                + "objectTag=" + objectTag + ", "
                + "user=" + user + ", "
                + "commissionEligible=" + commissionEligible + ", "
                + "status=" + status + ", "
                + "role=" + role + ", "
                + "department=" + department + ", "
                + "lastUsedAt=" + lastUsedAt + ", "
                + "createdAt=" + createdAt + ", "
                + "updatedAt=" + updatedAt + "}";
    }
}
