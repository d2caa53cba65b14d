package com.augno.sdk.keys;

import com.augno.sdk.auth.ApiKeyInfo;
import java.util.ArrayList;
import java.util.List;

/** {@link AuditRule#KEYS_WITHOUT_EXPIRY}: active keys that never expire. */
final class KeysWithoutExpiryCheck implements AuditCheck {
    @Override
    public AuditRule rule() {
        return AuditRule.KEYS_WITHOUT_EXPIRY;
    }

    @Override
    public List<AuditQuery<?>> queries() {
        return List.of(AuditQuery.API_KEYS);
    }

    @Override
    public boolean overLogWindow() {
        return false;
    }

    @Override
    public List<AuditFinding> evaluate(AuditContext context) {
        List<AuditFinding> out = new ArrayList<>();
        for (ApiKeyInfo k : context.activeKeys()) {
            if (k.expiresAt().isEmpty()) {
                out.add(new AuditFinding(
                        AuditRule.KEYS_WITHOUT_EXPIRY,
                        Severity.LOW,
                        k.id(),
                        "Key " + k.name() + " (" + k.redactedValue() + ") never expires",
                        List.of("expires_at: none", "created " + k.createdAt()),
                        "Rotate it on a schedule (augno-keys rotate), or issue keys with an expiry."));
            }
        }
        return out;
    }
}
