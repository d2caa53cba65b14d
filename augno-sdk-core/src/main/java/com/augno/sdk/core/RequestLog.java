package com.augno.sdk.core;

import com.augno.sdk.internal.json.SafeText;
import com.augno.sdk.model.ApiObject;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A logged API request. Note: {@code account} is the <b>acting</b> account here, while on an {@link AuditEvent} it is the <b>target</b> account. ({@code object} = {@code "request_log"})
 *
 * <p>Immutable once decoded. Fields this SDK version does not know are kept in
 * {@link #additionalProperties()} (left out of {@code toString}); a sub-object the API only sends when asked through
 * {@code include} is empty when it was not asked for. Its {@code toString} shows no query parameters or bodies (only whether they are present),
 * cuts the query off the path and referrer, and redacts key-shaped text in the other free text.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class RequestLog extends ApiObject {
    @JsonProperty("id")
    private final String id;

    @JsonProperty("object")
    private final @Nullable String objectTag;

    @JsonProperty("account")
    private final @Nullable Account account;

    @JsonProperty("actor")
    private final @Nullable Actor actor;

    @JsonProperty("method")
    private final String method;

    @JsonProperty("host")
    private final String host;

    @JsonProperty("path")
    private final String path;

    @JsonProperty("normalized_route")
    private final String normalizedRoute;

    @JsonProperty("status_code")
    private final @Nullable Integer statusCode;

    @JsonProperty("latency_us")
    private final @Nullable Long latencyUs;

    @JsonProperty("api_version")
    private final @Nullable String apiVersion;

    @JsonProperty("client_ip")
    private final @Nullable String clientIp;

    @JsonProperty("user_agent")
    private final @Nullable String userAgent;

    @JsonProperty("referrer")
    private final @Nullable String referrer;

    @JsonProperty("idempotency_key")
    private final @Nullable String idempotencyKey;

    @JsonProperty("error_code")
    private final @Nullable String errorCode;

    @JsonProperty("error_message")
    private final @Nullable String errorMessage;

    @JsonProperty("query_params")
    private final @Nullable Object queryParams;

    @JsonProperty("request_body")
    private final @Nullable Object requestBody;

    @JsonProperty("response_body")
    private final @Nullable Object responseBody;

    @JsonProperty("occurred_at")
    private final Instant occurredAt;

    @JsonProperty("created_at")
    private final Instant createdAt;

    @JsonCreator
    private RequestLog(
            @JsonProperty("id") String id,
            @JsonProperty("object") @Nullable String objectTag,
            @JsonProperty("account") @Nullable Account account,
            @JsonProperty("actor") @Nullable Actor actor,
            @JsonProperty("method") String method,
            @JsonProperty("host") String host,
            @JsonProperty("path") String path,
            @JsonProperty("normalized_route") String normalizedRoute,
            @JsonProperty("status_code") @Nullable Integer statusCode,
            @JsonProperty("latency_us") @Nullable Long latencyUs,
            @JsonProperty("api_version") @Nullable String apiVersion,
            @JsonProperty("client_ip") @Nullable String clientIp,
            @JsonProperty("user_agent") @Nullable String userAgent,
            @JsonProperty("referrer") @Nullable String referrer,
            @JsonProperty("idempotency_key") @Nullable String idempotencyKey,
            @JsonProperty("error_code") @Nullable String errorCode,
            @JsonProperty("error_message") @Nullable String errorMessage,
            @JsonProperty("query_params") @Nullable Object queryParams,
            @JsonProperty("request_body") @Nullable Object requestBody,
            @JsonProperty("response_body") @Nullable Object responseBody,
            @JsonProperty("occurred_at") Instant occurredAt,
            @JsonProperty("created_at") Instant createdAt) {
        this.id = id;
        this.objectTag = objectTag;
        this.account = account;
        this.actor = actor;
        this.method = method;
        this.host = host;
        this.path = path;
        this.normalizedRoute = normalizedRoute;
        this.statusCode = statusCode;
        this.latencyUs = latencyUs;
        this.apiVersion = apiVersion;
        this.clientIp = clientIp;
        this.userAgent = userAgent;
        this.referrer = referrer;
        this.idempotencyKey = idempotencyKey;
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
        this.queryParams = queryParams;
        this.requestBody = requestBody;
        this.responseBody = responseBody;
        this.occurredAt = occurredAt;
        this.createdAt = createdAt;
    }

    /** The id ({@code rq_...}). */
    public String id() {
        return id;
    }

    /** The constant type tag the API sends with every object. */
    public Optional<String> objectTag() {
        return Optional.ofNullable(objectTag);
    }

    /** The <b>acting</b> account (the one the actor belongs to); include {@code account}. */
    public Optional<Account> account() {
        return Optional.ofNullable(account);
    }

    /** Who made the call; include {@code actor}. */
    public Optional<Actor> actor() {
        return Optional.ofNullable(actor);
    }

    /** The HTTP method. */
    public String method() {
        return method;
    }

    /** The request host. */
    public String host() {
        return host;
    }

    /** The concrete path, with id values. */
    public String path() {
        return path;
    }

    /** The matched route template, or the raw path when none matched. */
    public String normalizedRoute() {
        return normalizedRoute;
    }

    /** The HTTP status. */
    public int statusCode() {
        return statusCode == null ? 0 : statusCode;
    }

    /** Microseconds at the API edge (network time not counted). */
    public long latencyUs() {
        return latencyUs == null ? 0L : latencyUs;
    }

    /** The {@code Augno-Version} the caller sent. */
    public Optional<String> apiVersion() {
        return Optional.ofNullable(apiVersion);
    }

    /** The client IP. */
    public Optional<String> clientIp() {
        return Optional.ofNullable(clientIp);
    }

    /** The user agent. */
    public Optional<String> userAgent() {
        return Optional.ofNullable(userAgent);
    }

    /** The referrer. */
    public Optional<String> referrer() {
        return Optional.ofNullable(referrer);
    }

    /** The caller-supplied idempotency key. */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    /** The error code, for failed requests. */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** The error message, for failed requests. */
    public Optional<String> errorMessage() {
        return Optional.ofNullable(errorMessage);
    }

    /** The query string as JSON (get with include {@code query_params} only). */
    public Optional<Object> queryParams() {
        return Optional.ofNullable(queryParams);
    }

    /** The request body as JSON, secrets redacted (get with include {@code request_body} only). */
    public Optional<Object> requestBody() {
        return Optional.ofNullable(requestBody);
    }

    /** The response body as JSON, generated key secrets redacted (get with include {@code response_body} only). */
    public Optional<Object> responseBody() {
        return Optional.ofNullable(responseBody);
    }

    /** When the request arrived; ordering and date filters use it. */
    public Instant occurredAt() {
        return occurredAt;
    }

    /** When the log entry was written. */
    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RequestLog)) {
            return false;
        }
        RequestLog that = (RequestLog) o;
        return Objects.equals(id, that.id)
                && Objects.equals(objectTag, that.objectTag)
                && Objects.equals(account, that.account)
                && Objects.equals(actor, that.actor)
                && Objects.equals(method, that.method)
                && Objects.equals(host, that.host)
                && Objects.equals(path, that.path)
                && Objects.equals(normalizedRoute, that.normalizedRoute)
                && Objects.equals(statusCode, that.statusCode)
                && Objects.equals(latencyUs, that.latencyUs)
                && Objects.equals(apiVersion, that.apiVersion)
                && Objects.equals(clientIp, that.clientIp)
                && Objects.equals(userAgent, that.userAgent)
                && Objects.equals(referrer, that.referrer)
                && Objects.equals(idempotencyKey, that.idempotencyKey)
                && Objects.equals(errorCode, that.errorCode)
                && Objects.equals(errorMessage, that.errorMessage)
                && Objects.equals(queryParams, that.queryParams)
                && Objects.equals(requestBody, that.requestBody)
                && Objects.equals(responseBody, that.responseBody)
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
                actor,
                method,
                host,
                path,
                normalizedRoute,
                statusCode,
                latencyUs,
                apiVersion,
                clientIp,
                userAgent,
                referrer,
                idempotencyKey,
                errorCode,
                errorMessage,
                queryParams,
                requestBody,
                responseBody,
                occurredAt,
                createdAt,
                additionalProperties());
    }

    @Override
    public String toString() {
        return "RequestLog{" + "id=" + id + ", "
                + "objectTag=" + objectTag + ", "
                + "account=" + account + ", "
                + "actor=" + actor + ", "
                + "method=" + method + ", "
                + "host=" + host + ", "
                + "path=" + SafeText.withoutQuery(path) + ", "
                + "normalizedRoute=" + normalizedRoute + ", "
                + "statusCode=" + statusCode + ", "
                + "latencyUs=" + latencyUs + ", "
                + "apiVersion=" + apiVersion + ", "
                + "clientIp=" + clientIp + ", "
                + "userAgent=" + SafeText.redacted(userAgent) + ", "
                + "referrer=" + SafeText.withoutQuery(referrer) + ", "
                + "idempotencyKey=" + idempotencyKey + ", "
                + "errorCode=" + errorCode + ", "
                + "errorMessage=" + SafeText.redacted(errorMessage) + ", "
                + "queryParams=" + SafeText.hidden(queryParams) + ", "
                + "requestBody=" + SafeText.hidden(requestBody) + ", "
                + "responseBody=" + SafeText.hidden(responseBody) + ", "
                + "occurredAt=" + occurredAt + ", "
                + "createdAt=" + createdAt + "}";
    }
}
