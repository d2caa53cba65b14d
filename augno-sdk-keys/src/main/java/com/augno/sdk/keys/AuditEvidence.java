package com.augno.sdk.keys;

import com.augno.sdk.api.core.Actor;
import com.augno.sdk.api.core.Role;
import com.augno.sdk.api.core.RoleType;
import com.augno.sdk.api.identity.AccountUser;
import com.augno.sdk.auth.ApiKeyInfo;
import com.augno.sdk.secrets.KeyMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Small helpers the rules share: who is admin, a key's label, usage lines as evidence. */
final class AuditEvidence {
    private AuditEvidence() {}

    static boolean isAdmin(ApiKeyInfo k) {
        return k.role().map(AuditEvidence::isAdmin).orElse(false);
    }

    /** A role of type {@code admin} may manage API keys. */
    static boolean isAdmin(Role role) {
        return RoleType.ADMIN.equals(role.type());
    }

    /** True when the user's role was included and is of type {@code admin}. */
    static boolean isAdmin(AccountUser user) {
        return user.role().map(AuditEvidence::isAdmin).orElse(false);
    }

    static @Nullable KeyMode modeOf(Actor actor, @Nullable ApiKeyInfo key) {
        String redacted = key != null ? key.redactedValue() : actor.handle().orElse("");
        return KeyMode.ofPrefix(redacted).orElse(null);
    }

    static String label(String id, Map<String, ApiKeyInfo> byId) {
        ApiKeyInfo k = byId.get(id);
        return k == null ? id : k.name() + " (" + k.redactedValue() + ", " + id + ")";
    }

    /** At most ten usage lines: IP, user agent, request count, last seen. */
    static List<String> of(UsageTally tally) {
        List<String> out = new ArrayList<>();
        for (KeyUsage u : tally.usages()) {
            out.add(u.clientIp().orElse("no IP") + " " + u.userAgent().orElse("no user agent") + ": " + u.requestCount()
                    + " request(s), last " + u.lastSeen());
            if (out.size() == 10) {
                break;
            }
        }
        return out;
    }
}
