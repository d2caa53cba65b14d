package com.augno.sdk.keys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of {@link KeyAuditor#audit()}: findings, most severe first, and how each rule ran.
 * Holds redacted key values only; {@link #toJson()} gives it to machines.
 *
 * <p>Immutable; made by {@link KeyAuditor}.
 */
public final class AuditReport {
    // A tree of explicit values needs none of core's mapper settings: a plain mapper writes it the same.
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter PRETTY = JSON.writerWithDefaultPrettyPrinter();

    private final Instant generatedAt;
    private final Duration logWindow;
    private final List<RuleResult> rules;
    private final List<AuditFinding> findings;

    AuditReport(Instant generatedAt, Duration logWindow, List<RuleResult> rules, List<AuditFinding> findings) {
        this.generatedAt = Objects.requireNonNull(generatedAt, "generatedAt == null");
        this.logWindow = Objects.requireNonNull(logWindow, "logWindow == null");
        this.rules = List.copyOf(rules);
        this.findings = List.copyOf(findings);
    }

    /** Returns when the audit ran. */
    public Instant generatedAt() {
        return generatedAt;
    }

    /** Returns how far back the log rules read. */
    public Duration logWindow() {
        return logWindow;
    }

    /** Returns how each rule ran, in {@link AuditRule} order. */
    public List<RuleResult> rules() {
        return rules;
    }

    /** Returns every finding, most severe first. */
    public List<AuditFinding> findings() {
        return findings;
    }

    /** Returns true when some rule hit its page cap: there may be more findings. */
    public boolean partial() {
        return rules.stream().anyMatch(RuleResult::partial);
    }

    /** Returns the findings at or above {@code severity}. */
    public List<AuditFinding> findingsAtLeast(Severity severity) {
        return findings.stream()
                .filter(f -> f.severity().compareTo(severity) <= 0)
                .toList();
    }

    /** Returns the findings of one rule. */
    public List<AuditFinding> findingsOf(AuditRule rule) {
        return findings.stream().filter(f -> f.rule() == rule).toList();
    }

    /** Returns the report as a JSON document (snake_case names, RFC 3339 times). */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("generated_at", generatedAt.toString());
        root.put("log_window", logWindow.toString());
        root.put("partial", partial());
        ArrayNode rs = root.putArray("rules");
        for (RuleResult r : rules) {
            ObjectNode n = rs.addObject();
            n.put("rule", r.rule().name().toLowerCase(Locale.ROOT));
            n.put("title", r.rule().title());
            n.put("queries", r.rule().queries());
            n.put("certainty", r.rule().certain() ? "certain" : "heuristic");
            n.put("since", r.since().toString());
            n.put("pages_read", r.pagesRead());
            n.put("partial", r.partial());
            n.put("findings", r.findings());
            r.skipped().ifPresent(s -> n.put("skipped", s));
            r.error().ifPresent(e -> n.put("error", e));
        }
        ArrayNode fs = root.putArray("findings");
        for (AuditFinding f : findings) {
            ObjectNode n = fs.addObject();
            n.put("rule", f.rule().name().toLowerCase(Locale.ROOT));
            n.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
            n.put("certainty", f.rule().certain() ? "certain" : "heuristic");
            n.put("subject", f.subject());
            n.put("summary", f.summary());
            ArrayNode ev = n.putArray("evidence");
            f.evidence().forEach(ev::add);
            n.put("recommendation", f.recommendation());
        }
        try {
            return PRETTY.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the audit report as JSON", e);
        }
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AuditReport)) {
            return false;
        }
        AuditReport that = (AuditReport) o;
        return generatedAt.equals(that.generatedAt)
                && logWindow.equals(that.logWindow)
                && rules.equals(that.rules)
                && findings.equals(that.findings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(generatedAt, logWindow, rules, findings);
    }

    /** Returns the time, window, whether it is partial and the number of findings by severity. */
    @Override
    public String toString() {
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        findings.forEach(f -> bySeverity.merge(f.severity(), 1L, Long::sum));
        return "AuditReport{generatedAt=" + generatedAt + ", logWindow=" + logWindow + ", partial=" + partial()
                + ", rules=" + rules.size() + ", findings=" + bySeverity + "}";
    }
}
