package com.augno.sdk.keys;

import com.augno.sdk.api.core.Role;
import com.augno.sdk.api.identity.AccountUser;
import com.augno.sdk.auth.ApiKeyInfo;
import com.augno.sdk.auth.ApiKeyStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link AuditRule#KEY_MANAGERS}: the admin users and the active admin keys. */
final class KeyManagersCheck implements AuditCheck {
    @Override
    public AuditRule rule() {
        return AuditRule.KEY_MANAGERS;
    }

    @Override
    public List<AuditQuery<?>> queries() {
        return List.of(AuditQuery.API_KEYS, AuditQuery.ADMIN_USERS);
    }

    @Override
    public boolean overLogWindow() {
        return false;
    }

    @Override
    public List<AuditFinding> evaluate(AuditContext context) {
        List<AuditFinding> out = new ArrayList<>();
        // The clock is read again here, as it always was: the key status is the one at evaluation.
        Instant now = context.clock().instant();
        for (AccountUser u : context.items(AuditQuery.ADMIN_USERS)) {
            if (!AuditEvidence.isAdmin(u)) {
                continue;
            }
            out.add(new AuditFinding(
                    AuditRule.KEY_MANAGERS,
                    Severity.INFO,
                    u.id(),
                    "User " + u.user().flatMap(p -> p.email().or(p::name)).orElse(u.id())
                            + " can manage API keys (admin role "
                            + u.role().map(Role::name).orElse("?") + ")",
                    List.of(
                            "user " + u.id(),
                            "role "
                                    + u.role()
                                            .map(r -> r.name() + " (" + r.id() + ")")
                                            .orElse("?"),
                            "last used " + u.lastUsedAt().map(Object::toString).orElse("never")),
                    "Keep admins few; give others a role without admin type."));
        }
        for (ApiKeyInfo k : context.items(AuditQuery.API_KEYS)) {
            if (k.status(now).equals(ApiKeyStatus.ACTIVE) && AuditEvidence.isAdmin(k)) {
                out.add(new AuditFinding(
                        AuditRule.KEY_MANAGERS,
                        Severity.LOW,
                        k.id(),
                        "API key " + k.name() + " (" + k.redactedValue() + ") has an admin role: it can manage keys",
                        List.of(
                                "key " + k.id(),
                                "role " + k.role().map(Role::name).orElse("?")),
                        "Use admin keys only for key management, keep them in their own secret, rotate them on a"
                                + " schedule; give integrations scoped keys."));
            }
        }
        return out;
    }
}
