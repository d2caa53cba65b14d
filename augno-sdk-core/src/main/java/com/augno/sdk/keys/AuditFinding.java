package com.augno.sdk.keys;

import java.util.List;
import java.util.Objects;

/**
 * One finding of an audit. Holds redacted key values only.
 *
 * @param rule the rule that found it
 * @param severity how urgent it is
 * @param subject what it is about: a key id, a user id, an IP
 * @param summary one sentence
 * @param evidence the facts behind it (ids, counts, times, IPs)
 * @param recommendation what to do
 */
public record AuditFinding(
        AuditRule rule,
        Severity severity,
        String subject,
        String summary,
        List<String> evidence,
        String recommendation) {

    /** Copies the evidence and checks the components are present. */
    public AuditFinding {
        Objects.requireNonNull(rule, "rule == null");
        Objects.requireNonNull(severity, "severity == null");
        evidence = List.copyOf(evidence);
    }

    /** Returns true when the rule is a heuristic (review the evidence before acting). */
    public boolean heuristic() {
        return !rule.certain();
    }
}
