package com.augno.sdk.keys;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.auth.ApiKeyInfo;
import com.augno.sdk.core.AuditEvent;
import com.augno.sdk.core.RequestLog;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.http.Page;
import com.augno.sdk.http.RequestOptions;
import com.augno.sdk.identity.AccountUser;
import com.augno.sdk.identity.Role;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The API calls the rotator and the auditor make, as raw requests through {@link
 * AugnoClient#request}: the same headers, retries and error mapping as every typed call.
 */
final class KeyApi {
    static final int PAGE_SIZE = 100;

    private final AugnoClient client;
    private final int pageSize;

    KeyApi(AugnoClient client) {
        this(client, PAGE_SIZE);
    }

    KeyApi(AugnoClient client, int pageSize) {
        this.client = client;
        this.pageSize = pageSize;
    }

    AugnoClient client() {
        return client;
    }

    ApiKeyInfo getKey(String id) {
        ApiRequest request = ApiRequest.builder(HttpMethod.GET, "/v1/auth/api-keys")
                .addPathSegment(id)
                .include(List.of("role"))
                .build();
        return client.request(request, ApiKeyInfo.class).data();
    }

    Page<ApiKeyInfo> listKeys(@Nullable String q) {
        ApiRequest request = ApiRequest.builder(HttpMethod.GET, "/v1/auth/api-keys")
                .query("q", q)
                .query("limit", pageSize)
                .include(List.of("role"))
                .build();
        return client.requestPage(request, ApiKeyInfo.class);
    }

    /**
     * Rotates a key. The body is read as a tree so that a replay without the secret can be told
     * apart from a decoding failure; the caller extracts the secret.
     */
    JsonNode rotate(String id, @Nullable Instant revokeAt, String idempotencyKey) {
        ApiRequest request = ApiRequest.builder(HttpMethod.POST, "/v1/auth/api-keys")
                .addPathSegment(id)
                .addPathSegment("actions")
                .addPathSegment("rotate")
                .body(revokeAt == null ? Map.of() : Map.of("revoke_at", revokeAt.toString()))
                .options(RequestOptions.builder().idempotencyKey(idempotencyKey).build())
                .build();
        return client.request(request, JsonNode.class).data();
    }

    void revoke(String id) {
        ApiRequest request = ApiRequest.builder(HttpMethod.DELETE, "/v1/auth/api-keys")
                .addPathSegment(id)
                .build();
        client.request(request, JsonNode.class);
    }

    Page<RequestLog> requestLogs(
            @Nullable List<String> actorIds,
            @Nullable List<String> actorTypes,
            @Nullable List<String> errorCodes,
            Instant startsAt) {
        ApiRequest request = ApiRequest.builder(HttpMethod.GET, "/v1/core/request-logs")
                .query("actor_ids", actorIds)
                .query("actor_types", actorTypes)
                .query("error_codes", errorCodes)
                .query("starts_at", startsAt)
                .query("limit", pageSize)
                .include(List.of("actor", "actor.role"))
                .build();
        return client.requestPage(request, RequestLog.class);
    }

    Page<AuditEvent> auditEvents(List<String> resourceTypes, Instant startsAt) {
        ApiRequest request = ApiRequest.builder(HttpMethod.GET, "/v1/core/audit-events")
                .query("resource_types", resourceTypes)
                .query("starts_at", startsAt)
                .query("limit", pageSize)
                .include(List.of("actor", "changes"))
                .build();
        return client.requestPage(request, AuditEvent.class);
    }

    Page<Role> roles(List<String> types) {
        ApiRequest request = ApiRequest.builder(HttpMethod.GET, "/v1/identity/roles")
                .query("types", types)
                .query("limit", pageSize)
                .build();
        return client.requestPage(request, Role.class);
    }

    Page<AccountUser> accountUsers(List<String> roleTypes) {
        ApiRequest request = ApiRequest.builder(HttpMethod.GET, "/v1/identity/account-users")
                .query("role_types", roleTypes)
                .query("limit", pageSize)
                .include(List.of("role"))
                .build();
        return client.requestPage(request, AccountUser.class);
    }
}
