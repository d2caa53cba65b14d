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
 * An account's branding. ({@code object} = {@code "account_branding"})
 *
 * <p>Immutable once decoded. Fields this SDK version does not know are kept in
 * {@link #additionalProperties()} (left out of {@code toString}); a sub-object the API only sends when asked through
 * {@code include} is empty when it was not asked for.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class AccountBranding extends ApiObject {
    @JsonProperty("id")
    private final @Nullable String id;

    @JsonProperty("object")
    private final @Nullable String objectTag;

    @JsonProperty("support_email")
    private final @Nullable String supportEmail;

    @JsonProperty("phone_number")
    private final @Nullable String phoneNumber;

    @JsonProperty("website_url")
    private final @Nullable String websiteUrl;

    @JsonProperty("logo_url")
    private final @Nullable String logoUrl;

    @JsonProperty("favicon_url")
    private final @Nullable String faviconUrl;

    @JsonProperty("facebook_handle")
    private final @Nullable String facebookHandle;

    @JsonProperty("instagram_handle")
    private final @Nullable String instagramHandle;

    @JsonProperty("linkedin_handle")
    private final @Nullable String linkedinHandle;

    @JsonProperty("twitter_handle")
    private final @Nullable String twitterHandle;

    @JsonProperty("created_at")
    private final @Nullable Instant createdAt;

    @JsonProperty("updated_at")
    private final @Nullable Instant updatedAt;

    @JsonCreator
    private AccountBranding(
            @JsonProperty("id") @Nullable String id,
            @JsonProperty("object") @Nullable String objectTag,
            @JsonProperty("support_email") @Nullable String supportEmail,
            @JsonProperty("phone_number") @Nullable String phoneNumber,
            @JsonProperty("website_url") @Nullable String websiteUrl,
            @JsonProperty("logo_url") @Nullable String logoUrl,
            @JsonProperty("favicon_url") @Nullable String faviconUrl,
            @JsonProperty("facebook_handle") @Nullable String facebookHandle,
            @JsonProperty("instagram_handle") @Nullable String instagramHandle,
            @JsonProperty("linkedin_handle") @Nullable String linkedinHandle,
            @JsonProperty("twitter_handle") @Nullable String twitterHandle,
            @JsonProperty("created_at") @Nullable Instant createdAt,
            @JsonProperty("updated_at") @Nullable Instant updatedAt) {
        this.id = id;
        this.objectTag = objectTag;
        this.supportEmail = supportEmail;
        this.phoneNumber = phoneNumber;
        this.websiteUrl = websiteUrl;
        this.logoUrl = logoUrl;
        this.faviconUrl = faviconUrl;
        this.facebookHandle = facebookHandle;
        this.instagramHandle = instagramHandle;
        this.linkedinHandle = linkedinHandle;
        this.twitterHandle = twitterHandle;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /** The id. */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** The constant type tag the API sends with every object. */
    public Optional<String> objectTag() {
        return Optional.ofNullable(objectTag);
    }

    /** Support email. */
    public Optional<String> supportEmail() {
        return Optional.ofNullable(supportEmail);
    }

    /** Phone number. */
    public Optional<String> phoneNumber() {
        return Optional.ofNullable(phoneNumber);
    }

    /** Website. */
    public Optional<String> websiteUrl() {
        return Optional.ofNullable(websiteUrl);
    }

    /** Logo object key (not a fetchable URL). */
    public Optional<String> logoUrl() {
        return Optional.ofNullable(logoUrl);
    }

    /** Favicon object key. */
    public Optional<String> faviconUrl() {
        return Optional.ofNullable(faviconUrl);
    }

    /** Facebook handle. */
    public Optional<String> facebookHandle() {
        return Optional.ofNullable(facebookHandle);
    }

    /** Instagram handle. */
    public Optional<String> instagramHandle() {
        return Optional.ofNullable(instagramHandle);
    }

    /** LinkedIn handle. */
    public Optional<String> linkedinHandle() {
        return Optional.ofNullable(linkedinHandle);
    }

    /** Twitter handle. */
    public Optional<String> twitterHandle() {
        return Optional.ofNullable(twitterHandle);
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
        if (!(o instanceof AccountBranding)) {
            return false;
        }
        AccountBranding that = (AccountBranding) o;
        return Objects.equals(id, that.id)
                && Objects.equals(objectTag, that.objectTag)
                && Objects.equals(supportEmail, that.supportEmail)
                && Objects.equals(phoneNumber, that.phoneNumber)
                && Objects.equals(websiteUrl, that.websiteUrl)
                && Objects.equals(logoUrl, that.logoUrl)
                && Objects.equals(faviconUrl, that.faviconUrl)
                && Objects.equals(facebookHandle, that.facebookHandle)
                && Objects.equals(instagramHandle, that.instagramHandle)
                && Objects.equals(linkedinHandle, that.linkedinHandle)
                && Objects.equals(twitterHandle, that.twitterHandle)
                && Objects.equals(createdAt, that.createdAt)
                && Objects.equals(updatedAt, that.updatedAt)
                && additionalProperties().equals(that.additionalProperties());
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                id,
                objectTag,
                supportEmail,
                phoneNumber,
                websiteUrl,
                logoUrl,
                faviconUrl,
                facebookHandle,
                instagramHandle,
                linkedinHandle,
                twitterHandle,
                createdAt,
                updatedAt,
                additionalProperties());
    }

    @Override
    public String toString() {
        return "AccountBranding{" + "id=" + id + ", "
                + "objectTag=" + objectTag + ", "
                + "supportEmail=" + supportEmail + ", "
                + "phoneNumber=" + phoneNumber + ", "
                + "websiteUrl=" + websiteUrl + ", "
                + "logoUrl=" + logoUrl + ", "
                + "faviconUrl=" + faviconUrl + ", "
                + "facebookHandle=" + facebookHandle + ", "
                + "instagramHandle=" + instagramHandle + ", "
                + "linkedinHandle=" + linkedinHandle + ", "
                + "twitterHandle=" + twitterHandle + ", "
                + "createdAt=" + createdAt + ", "
                + "updatedAt=" + updatedAt + "}";
    }
}
