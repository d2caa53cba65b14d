package com.augno.sdk.keys;

import com.augno.sdk.auth.ApiKeyInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link AuditRule#UNUSED_KEYS}: active keys never used, or not used for a long time. */
final class UnusedKeysCheck implements AuditCheck {
    @Override
    public AuditRule rule() {
        return AuditRule.UNUSED_KEYS;
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
            Optional<Instant> last = k.lastUsedAt();
            if (last.isEmpty()) {
                // A brand-new key is not "never used" yet: give it the log window.
                if (k.createdAt().isBefore(now.minus(context.logWindow()))) {
                    out.add(new AuditFinding(
                            AuditRule.UNUSED_KEYS,
                            Severity.MEDIUM,
                            k.id(),
                            "Key " + k.name() + " (" + k.redactedValue() + ") was never used",
                            List.of("created " + k.createdAt(), "last used: never"),
                            "Revoke it if nothing needs it (augno-keys revoke)."));
                }
            } else if (last.get().isBefore(now.minus(context.unusedAfter()))) {
                out.add(new AuditFinding(
                        AuditRule.UNUSED_KEYS,
                        Severity.MEDIUM,
                        k.id(),
                        "Key " + k.name() + " (" + k.redactedValue() + ") has not been used for "
                                + Duration.between(last.get(), now).toDays() + " days",
                        List.of("last used " + last.get() + " (updated at most daily)"),
                        "Revoke it if nothing needs it (augno-keys revoke)."));
            }
        }
        return out;
    }
}
