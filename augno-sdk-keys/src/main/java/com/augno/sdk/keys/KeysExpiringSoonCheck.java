package com.augno.sdk.keys;

import com.augno.sdk.auth.ApiKeyInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link AuditRule#KEYS_EXPIRING_SOON}: active keys whose expiry is near. */
final class KeysExpiringSoonCheck implements AuditCheck {
    @Override
    public AuditRule rule() {
        return AuditRule.KEYS_EXPIRING_SOON;
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
        Instant now = context.now();
        List<AuditFinding> out = new ArrayList<>();
        for (ApiKeyInfo k : context.activeKeys()) {
            Optional<Instant> exp = k.expiresAt();
            if (exp.isPresent() && exp.get().isAfter(now) && exp.get().isBefore(now.plus(context.expiringWithin()))) {
                out.add(new AuditFinding(
                        AuditRule.KEYS_EXPIRING_SOON,
                        Severity.MEDIUM,
                        k.id(),
                        "Key " + k.name() + " (" + k.redactedValue() + ") expires in "
                                + Duration.between(now, exp.get()).toHours() + " h",
                        List.of("expires_at " + exp.get()),
                        "Replace it before it expires: a rotation copies the expiry, so issue the replacement with a"
                                + " new expires_at."));
            }
        }
        return out;
    }
}
