package com.augno.sdk.core;

import com.augno.sdk.internal.json.SafeText;
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
 * An immutable record of a change. Note: {@code account} is the <b>target</b> account here, while on a {@link RequestLog} it is the <b>acting</b> account. ({@code object} = {@code "audit_event"})
 *
 * <p>Immutable once decoded. Fields this SDK version does not know are kept in
 * {@link #additionalProperties()} (left out of {@code toString}); a sub-object the API only sends when asked through
 * {@code include} is empty when it was not asked for. Its {@code toString} shows which fields changed but no values, no metadata, and redacts
 * key-shaped text.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class AuditEvent extends ApiObject {
    @JsonProperty("id")
    private final String id;

    @JsonProperty("object")
    private final @Nullable String objectTag;

    @JsonProperty("account")
    private final @Nullable Account account;

    @JsonProperty("action")
    private final AuditAction action;

    @JsonProperty("actor")
    private final @Nullable Actor actor;

    @JsonProperty("resource_type")
    private final String resourceType;

    @JsonProperty("resource_id")
    private final String resourceId;

    @JsonProperty("changes")
    private final @Nullable NestedList<AuditFieldChange> changes;

    @JsonProperty("metadata")
    private final @Nullable Object metadata;

    @JsonProperty("request")
    private final @Nullable RequestLog request;

    @JsonProperty("idempotency_key")
    private final @Nullable String idempotencyKey;

    @JsonProperty("source_ip")
    private final @Nullable String sourceIp;

    @JsonProperty("occurred_at")
    private final Instant occurredAt;

    @JsonProperty("created_at")
    private final Instant createdAt;

    @JsonCreator
    private AuditEvent(
            @JsonProperty("id") String id,
            @JsonProperty("object") @Nullable String objectTag,
            @JsonProperty("account") @Nullable Account account,
            @JsonProperty("action") AuditAction action,
            @JsonProperty("actor") @Nullable Actor actor,
            @JsonProperty("resource_type") String resourceType,
            @JsonProperty("resource_id") String resourceId,
            @JsonProperty("changes") @Nullable NestedList<AuditFieldChange> changes,
            @JsonProperty("metadata") @Nullable Object metadata,
            @JsonProperty("request") @Nullable RequestLog request,
            @JsonProperty("idempotency_key") @Nullable String idempotencyKey,
            @JsonProperty("source_ip") @Nullable String sourceIp,
            @JsonProperty("occurred_at") Instant occurredAt,
            @JsonProperty("created_at") Instant createdAt) {
        this.id = id;
        this.objectTag = objectTag;
        this.account = account;
        this.action = action;
        this.actor = actor;
        this.resourceType = resourceType;
        this.resourceId = resourceId;
        this.changes = changes;
        this.metadata = metadata;
        this.request = request;
        this.idempotencyKey = idempotencyKey;
        this.sourceIp = sourceIp;
        this.occurredAt = occurredAt;
        this.createdAt = createdAt;
    }

    /** The id ({@code ae_...}). */
    public String id() {
        return id;
    }

    /** The constant type tag the API sends with every object. */
    public Optional<String> objectTag() {
        return Optional.ofNullable(objectTag);
    }

    /** The <b>target</b> account the change was made against; include {@code account}. */
    public Optional<Account> account() {
        return Optional.ofNullable(account);
    }

    /** What happened. */
    public AuditAction action() {
        return action;
    }

    /** Who made the change; include {@code actor}. */
    public Optional<Actor> actor() {
        return Optional.ofNullable(actor);
    }

    /** The kind of record (open vocabulary, see the resource-types call). */
    public String resourceType() {
        return resourceType;
    }

    /** The id of the audited record. */
    public String resourceId() {
        return resourceId;
    }

    /** The changed fields; include {@code changes}. */
    public Optional<List<AuditFieldChange>> changes() {
        return Optional.ofNullable(changes).map(NestedList::data);
    }

    /** Free-form metadata; include {@code metadata}. */
    public Optional<Object> metadata() {
        return Optional.ofNullable(metadata);
    }

    /** The originating request log; include {@code request}. */
    public Optional<RequestLog> request() {
        return Optional.ofNullable(request);
    }

    /** Copied from the originating request. */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    /** The client IP the change came from. */
    public Optional<String> sourceIp() {
        return Optional.ofNullable(sourceIp);
    }

    /** When the change happened; ordering and date filters use it. */
    public Instant occurredAt() {
        return occurredAt;
    }

    /** When the record was written. */
    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AuditEvent)) {
            return false;
        }
        AuditEvent that = (AuditEvent) o;
        return Objects.equals(id, that.id)
                && Objects.equals(objectTag, that.objectTag)
                && Objects.equals(account, that.account)
                && Objects.equals(action, that.action)
                && Objects.equals(actor, that.actor)
                && Objects.equals(resourceType, that.resourceType)
                && Objects.equals(resourceId, that.resourceId)
                && Objects.equals(changes, that.changes)
                && Objects.equals(metadata, that.metadata)
                && Objects.equals(request, that.request)
                && Objects.equals(idempotencyKey, that.idempotencyKey)
                && Objects.equals(sourceIp, that.sourceIp)
                && Objects.equals(occurredAt, that.occurredAt)
                && Objects.equals(createdAt, that.createdAt)
                && additionalProperties().equals(that.additionalProperties());
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                id,
                objectTag,
                account,
                action,
                actor,
                resourceType,
                resourceId,
                changes,
                metadata,
                request,
                idempotencyKey,
                sourceIp,
                occurredAt,
                createdAt,
                additionalProperties());
    }

    @Override
    public String toString() {
        return "AuditEvent{" + "id=" + id + ", "
                + "objectTag=" + objectTag + ", "
                + "account=" + account + ", "
                + "action=" + action + ", "
                + "actor=" + actor + ", "
                + "resourceType=" + resourceType + ", "
                + "resourceId=" + SafeText.redacted(resourceId) + ", "
                + "changes=" + (changes == null ? null : changes.data()) + ", "
                + "metadata=" + SafeText.hidden(metadata) + ", "
                + "request=" + request + ", "
                + "idempotencyKey=" + idempotencyKey + ", "
                + "sourceIp=" + sourceIp + ", "
                + "occurredAt=" + occurredAt + ", "
                + "createdAt=" + createdAt + "}";
    }
}
