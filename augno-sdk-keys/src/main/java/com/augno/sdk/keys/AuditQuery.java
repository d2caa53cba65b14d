package com.augno.sdk.keys;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.api.core.ActorType;
import com.augno.sdk.api.core.AuditEvent;
import com.augno.sdk.api.core.AuditEventInclude;
import com.augno.sdk.api.core.AuditEventListParams;
import com.augno.sdk.api.core.RequestLog;
import com.augno.sdk.api.core.RequestLogInclude;
import com.augno.sdk.api.core.RequestLogListParams;
import com.augno.sdk.api.core.RoleType;
import com.augno.sdk.api.identity.AccountUser;
import com.augno.sdk.api.identity.AccountUserInclude;
import com.augno.sdk.api.identity.AccountUserListParams;
import com.augno.sdk.auth.ApiKeyInclude;
import com.augno.sdk.auth.ApiKeyInfo;
import com.augno.sdk.auth.ApiKeyListParams;
import com.augno.sdk.http.Page;
import java.time.Instant;
import java.util.List;

/**
 * One list query of the audit: its name (shown in progress and errors) and how its first page is
 * fetched. Each is the query {@link AuditRule#queries()} documents; keep them in step. The rules
 * name the queries they need; {@link AuditReads} reads each one once, however many rules use it.
 */
final class AuditQuery<T> {
    /** The error codes of a caller that still holds an old or wrong key. */
    static final List<String> REVOKED_OR_INVALID = List.of("api_key_revoked", "invalid_credentials");

    /** What a query needs to build its first request. */
    record Scope(AugnoClient client, long pageSize, Instant since) {}

    @FunctionalInterface
    interface FirstPage<T> {
        Page<T> fetch(Scope scope);
    }

    static final AuditQuery<ApiKeyInfo> API_KEYS = new AuditQuery<>(
            "api keys",
            s -> s.client()
                    .auth()
                    .apiKeys()
                    .list(ApiKeyListParams.builder()
                            .limit(s.pageSize())
                            .include(ApiKeyInclude.ROLE)
                            .build()));

    static final AuditQuery<AccountUser> ADMIN_USERS = new AuditQuery<>(
            "account users",
            s -> s.client()
                    .identity()
                    .accountUsers()
                    .list(AccountUserListParams.builder()
                            .roleType(RoleType.ADMIN)
                            .limit(s.pageSize())
                            .include(AccountUserInclude.ROLE, AccountUserInclude.USER)
                            .build()));

    static final AuditQuery<RequestLog> KEY_REQUESTS = new AuditQuery<>(
            "request logs",
            s -> s.client()
                    .core()
                    .requestLogs()
                    .list(RequestLogListParams.builder()
                            .actorTypes(ActorType.API_KEY.value())
                            .startsAt(s.since())
                            .limit(s.pageSize())
                            .include(RequestLogInclude.ACTOR, RequestLogInclude.ACTOR_ROLE)
                            .build()));

    static final AuditQuery<RequestLog> FAILED_REQUESTS = new AuditQuery<>(
            "failed requests",
            s -> s.client()
                    .core()
                    .requestLogs()
                    .list(RequestLogListParams.builder()
                            .errorCodes(REVOKED_OR_INVALID)
                            .startsAt(s.since())
                            .limit(s.pageSize())
                            .include(RequestLogInclude.ACTOR)
                            .build()));

    static final AuditQuery<AuditEvent> KEY_EVENTS = new AuditQuery<>(
            "audit events",
            s -> s.client()
                    .core()
                    .auditEvents()
                    .list(AuditEventListParams.builder()
                            .resourceTypes("api_key")
                            .startsAt(s.since())
                            .limit(s.pageSize())
                            .include(AuditEventInclude.ACTOR, AuditEventInclude.CHANGES)
                            .build()));

    private final String name;
    private final FirstPage<T> firstPage;

    private AuditQuery(String name, FirstPage<T> firstPage) {
        this.name = name;
        this.firstPage = firstPage;
    }

    String name() {
        return name;
    }

    Page<T> firstPage(Scope scope) {
        return firstPage.fetch(scope);
    }
}
