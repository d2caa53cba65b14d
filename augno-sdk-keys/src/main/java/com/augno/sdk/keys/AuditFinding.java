package com.augno.sdk.keys;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One finding of an audit: which rule found it, how urgent it is, what it is about, the facts
 * behind it and what to do. Holds redacted key values only, so {@link #toString()} and the JSON
 * report are safe to print.
 *
 * <p>Immutable; made by {@link KeyAuditor}.
 */
public final class AuditFinding {
    private final AuditRule rule;
    private final Severity severity;
    private final String subject;
    private final String summary;
    private final List<String> evidence;
    private final String recommendation;

    AuditFinding(
            AuditRule rule,
            Severity severity,
            String subject,
            String summary,
            List<String> evidence,
            String recommendation) {
        this.rule = Objects.requireNonNull(rule, "rule == null");
        this.severity = Objects.requireNonNull(severity, "severity == null");
        this.subject = Objects.requireNonNull(subject, "subject == null");
        this.summary = Objects.requireNonNull(summary, "summary == null");
        this.evidence = List.copyOf(evidence);
        this.recommendation = Objects.requireNonNull(recommendation, "recommendation == null");
    }

    /** Returns the rule that found it. */
    public AuditRule rule() {
        return rule;
    }

    /** Returns how urgent it is. */
    public Severity severity() {
        return severity;
    }

    /** Returns what it is about: a key id, a user id, or a caller ({@code <key id> from <IP>}). */
    public String subject() {
        return subject;
    }

    /** Returns one sentence saying what was found. */
    public String summary() {
        return summary;
    }

    /** Returns the facts behind it (ids, counts, times, IPs); never a secret. */
    public List<String> evidence() {
        return evidence;
    }

    /** Returns what to do about it. */
    public String recommendation() {
        return recommendation;
    }

    /** Returns true when the rule is a heuristic (review the evidence before acting). */
    public boolean heuristic() {
        return !rule.certain();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AuditFinding)) {
            return false;
        }
        AuditFinding that = (AuditFinding) o;
        return rule == that.rule
                && severity == that.severity
                && subject.equals(that.subject)
                && summary.equals(that.summary)
                && evidence.equals(that.evidence)
                && recommendation.equals(that.recommendation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, severity, subject, summary, evidence, recommendation);
    }

    /** Returns the rule, severity, subject and summary (redacted key values only). */
    @Override
    public String toString() {
        return "AuditFinding{rule=" + rule + ", severity=" + severity + ", subject=" + subject + ", summary=" + summary
                + "}";
    }
}
