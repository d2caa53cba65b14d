package com.augno.sdk.keys;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reviews who can manage keys and how keys are used: a report over API keys, account users, roles,
 * request logs and audit events, with a severity, evidence and a recommended action for each
 * finding. {@link AuditRule} lists the rules, their queries and whether each is certain or
 * heuristic.
 *
 * <pre>{@code
 * AuditReport report = KeyAuditor.builder(adminClient).allowedIps(List.of("203.0.113.0/24")).build().audit();
 * report.findingsAtLeast(Severity.HIGH).forEach(...);
 * String json = report.toJson();
 * }</pre>
 *
 * <p>Log rules read the last 7 days by default, at most 20 pages of 100 per query (the report says
 * {@code partial} when the cap is hit), and pace themselves by the {@code RateLimit-*} headers. A
 * rule whose query fails (e.g. the key may not read request logs) is reported with its error; the
 * others still run. The client must act with an admin-type role. Thread-safe.
 */
public final class KeyAuditor {
    /** The default log window: 7 days. */
    public static final Duration DEFAULT_LOG_WINDOW = Duration.ofDays(7);
    /** The default "unused" threshold: 90 days. */
    public static final Duration DEFAULT_UNUSED_AFTER = Duration.ofDays(90);
    /** The default "expiring soon" threshold: 14 days. */
    public static final Duration DEFAULT_EXPIRING_WITHIN = Duration.ofDays(14);
    /** The default number of auth failures from one caller that makes a finding: 5. */
    public static final int DEFAULT_FAILURE_THRESHOLD = 5;
    /** The default page cap per query: 20 pages. */
    public static final int DEFAULT_MAX_PAGES = 20;

    private static final long DEFAULT_PAGE_SIZE = 100;

    private static final Logger LOG = LoggerFactory.getLogger(KeyAuditor.class);
    // The rules in report order; each owns its queries and its evaluation.
    private static final List<AuditCheck> CHECKS = List.of(
            new KeyManagersCheck(),
            new AdminRoutineTrafficCheck(),
            new UnusedKeysCheck(),
            new KeysWithoutExpiryCheck(),
            new KeysExpiringSoonCheck(),
            new KeyIpMismatchCheck(),
            new RepeatedAuthFailuresCheck(),
            new KeyManagementEventsCheck());

    /** Reports progress of long reads: which query, how many pages so far. */
    @FunctionalInterface
    public interface ProgressListener {
        /**
         * Called after each page.
         *
         * @param query a short name of the query, e.g. {@code request logs}
         * @param pagesRead pages read so far for it
         */
        void pageRead(String query, int pagesRead);
    }

    private final AugnoClient client;
    private final long pageSize;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration logWindow;
    private final Duration unusedAfter;
    private final Duration expiringWithin;
    private final int failureThreshold;
    private final int maxPages;
    private final IpAllowlist allowlist;
    private final ProgressListener progress;

    private KeyAuditor(Builder b) {
        this.client = b.client;
        this.pageSize = b.pageSize;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.logWindow = b.logWindow;
        this.unusedAfter = b.unusedAfter;
        this.expiringWithin = b.expiringWithin;
        this.failureThreshold = b.failureThreshold;
        this.maxPages = b.maxPages;
        this.allowlist = b.allowlist;
        this.progress = b.progress;
    }

    /**
     * Returns a builder.
     *
     * @param adminClient a client whose key has an admin-type role
     */
    public static Builder builder(AugnoClient adminClient) {
        return new Builder(adminClient);
    }

    /**
     * Runs every rule and returns the report. Never throws for a failing query: the rule is reported
     * with its error.
     */
    public AuditReport audit() {
        Instant now = clock.instant();
        Instant since = now.minus(logWindow);
        AuditReads reads = new AuditReads(new AuditQuery.Scope(client, pageSize, since), maxPages, sleeper, progress);
        AuditContext context = new AuditContext(
                reads, clock, now, since, logWindow, unusedAfter, expiringWithin, failureThreshold, allowlist);
        // Every query is read up front, each once, before any rule is evaluated.
        CHECKS.forEach(check -> check.queries().forEach(reads::get));

        List<RuleResult> results = new ArrayList<>();
        List<AuditFinding> findings = new ArrayList<>();
        for (AuditCheck check : CHECKS) {
            Instant from = check.overLogWindow() ? since : now;
            Optional<String> skip = check.skipReason(context);
            if (skip.isPresent()) {
                results.add(RuleResult.skipped(check.rule(), from, skip.get()));
                continue;
            }
            AuditReads.Read<Object> input = reads.combined(check.queries());
            String error = input.error();
            if (error != null) {
                results.add(RuleResult.failed(check.rule(), from, input.pages(), input.partial(), error));
                continue;
            }
            List<AuditFinding> found = check.evaluate(context);
            findings.addAll(found);
            results.add(RuleResult.ran(check.rule(), from, input.pages(), input.partial(), found.size()));
        }

        findings.sort(Comparator.comparing(AuditFinding::severity)
                .thenComparing(f -> f.rule().ordinal()));
        AuditReport report = new AuditReport(now, logWindow, results, findings);
        LOG.info("Key audit: {} finding(s){}", findings.size(), report.partial() ? " (partial: page cap hit)" : "");
        return report;
    }

    /** Builds a {@link KeyAuditor}. Not thread-safe. */
    public static final class Builder {
        private final AugnoClient client;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private Duration logWindow = DEFAULT_LOG_WINDOW;
        private Duration unusedAfter = DEFAULT_UNUSED_AFTER;
        private Duration expiringWithin = DEFAULT_EXPIRING_WITHIN;
        private int failureThreshold = DEFAULT_FAILURE_THRESHOLD;
        private int maxPages = DEFAULT_MAX_PAGES;
        private long pageSize = DEFAULT_PAGE_SIZE;
        private IpAllowlist allowlist = IpAllowlist.parse(List.of());
        private ProgressListener progress = (q, p) -> {};

        private Builder(AugnoClient client) {
            this.client = Objects.requireNonNull(client, "adminClient == null");
        }

        /** Sets how far back the log rules read. If not specified, this is 7 days. */
        public Builder logWindow(Duration logWindow) {
            this.logWindow = positive(logWindow, "logWindow");
            return this;
        }

        /** Sets after how long without use a key is reported. If not specified, this is 90 days. */
        public Builder unusedAfter(Duration unusedAfter) {
            this.unusedAfter = positive(unusedAfter, "unusedAfter");
            return this;
        }

        /** Sets how soon an expiry is reported. If not specified, this is 14 days. */
        public Builder expiringWithin(Duration expiringWithin) {
            this.expiringWithin = positive(expiringWithin, "expiringWithin");
            return this;
        }

        /**
         * Sets how many failures with a revoked or invalid key from one caller make a finding. If not
         * specified, this is 5.
         */
        public Builder failureThreshold(int failureThreshold) {
            if (failureThreshold < 1) {
                throw new IllegalArgumentException("failureThreshold must be at least 1: " + failureThreshold);
            }
            this.failureThreshold = failureThreshold;
            return this;
        }

        /** Sets the page cap per query (100 items a page). If not specified, this is 20. */
        public Builder maxPages(int maxPages) {
            if (maxPages < 1) {
                throw new IllegalArgumentException("maxPages must be at least 1: " + maxPages);
            }
            this.maxPages = maxPages;
            return this;
        }

        /** Sets how many items each page asks for. If not specified, this is 100 (the API's usual maximum). */
        public Builder pageSize(int pageSize) {
            if (pageSize < 1) {
                throw new IllegalArgumentException("pageSize must be at least 1: " + pageSize);
            }
            this.pageSize = pageSize;
            return this;
        }

        /**
         * Sets the IPs and CIDR ranges production traffic comes from, which turns on {@link
         * AuditRule#KEY_IP_MISMATCH}. If not specified, that rule is skipped.
         *
         * @throws IllegalArgumentException if an entry is not an IP literal or CIDR range
         */
        public Builder allowedIps(Collection<String> allowedIps) {
            this.allowlist = IpAllowlist.parse(List.copyOf(allowedIps));
            return this;
        }

        /** Sets a listener for paging progress. If not specified, none. */
        public Builder progress(ProgressListener progress) {
            this.progress = Objects.requireNonNull(progress, "progress == null");
            return this;
        }

        /** Sets the clock (for tests). If not specified, the system UTC clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /** Sets how the auditor waits for a rate-limit window (for tests). If not specified, {@link Sleeper#system()}. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
            return this;
        }

        /** Builds the auditor. */
        public KeyAuditor build() {
            return new KeyAuditor(this);
        }

        private static Duration positive(Duration d, String name) {
            Objects.requireNonNull(d, name + " == null");
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }
    }
}
