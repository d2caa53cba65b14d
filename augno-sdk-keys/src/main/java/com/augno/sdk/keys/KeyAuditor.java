package com.augno.sdk.keys;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.KeyMode;
import com.augno.sdk.auth.ApiKeyInclude;
import com.augno.sdk.auth.ApiKeyInfo;
import com.augno.sdk.auth.ApiKeyListParams;
import com.augno.sdk.auth.ApiKeyStatus;
import com.augno.sdk.core.Actor;
import com.augno.sdk.core.ActorType;
import com.augno.sdk.core.AuditEvent;
import com.augno.sdk.core.AuditEventInclude;
import com.augno.sdk.core.AuditEventListParams;
import com.augno.sdk.core.RequestLog;
import com.augno.sdk.core.RequestLogInclude;
import com.augno.sdk.core.RequestLogListParams;
import com.augno.sdk.errors.AugnoException;
import com.augno.sdk.http.Sleeper;
import com.augno.sdk.identity.AccountUser;
import com.augno.sdk.identity.AccountUserInclude;
import com.augno.sdk.identity.AccountUserListParams;
import com.augno.sdk.identity.Role;
import com.augno.sdk.identity.RoleType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
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
    // The error codes of a caller that still holds an old or wrong key.
    private static final List<String> REVOKED_OR_INVALID = List.of("api_key_revoked", "invalid_credentials");

    private static final Logger LOG = LoggerFactory.getLogger(KeyAuditor.class);
    // Routes an admin key is for; anything else is routine traffic that a scoped key should make.
    private static final List<String> ADMIN_ROUTES = List.of(
            "/v1/auth/",
            "/v1/identity/roles",
            "/v1/identity/account-users",
            "/v1/identity/permission-groups",
            "/v1/core/request-logs",
            "/v1/core/audit-events",
            "/v1/core/sandboxes");

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

    /** A query's items, or its failure. */
    private record Read<T>(
            List<T> items,
            int pages,
            boolean partial,
            @Nullable String error) {
        static <T> Read<T> failed(String error) {
            return new Read<>(List.of(), 0, false, error);
        }
    }

    /**
     * Runs every rule and returns the report. Never throws for a failing query: the rule is reported
     * with its error.
     */
    public AuditReport audit() {
        Instant now = clock.instant();
        Instant since = now.minus(logWindow);
        // Each query below is the one AuditRule.queries() documents; keep them in step.
        Read<ApiKeyInfo> keys = read(
                "api keys",
                () -> client.apiKeys()
                        .list(ApiKeyListParams.builder()
                                .limit(pageSize)
                                .include(ApiKeyInclude.ROLE)
                                .build()));
        Read<AccountUser> users = read(
                "account users",
                () -> client.accountUsers()
                        .list(AccountUserListParams.builder()
                                .roleType(RoleType.ADMIN)
                                .limit(pageSize)
                                .include(AccountUserInclude.ROLE, AccountUserInclude.USER)
                                .build()));
        Read<RequestLog> keyLogs = read(
                "request logs",
                () -> client.requestLogs()
                        .list(RequestLogListParams.builder()
                                .actorTypes(ActorType.API_KEY)
                                .startsAt(since)
                                .limit(pageSize)
                                .include(RequestLogInclude.ACTOR, RequestLogInclude.ACTOR_ROLE)
                                .build()));
        Read<RequestLog> failures = read(
                "failed requests",
                () -> client.requestLogs()
                        .list(RequestLogListParams.builder()
                                .errorCodes(REVOKED_OR_INVALID)
                                .startsAt(since)
                                .limit(pageSize)
                                .include(RequestLogInclude.ACTOR)
                                .build()));
        Read<AuditEvent> events = read(
                "audit events",
                () -> client.auditEvents()
                        .list(AuditEventListParams.builder()
                                .resourceTypes("api_key")
                                .startsAt(since)
                                .limit(pageSize)
                                .include(AuditEventInclude.ACTOR, AuditEventInclude.CHANGES)
                                .build()));

        List<ApiKeyInfo> active = keys.items.stream()
                .filter(k -> k.status(now).equals(ApiKeyStatus.ACTIVE))
                .toList();
        List<RuleResult> results = new ArrayList<>();
        List<AuditFinding> findings = new ArrayList<>();

        run(results, findings, AuditRule.KEY_MANAGERS, now, combine(keys, users), () -> keyManagers(keys, users));
        run(
                results,
                findings,
                AuditRule.ADMIN_KEY_ROUTINE_TRAFFIC,
                since,
                combine(keys, keyLogs),
                () -> adminRoutine(keys.items, keyLogs.items));
        run(results, findings, AuditRule.UNUSED_KEYS, now, keys, () -> unused(active, now));
        run(results, findings, AuditRule.KEYS_WITHOUT_EXPIRY, now, keys, () -> noExpiry(active));
        run(results, findings, AuditRule.KEYS_EXPIRING_SOON, now, keys, () -> expiringSoon(active, now));
        if (allowlist.isEmpty()) {
            results.add(RuleResult.skipped(AuditRule.KEY_IP_MISMATCH, since, "no IP allowlist given (--allow-ip)"));
        } else {
            run(
                    results,
                    findings,
                    AuditRule.KEY_IP_MISMATCH,
                    since,
                    combine(keys, keyLogs),
                    () -> ipMismatch(keys.items, keyLogs.items));
        }
        run(
                results,
                findings,
                AuditRule.REPEATED_AUTH_FAILURES,
                since,
                failures,
                () -> repeatedFailures(failures.items));
        run(results, findings, AuditRule.KEY_MANAGEMENT_EVENTS, since, events, () -> keyEvents(events.items));

        findings.sort(Comparator.comparing(AuditFinding::severity)
                .thenComparing(f -> f.rule().ordinal()));
        AuditReport report = new AuditReport(now, logWindow, results, findings);
        LOG.info("Key audit: {} finding(s){}", findings.size(), report.partial() ? " (partial: page cap hit)" : "");
        return report;
    }

    private <T> Read<T> read(String name, Supplier<com.augno.sdk.http.Page<T>> first) {
        try {
            Paging.Result<T> r = Paging.read(first, maxPages, sleeper, pages -> progress.pageRead(name, pages));
            return new Read<>(r.items(), r.pages(), r.partial(), null);
        } catch (AugnoException e) {
            LOG.warn("Key audit: reading {} failed: {}", name, e.getMessage());
            return Read.failed("reading " + name + " failed: " + e.getMessage());
        }
    }

    private static Read<Object> combine(Read<?> a, Read<?> b) {
        String error = a.error != null ? a.error : b.error;
        return new Read<>(List.of(), a.pages + b.pages, a.partial || b.partial, error);
    }

    private static void run(
            List<RuleResult> results,
            List<AuditFinding> findings,
            AuditRule rule,
            Instant since,
            Read<?> input,
            Supplier<List<AuditFinding>> body) {
        if (input.error != null) {
            results.add(RuleResult.failed(rule, since, input.pages, input.partial, input.error));
            return;
        }
        List<AuditFinding> found = body.get();
        findings.addAll(found);
        results.add(RuleResult.ran(rule, since, input.pages, input.partial, found.size()));
    }

    // ------------------------------------------------------------------------------------ rules

    private List<AuditFinding> keyManagers(Read<ApiKeyInfo> keys, Read<AccountUser> users) {
        List<AuditFinding> out = new ArrayList<>();
        Instant now = clock.instant();
        for (AccountUser u : users.items) {
            if (!u.isAdmin()) {
                continue;
            }
            out.add(new AuditFinding(
                    AuditRule.KEY_MANAGERS,
                    Severity.INFO,
                    u.id(),
                    "User " + u.user().flatMap(p -> p.email().or(p::name)).orElse(u.id())
                            + " can manage API keys (admin role "
                            + u.role().map(Role::name).orElse("?") + ")",
                    List.of(
                            "user " + u.id(),
                            "role "
                                    + u.role()
                                            .map(r -> r.name() + " (" + r.id() + ")")
                                            .orElse("?"),
                            "last used " + u.lastUsedAt().map(Object::toString).orElse("never")),
                    "Keep admins few; give others a role without admin type."));
        }
        for (ApiKeyInfo k : keys.items) {
            if (k.status(now).equals(ApiKeyStatus.ACTIVE) && isAdmin(k)) {
                out.add(new AuditFinding(
                        AuditRule.KEY_MANAGERS,
                        Severity.LOW,
                        k.id(),
                        "API key " + k.name() + " (" + k.redactedValue() + ") has an admin role: it can manage keys",
                        List.of(
                                "key " + k.id(),
                                "role " + k.role().map(Role::name).orElse("?")),
                        "Use admin keys only for key management, keep them in their own secret, rotate them on a"
                                + " schedule; give integrations scoped keys."));
            }
        }
        return out;
    }

    private List<AuditFinding> adminRoutine(List<ApiKeyInfo> keys, List<RequestLog> logs) {
        Map<String, ApiKeyInfo> admins = new HashMap<>();
        for (ApiKeyInfo k : keys) {
            if (isAdmin(k)) {
                admins.put(k.id(), k);
            }
        }
        Map<String, Map<String, Long>> routesByKey = new LinkedHashMap<>();
        for (RequestLog log : logs) {
            Optional<Actor> actor = log.actor();
            String id = actor.map(Actor::id).orElse("");
            boolean adminActor = admins.containsKey(id)
                    || actor.flatMap(Actor::role).map(Role::isAdmin).orElse(false)
                            && actor.map(a -> a.type().equals(ActorType.API_KEY))
                                    .orElse(false);
            if (!adminActor || isAdminRoute(log.normalizedRoute())) {
                continue;
            }
            routesByKey
                    .computeIfAbsent(id, x -> new LinkedHashMap<>())
                    .merge(log.method() + " " + log.normalizedRoute(), 1L, Long::sum);
        }
        List<AuditFinding> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Long>> e : routesByKey.entrySet()) {
            long total =
                    e.getValue().values().stream().mapToLong(Long::longValue).sum();
            ApiKeyInfo k = admins.get(e.getKey());
            List<String> evidence = new ArrayList<>();
            e.getValue().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(5)
                    .forEach(r -> evidence.add(r.getKey() + ": " + r.getValue() + " request(s)"));
            out.add(new AuditFinding(
                    AuditRule.ADMIN_KEY_ROUTINE_TRAFFIC,
                    Severity.HIGH,
                    e.getKey(),
                    "Admin key " + (k == null ? e.getKey() : k.name() + " (" + k.redactedValue() + ")") + " made "
                            + total + " routine request(s) in the window",
                    evidence,
                    "Give that integration a scoped key with only the permissions it uses, then rotate the admin"
                            + " key (its secret has been in routine use)."));
        }
        return out;
    }

    private List<AuditFinding> unused(List<ApiKeyInfo> active, Instant now) {
        List<AuditFinding> out = new ArrayList<>();
        for (ApiKeyInfo k : active) {
            Optional<Instant> last = k.lastUsedAt();
            if (last.isEmpty()) {
                // A brand-new key is not "never used" yet: give it the log window.
                if (k.createdAt().isBefore(now.minus(logWindow))) {
                    out.add(new AuditFinding(
                            AuditRule.UNUSED_KEYS,
                            Severity.MEDIUM,
                            k.id(),
                            "Key " + k.name() + " (" + k.redactedValue() + ") was never used",
                            List.of("created " + k.createdAt(), "last used: never"),
                            "Revoke it if nothing needs it (augno-keys revoke)."));
                }
            } else if (last.get().isBefore(now.minus(unusedAfter))) {
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

    private static List<AuditFinding> noExpiry(List<ApiKeyInfo> active) {
        List<AuditFinding> out = new ArrayList<>();
        for (ApiKeyInfo k : active) {
            if (k.expiresAt().isEmpty()) {
                out.add(new AuditFinding(
                        AuditRule.KEYS_WITHOUT_EXPIRY,
                        Severity.LOW,
                        k.id(),
                        "Key " + k.name() + " (" + k.redactedValue() + ") never expires",
                        List.of("expires_at: none", "created " + k.createdAt()),
                        "Rotate it on a schedule (augno-keys rotate), or issue keys with an expiry."));
            }
        }
        return out;
    }

    private List<AuditFinding> expiringSoon(List<ApiKeyInfo> active, Instant now) {
        List<AuditFinding> out = new ArrayList<>();
        for (ApiKeyInfo k : active) {
            Optional<Instant> exp = k.expiresAt();
            if (exp.isPresent() && exp.get().isAfter(now) && exp.get().isBefore(now.plus(expiringWithin))) {
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

    private List<AuditFinding> ipMismatch(List<ApiKeyInfo> keys, List<RequestLog> logs) {
        Map<String, ApiKeyInfo> byId = new HashMap<>();
        keys.forEach(k -> byId.put(k.id(), k));
        Map<String, UsageTally> foreignProd = new LinkedHashMap<>();
        Map<String, UsageTally> sandboxOnProd = new LinkedHashMap<>();
        for (RequestLog log : logs) {
            Optional<String> ip = log.clientIp();
            Optional<Actor> actor = log.actor();
            if (ip.isEmpty() || actor.isEmpty()) {
                continue;
            }
            KeyMode mode = modeOf(actor.get(), byId.get(actor.get().id()));
            if (mode == KeyMode.PRODUCTION && !allowlist.contains(ip.get())) {
                foreignProd
                        .computeIfAbsent(actor.get().id(), x -> new UsageTally())
                        .add(log);
            } else if (mode == KeyMode.SANDBOX && allowlist.contains(ip.get())) {
                sandboxOnProd
                        .computeIfAbsent(actor.get().id(), x -> new UsageTally())
                        .add(log);
            }
        }
        List<AuditFinding> out = new ArrayList<>();
        foreignProd.forEach((id, tally) -> out.add(new AuditFinding(
                AuditRule.KEY_IP_MISMATCH,
                Severity.HIGH,
                id,
                "Production key " + label(id, byId) + " was used from "
                        + tally.usages().size() + " IP(s) outside the allowlist",
                evidence(tally),
                "If these callers are not yours, treat the key as exposed: augno-keys rotate --emergency. Otherwise"
                        + " add their IPs to the allowlist.")));
        sandboxOnProd.forEach((id, tally) -> out.add(new AuditFinding(
                AuditRule.KEY_IP_MISMATCH,
                Severity.MEDIUM,
                id,
                "Sandbox key " + label(id, byId) + " was used from allowlisted production IPs",
                evidence(tally),
                "Production hosts should run with production keys only (AUGNO_KEY_MODE=production refuses others).")));
        return out;
    }

    private List<AuditFinding> repeatedFailures(List<RequestLog> logs) {
        Map<String, UsageTally> byCaller = new LinkedHashMap<>();
        Map<String, String> codes = new HashMap<>();
        for (RequestLog log : logs) {
            String code = log.errorCode().orElse("");
            if (!code.equals("api_key_revoked") && !code.equals("invalid_credentials")) {
                continue;
            }
            String who = log.actor().map(Actor::id).orElse("unknown key") + " from "
                    + log.clientIp().orElse("unknown IP");
            byCaller.computeIfAbsent(who, x -> new UsageTally()).add(log);
            codes.merge(who, code, (a, b) -> a.contains(b) ? a : a + "," + b);
        }
        List<AuditFinding> out = new ArrayList<>();
        byCaller.forEach((who, tally) -> {
            if (tally.total() >= failureThreshold) {
                List<String> evidence = new ArrayList<>(evidence(tally));
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

    private static List<AuditFinding> keyEvents(List<AuditEvent> events) {
        List<AuditFinding> out = new ArrayList<>();
        for (AuditEvent e : events) {
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

    // ---------------------------------------------------------------------------------- helpers

    private static boolean isAdmin(ApiKeyInfo k) {
        return k.role().map(Role::isAdmin).orElse(false);
    }

    private static boolean isAdminRoute(String route) {
        for (String prefix : ADMIN_ROUTES) {
            if (route.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable KeyMode modeOf(Actor actor, @Nullable ApiKeyInfo key) {
        String redacted = key != null ? key.redactedValue() : actor.handle().orElse("");
        return KeyMode.ofPrefix(redacted).orElse(null);
    }

    private static String label(String id, Map<String, ApiKeyInfo> byId) {
        ApiKeyInfo k = byId.get(id);
        return k == null ? id : k.name() + " (" + k.redactedValue() + ", " + id + ")";
    }

    private static List<String> evidence(UsageTally tally) {
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
