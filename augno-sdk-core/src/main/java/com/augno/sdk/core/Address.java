package com.augno.sdk.core;

import com.augno.sdk.model.ApiObject;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An address. ({@code object} = {@code "address"})
 *
 * <p>Immutable once decoded. Fields this SDK version does not know are kept in
 * {@link #additionalProperties()} (left out of {@code toString}); a sub-object the API only sends when asked through
 * {@code include} is empty when it was not asked for.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class Address extends ApiObject {
    @JsonProperty("id")
    private final String id;

    @JsonProperty("object")
    private final @Nullable String objectTag;

    @JsonProperty("name")
    private final String name;

    @JsonProperty("email")
    private final @Nullable String email;

    @JsonProperty("phone")
    private final @Nullable String phone;

    @JsonProperty("geolocation")
    private final @Nullable Geolocation geolocation;

    @JsonProperty("type")
    private final @Nullable AddressType type;

    @JsonProperty("receive_calendar_id")
    private final @Nullable String receiveCalendarId;

    @JsonProperty("created_at")
    private final Instant createdAt;

    @JsonProperty("updated_at")
    private final Instant updatedAt;

    @JsonCreator
    private Address(
            @JsonProperty("id") String id,
            @JsonProperty("object") @Nullable String objectTag,
            @JsonProperty("name") String name,
            @JsonProperty("email") @Nullable String email,
            @JsonProperty("phone") @Nullable String phone,
            @JsonProperty("geolocation") @Nullable Geolocation geolocation,
            @JsonProperty("type") @Nullable AddressType type,
            @JsonProperty("receive_calendar_id") @Nullable String receiveCalendarId,
            @JsonProperty("created_at") Instant createdAt,
            @JsonProperty("updated_at") Instant updatedAt) {
        this.id = id;
        this.objectTag = objectTag;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.geolocation = geolocation;
        this.type = type;
        this.receiveCalendarId = receiveCalendarId;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** The id ({@code ad_...}). */
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

    /** The email address. */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** The phone number. */
    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    /** The postal location. */
    public Optional<Geolocation> geolocation() {
        return Optional.ofNullable(geolocation);
    }

    /** {@code standard} or {@code drop_ship} (older API versions sent {@code is_drop_ship}, kept in additional properties). */
    public Optional<AddressType> type() {
        return Optional.ofNullable(type);
    }

    /** The receiving calendar; empty falls back to the customer, then the group, then the account default. */
    public Optional<String> receiveCalendarId() {
        return Optional.ofNullable(receiveCalendarId);
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
        if (!(o instanceof Address)) {
            return false;
        }
        Address that = (Address) o;
        return Objects.equals(id, that.id)
                && Objects.equals(objectTag, that.objectTag)
                && Objects.equals(name, that.name)
                && Objects.equals(email, that.email)
                && Objects.equals(phone, that.phone)
                && Objects.equals(geolocation, that.geolocation)
                && Objects.equals(type, that.type)
                && Objects.equals(receiveCalendarId, that.receiveCalendarId)
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
                email,
                phone,
                geolocation,
                type,
                receiveCalendarId,
                createdAt,
                updatedAt,
                additionalProperties());
    }

    @Override
    public String toString() {
        return "Address{" + "id=" + id + ", "
                + "objectTag=" + objectTag + ", "
                + "name=" + name + ", "
                + "email=" + email + ", "
                + "phone=" + phone + ", "
                + "geolocation=" + geolocation + ", "
                + "type=" + type + ", "
                + "receiveCalendarId=" + receiveCalendarId + ", "
                + "createdAt=" + createdAt + ", "
                + "updatedAt=" + updatedAt + "}";
    }
}
