package com.augno.sdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The fake's records. Mutable; guarded by the engine's lock. */
final class Model {
    private Model() {}

    /** Anything listed newest first carries a sequence number. */
    abstract static class Rec {
        final String id;
        final long seq;

        Rec(String id, long seq) {
            this.id = id;
            this.seq = seq;
        }
    }

    static final class Account extends Rec {
        final String name;
        final boolean sandbox;
        final @Nullable Account owner;
        final Instant createdAt;
        boolean deleted;

        Account(String id, long seq, String name, boolean sandbox, @Nullable Account owner, Instant createdAt) {
            super(id, seq);
            this.name = name;
            this.sandbox = sandbox;
            this.owner = owner;
            this.createdAt = createdAt;
        }
    }

    static final class Role extends Rec {
        String name;
        final String type;
        final Set<String> permissions = new LinkedHashSet<>();
        /** Null for a system role shared by every account. */
        final @Nullable Account owner;

        final Instant createdAt;
        Instant updatedAt;

        Role(String id, long seq, String name, String type, @Nullable Account owner, Instant createdAt) {
            super(id, seq);
            this.name = name;
            this.type = type;
            this.owner = owner;
            this.createdAt = createdAt;
            this.updatedAt = createdAt;
        }

        boolean isAdmin() {
            return type.equals("admin");
        }
    }

    static final class Key extends Rec {
        final String name;
        final String secret;
        final String redacted;
        final Account account;
        final Role role;
        final @Nullable Instant expiresAt;

        @Nullable
        Instant lastUsedAt;

        @Nullable
        Instant revokedAt;

        final Instant createdAt;
        Instant updatedAt;

        Key(
                String id,
                long seq,
                String name,
                String secret,
                Account account,
                Role role,
                @Nullable Instant expiresAt,
                Instant createdAt) {
            super(id, seq);
            this.name = name;
            this.secret = secret;
            this.redacted = secret.substring(0, 12) + "****" + secret.substring(secret.length() - 4);
            this.account = account;
            this.role = role;
            this.expiresAt = expiresAt;
            this.createdAt = createdAt;
            this.updatedAt = createdAt;
        }

        String status(Instant now) {
            if (revokedAt != null && !revokedAt.isAfter(now)) {
                return "revoked";
            }
            if (expiresAt != null && !expiresAt.isAfter(now)) {
                return "expired";
            }
            return "active";
        }
    }

    /** A plain resource (customer, unit, sandbox, account user) kept as JSON fields. */
    static final class Doc extends Rec {
        /** Null for system-owned records (system units). */
        final @Nullable Account account;

        final ObjectNode fields;

        @Nullable
        ObjectNode contactInfo;

        @Nullable
        String roleId;

        @Nullable
        Account sandboxAccount;

        final Instant createdAt;
        boolean deleted;

        Doc(String id, long seq, @Nullable Account account, ObjectNode fields, Instant createdAt) {
            super(id, seq);
            this.account = account;
            this.fields = fields;
            this.createdAt = createdAt;
        }

        String text(String field) {
            JsonNode n = fields.get(field);
            return n == null || n.isNull() ? "" : n.asText();
        }
    }

    static final class RequestLog extends Rec {
        @Nullable
        Account account;

        @Nullable
        Key actor;

        String method = "";
        String host = "";
        String path = "";
        String route = "";
        int status;
        long latencyUs;

        @Nullable
        String apiVersion;

        @Nullable
        String clientIp;

        @Nullable
        String userAgent;

        @Nullable
        String referrer;

        @Nullable
        String idempotencyKey;

        @Nullable
        String errorCode;

        @Nullable
        String errorMessage;

        @Nullable
        JsonNode queryParams;

        @Nullable
        JsonNode requestBody;

        @Nullable
        JsonNode responseBody;

        Instant occurredAt = Instant.EPOCH;
        Instant createdAt = Instant.EPOCH;
        boolean listed = true;

        RequestLog(String id, long seq) {
            super(id, seq);
        }
    }

    static final class AuditEvent extends Rec {
        final Account account;
        final @Nullable Key actor;
        final String action;
        final String resourceType;
        final String resourceId;
        final List<JsonNode[]> changes = new ArrayList<>();
        final @Nullable JsonNode metadata;
        final String requestLogId;
        final @Nullable String idempotencyKey;
        final @Nullable String sourceIp;
        final Instant occurredAt;

        AuditEvent(
                String id,
                long seq,
                Account account,
                @Nullable Key actor,
                String action,
                String resourceType,
                String resourceId,
                @Nullable JsonNode metadata,
                String requestLogId,
                @Nullable String idempotencyKey,
                @Nullable String sourceIp,
                Instant occurredAt) {
            super(id, seq);
            this.account = account;
            this.actor = actor;
            this.action = action;
            this.resourceType = resourceType;
            this.resourceId = resourceId;
            this.metadata = metadata;
            this.requestLogId = requestLogId;
            this.idempotencyKey = idempotencyKey;
            this.sourceIp = sourceIp;
            this.occurredAt = occurredAt;
        }
    }
}
