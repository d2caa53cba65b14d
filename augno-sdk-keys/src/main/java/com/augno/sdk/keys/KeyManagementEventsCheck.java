package com.augno.sdk.keys;

import com.augno.sdk.core.AuditEvent;
import java.util.ArrayList;
import java.util.List;

/** {@link AuditRule#KEY_MANAGEMENT_EVENTS}: every change to a key in the window, with who made it. */
final class KeyManagementEventsCheck implements AuditCheck {
    @Override
    public AuditRule rule() {
        return AuditRule.KEY_MANAGEMENT_EVENTS;
    }

    @Override
    public List<AuditQuery<?>> queries() {
        return List.of(AuditQuery.KEY_EVENTS);
    }

    @Override
    public boolean overLogWindow() {
        return true;
    }

    @Override
    public List<AuditFinding> evaluate(AuditContext context) {
        List<AuditFinding> out = new ArrayList<>();
        for (AuditEvent e : context.items(AuditQuery.KEY_EVENTS)) {
            if (!e.resourceType().equals("api_key")) {
                continue;
            }
            String who = e.actor()
                    .map(a -> a.type().value() + " " + a.name().orElse(a.id())
                            + a.handle().map(h -> " <" + h + ">").orElse(""))
                    .orElse("unknown actor");
            List<String> evidence = new ArrayList<>();
            evidence.add("at " + e.occurredAt());
            evidence.add("by " + who);
            e.sourceIp().ifPresent(ip -> evidence.add("from " + ip));
            e.changes().ifPresent(cs -> cs.forEach(c -> evidence.add("changed " + c.field())));
            out.add(new AuditFinding(
                    AuditRule.KEY_MANAGEMENT_EVENTS,
                    Severity.INFO,
                    e.resourceId(),
                    "Key " + e.resourceId() + ": " + e.action().value() + " by " + who,
                    evidence,
                    "Check that this change was planned."));
        }
        return out;
    }
}
