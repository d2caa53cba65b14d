package com.augno.sdk.keys;

import com.augno.sdk.core.Actor;
import com.augno.sdk.core.RequestLog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link AuditRule#REPEATED_AUTH_FAILURES}: callers that keep sending a revoked or invalid key. */
final class RepeatedAuthFailuresCheck implements AuditCheck {
    @Override
    public AuditRule rule() {
        return AuditRule.REPEATED_AUTH_FAILURES;
    }

    @Override
    public List<AuditQuery<?>> queries() {
        return List.of(AuditQuery.FAILED_REQUESTS);
    }

    @Override
    public boolean overLogWindow() {
        return true;
    }

    @Override
    public List<AuditFinding> evaluate(AuditContext context) {
        Map<String, UsageTally> byCaller = new LinkedHashMap<>();
        Map<String, String> codes = new HashMap<>();
        for (RequestLog log : context.items(AuditQuery.FAILED_REQUESTS)) {
            String code = log.errorCode().orElse("");
            // The filter is server-side; this guards against a server that ignores it.
            if (!AuditQuery.REVOKED_OR_INVALID.contains(code)) {
                continue;
            }
            String who = log.actor().map(Actor::id).orElse("unknown key") + " from "
                    + log.clientIp().orElse("unknown IP");
            byCaller.computeIfAbsent(who, x -> new UsageTally()).add(log);
            codes.merge(who, code, (a, b) -> a.contains(b) ? a : a + "," + b);
        }
        List<AuditFinding> out = new ArrayList<>();
        byCaller.forEach((who, tally) -> {
            if (tally.total() >= context.failureThreshold()) {
                List<String> evidence = new ArrayList<>(AuditEvidence.of(tally));
                evidence.add(0, "error codes " + codes.get(who));
                out.add(new AuditFinding(
                        AuditRule.REPEATED_AUTH_FAILURES,
                        Severity.HIGH,
                        who,
                        tally.total() + " requests with a revoked or invalid key (" + who + ")",
                        evidence,
                        "Someone still holds an old key: find the host by IP and user agent and point it at the"
                                + " secret store (it should read the key through a SecretProvider)."));
            }
        });
        return out;
    }
}
