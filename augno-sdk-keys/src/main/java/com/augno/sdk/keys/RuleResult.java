package com.augno.sdk.keys;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How one rule ran: what it read, whether the page cap cut it short, and whether it was skipped or
 * failed.
 *
 * <p>Immutable; made by {@link KeyAuditor}.
 */
public final class RuleResult {
    private final AuditRule rule;
    private final Instant since;
    private final int pagesRead;
    private final boolean partial;
    private final int findings;
    private final @Nullable String skipped;
    private final @Nullable String error;

    private RuleResult(
            AuditRule rule,
            Instant since,
            int pagesRead,
            boolean partial,
            int findings,
            @Nullable String skipped,
            @Nullable String error) {
        this.rule = Objects.requireNonNull(rule, "rule == null");
        this.since = Objects.requireNonNull(since, "since == null");
        this.pagesRead = pagesRead;
        this.partial = partial;
        this.findings = findings;
        this.skipped = skipped;
        this.error = error;
    }

    /** Not API: a rule that ran and produced {@code findings} findings. */
    static RuleResult ran(AuditRule rule, Instant since, int pagesRead, boolean partial, int findings) {
        return new RuleResult(rule, since, pagesRead, partial, findings, null, null);
    }

    /** Not API: a rule that did not run, and why. */
    static RuleResult skipped(AuditRule rule, Instant since, String why) {
        return new RuleResult(rule, since, 0, false, 0, Objects.requireNonNull(why, "why == null"), null);
    }

    /** Not API: a rule whose query failed. */
    static RuleResult failed(AuditRule rule, Instant since, int pagesRead, boolean partial, String error) {
        return new RuleResult(rule, since, pagesRead, partial, 0, null, Objects.requireNonNull(error, "error == null"));
    }

    /** Returns the rule. */
    public AuditRule rule() {
        return rule;
    }

    /** Returns the start of the window it read (for log rules), or the audit time. */
    public Instant since() {
        return since;
    }

    /** Returns how many pages it read. */
    public int pagesRead() {
        return pagesRead;
    }

    /**
     * Returns true when the page cap (or a long rate-limit wait) stopped the read: findings may be
     * missing.
     */
    public boolean partial() {
        return partial;
    }

    /** Returns how many findings it produced. */
    public int findings() {
        return findings;
    }

    /** Returns why it did not run (e.g. no allowlist), if it did not. */
    public Optional<String> skipped() {
        return Optional.ofNullable(skipped);
    }

    /** Returns why it failed (e.g. the key may not read request logs), if it failed. */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RuleResult)) {
            return false;
        }
        RuleResult that = (RuleResult) o;
        return rule == that.rule
                && since.equals(that.since)
                && pagesRead == that.pagesRead
                && partial == that.partial
                && findings == that.findings
                && Objects.equals(skipped, that.skipped)
                && Objects.equals(error, that.error);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, since, pagesRead, partial, findings, skipped, error);
    }

    @Override
    public String toString() {
        return "RuleResult{rule=" + rule + ", since=" + since + ", pagesRead=" + pagesRead + ", partial=" + partial
                + ", findings=" + findings + (skipped == null ? "" : ", skipped=" + skipped)
                + (error == null ? "" : ", error=" + error) + "}";
    }
}
