package com.augno.sdk.keys;

/**
 * The rules {@link KeyAuditor} runs. Each says what it queries and whether its findings are certain
 * or heuristic.
 */
public enum AuditRule {
    /** Users and keys whose role type is admin: they can manage API keys. */
    KEY_MANAGERS(
            "who can manage keys",
            "GET /v1/identity/account-users?role_type=admin&include=role,user; GET /v1/auth/api-keys?include=role (active keys whose role type is admin)",
            true),
    /** Admin keys seen on routes outside key, role, user and log management. */
    ADMIN_KEY_ROUTINE_TRAFFIC(
            "admin keys used for routine traffic",
            "GET /v1/auth/api-keys?include=role; GET /v1/core/request-logs?actor_types=api_key&starts_at=<window>&include=actor,actor.role (actor, normalized_route)",
            false),
    /** Active keys not used for the unused threshold, or never used. */
    UNUSED_KEYS("unused keys", "GET /v1/auth/api-keys?include=role (active keys: last_used_at, created_at)", true),
    /** Active keys without an expiry. */
    KEYS_WITHOUT_EXPIRY("keys without expiry", "GET /v1/auth/api-keys?include=role (active keys: expires_at)", true),
    /** Active keys that expire within the expiry threshold. */
    KEYS_EXPIRING_SOON("keys expiring soon", "GET /v1/auth/api-keys?include=role (active keys: expires_at)", true),
    /**
     * Production keys seen from IPs outside the allowlist, and sandbox keys seen from allowlisted
     * (production) IPs. Runs only with an allowlist.
     */
    KEY_IP_MISMATCH(
            "keys seen from unexpected IPs",
            "GET /v1/auth/api-keys?include=role (redacted_value gives the mode); GET /v1/core/request-logs?actor_types=api_key&starts_at=<window>&include=actor,actor.role (client_ip)",
            false),
    /** Repeated {@code api_key_revoked} or {@code invalid_credentials} failures from one caller. */
    REPEATED_AUTH_FAILURES(
            "repeated failures with revoked or invalid keys",
            "GET /v1/core/request-logs?error_codes=api_key_revoked,invalid_credentials&starts_at=<window>&include=actor"
                    + " (actor, client_ip, user_agent)",
            false),
    /** Key creations, rotations and revocations in the audit events. */
    KEY_MANAGEMENT_EVENTS(
            "key-management events",
            "GET /v1/core/audit-events?resource_types=api_key&starts_at=<window>&include=actor,changes",
            true);

    private final String title;
    private final String queries;
    private final boolean certain;

    AuditRule(String title, String queries, boolean certain) {
        this.title = title;
        this.queries = queries;
        this.certain = certain;
    }

    /** Returns the rule's short title. */
    public String title() {
        return title;
    }

    /**
     * Returns the API queries and filters the rule reads, separated by {@code "; "}; each is a
     * request line ({@code <window>} stands for the start of the log window; every list also sends
     * {@code limit}, and {@code cursor} after the first page), followed by the fields it uses in
     * parentheses.
     */
    public String queries() {
        return queries;
    }

    /** Returns true when a finding is a fact, false when it is a heuristic to review. */
    public boolean certain() {
        return certain;
    }
}
