package com.augno.sdk.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.api.core.Role;
import com.augno.sdk.api.identity.RoleCreateParams;
import com.augno.sdk.auth.ApiKeyCreateParams;
import com.augno.sdk.auth.CreatedApiKey;
import com.augno.sdk.errors.AuthenticationException;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.testing.FakeAugnoServer;
import com.augno.sdk.testing.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each audit rule with a fixture that triggers it and one that does not, asserted on the finding
 * (rule, severity, evidence, recommended action), against the real {@link FakeAugnoServer} through
 * a real {@link AugnoClient}. Client IPs are planted with {@code X-Forwarded-For}
 * ({@link FakeAugnoServer.Builder#trustForwardedFor}); time moves with a {@link TestClock}.
 */
class KeyAuditorTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final String ALLOWED = "203.0.113.0/24";
    private static final String PROD_HOST = "203.0.113.5";
    private static final String STRANGER = "198.51.100.7";
    private static final String CUSTOMERS = "/v1/sales/customers";

    private final TestClock clock = TestClock.at(T0);

    @RegisterExtension
    final FakeAugnoServer server = FakeAugnoServer.builder()
            .clock(clock)
            .trustForwardedFor(true)
            .onKeyMinted(LeakCanary::register)
            .build();

    private final List<AugnoClient> clients = new ArrayList<>();
    private AugnoClient admin;

    @BeforeEach
    void setUp() {
        admin = client(server.adminKey(), null);
    }

    @AfterEach
    void tearDown() {
        clients.forEach(AugnoClient::close);
    }

    // ------------------------------------------------------------------ who can manage keys

    @Test
    void adminUsersAndActiveAdminKeysAreKeyManagersButScopedRevokedAndNonAdminOnesAreNot() {
        String alice = createUser("alice@example.com", roleNamed("Admin"));
        String bob = createUser("bob@example.com", roleNamed("Sales Rep"));
        ApiKey ops = server.mintAdminKey(server.defaultMode(), "ops");
        ApiKey retired = server.mintAdminKey(server.defaultMode(), "retired");
        admin.auth().apiKeys().revoke(server.keyId(retired));
        ApiKey scoped = server.mintKey("reader", "customers:read");

        AuditReport report = auditor().build().audit();
        List<AuditFinding> managers = report.findingsOf(AuditRule.KEY_MANAGERS);

        assertThat(managers)
                .filteredOn(f -> f.subject().equals(alice))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.summary()).contains("alice@example.com").contains("can manage API keys");
                    assertThat(f.evidence()).contains("user " + alice).anyMatch(e -> e.startsWith("role Admin ("));
                    assertThat(f.recommendation()).contains("Keep admins few");
                    assertThat(f.heuristic()).isFalse();
                });
        assertThat(managers)
                .filteredOn(f -> f.subject().equals(server.keyId(ops)))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.LOW);
                    assertThat(f.summary()).contains(ops.redacted()).contains("admin role");
                    assertThat(f.evidence()).containsExactly("key " + server.keyId(ops), "role Admin");
                    assertThat(f.recommendation()).contains("scoped keys");
                });
        assertThat(managers).anyMatch(f -> f.subject().equals(server.keyId(server.adminKey())));
        assertThat(managers)
                .extracting(AuditFinding::subject)
                .doesNotContain(bob, server.keyId(retired), server.keyId(scoped));
        LeakCanary.assertNoLeak(report, report.toJson(), managers);
    }

    // ------------------------------------------------------------------ admin keys on routine traffic

    @Test
    void anAdminKeyUsedForRoutineTrafficIsHigh() {
        ApiKey ops = server.mintAdminKey(server.defaultMode(), "ops");
        AugnoClient c = client(ops, null);
        get(c, CUSTOMERS);
        get(c, CUSTOMERS);

        AuditReport report = auditor().build().audit();

        assertThat(report.findingsOf(AuditRule.ADMIN_KEY_ROUTINE_TRAFFIC))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.HIGH);
                    assertThat(f.subject()).isEqualTo(server.keyId(ops));
                    assertThat(f.summary()).contains(ops.redacted()).contains("made 2 routine request(s)");
                    assertThat(f.evidence()).containsExactly("GET " + CUSTOMERS + ": 2 request(s)");
                    assertThat(f.recommendation()).contains("scoped key").contains("rotate the admin key");
                    assertThat(f.heuristic()).isTrue();
                });
    }

    @Test
    void aScopedKeyOnRoutineTrafficAndAnAdminKeyOnKeyManagementAreNotFindings() {
        get(client(server.mintKey("reader", "customers:read"), null), CUSTOMERS);
        get(admin, "/v1/auth/api-keys");
        get(admin, "/v1/identity/roles");

        AuditReport report = auditor().build().audit();

        assertThat(report.findingsOf(AuditRule.ADMIN_KEY_ROUTINE_TRAFFIC)).isEmpty();
        assertThat(ruleResult(report, AuditRule.ADMIN_KEY_ROUTINE_TRAFFIC).error())
                .isEmpty();
    }

    // ------------------------------------------------------------------ unused and never used

    @Test
    void aKeyUnusedForMoreThanNinetyDaysIsMediumAndOneUsedWithinThemIsNot() {
        ApiKey job = server.mintKey("nightly-job", "customers:read");
        get(client(job, null), CUSTOMERS);

        clock.advance(Duration.ofDays(89));
        ApiKey recent = server.mintKey("recent", "customers:read");
        get(client(recent, null), CUSTOMERS);
        AuditReport before = auditor().build().audit();

        clock.advance(Duration.ofDays(2));
        AuditReport after = auditor().build().audit();

        assertThat(before.findingsOf(AuditRule.UNUSED_KEYS)).isEmpty();
        assertThat(after.findingsOf(AuditRule.UNUSED_KEYS)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.subject()).isEqualTo(server.keyId(job));
            assertThat(f.summary()).contains(job.redacted()).contains("has not been used for 91 days");
            assertThat(f.evidence()).containsExactly("last used " + T0 + " (updated at most daily)");
            assertThat(f.recommendation()).contains("augno-keys revoke");
        });
    }

    @Test
    void aKeyNeverUsedAndOlderThanTheLogWindowIsReportedButABrandNewOneIsNot() {
        ApiKey idle = server.mintKey("idle", "customers:read");
        AuditReport fresh = auditor().build().audit();

        clock.advance(Duration.ofDays(91));
        AuditReport later = auditor().build().audit();

        assertThat(fresh.findingsOf(AuditRule.UNUSED_KEYS)).isEmpty();
        assertThat(later.findingsOf(AuditRule.UNUSED_KEYS)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.subject()).isEqualTo(server.keyId(idle));
            assertThat(f.summary()).contains("was never used");
            assertThat(f.evidence()).containsExactly("created " + T0, "last used: never");
            assertThat(f.recommendation()).contains("augno-keys revoke");
        });
    }

    // ------------------------------------------------------------------ expiry

    @Test
    void aKeyExpiringInsideTheWindowIsMediumAndOneOutsideIsNot() {
        String soon = createKey("soon", T0.plus(Duration.ofDays(5)));
        String later = createKey("later", T0.plus(Duration.ofDays(30)));

        AuditReport report = auditor().build().audit();
        AuditReport wider =
                auditor().expiringWithin(Duration.ofDays(40)).build().audit();

        assertThat(report.findingsOf(AuditRule.KEYS_EXPIRING_SOON))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
                    assertThat(f.subject()).isEqualTo(soon);
                    assertThat(f.summary()).contains("expires in 120 h");
                    assertThat(f.evidence()).containsExactly("expires_at " + T0.plus(Duration.ofDays(5)));
                    assertThat(f.recommendation()).contains("new expires_at");
                });
        assertThat(wider.findingsOf(AuditRule.KEYS_EXPIRING_SOON))
                .extracting(AuditFinding::subject)
                .containsExactlyInAnyOrder(soon, later);
        assertThat(report.findingsOf(AuditRule.KEYS_WITHOUT_EXPIRY))
                .extracting(AuditFinding::subject)
                .doesNotContain(soon, later);
    }

    @Test
    void aKeyWithoutExpiryIsLowAndAKeyWithOneIsNot() {
        ApiKey forever = server.mintKey("no-expiry", "customers:read");
        String expiring = createKey("expiring", T0.plus(Duration.ofDays(60)));

        AuditReport report = auditor().build().audit();

        assertThat(report.findingsOf(AuditRule.KEYS_WITHOUT_EXPIRY))
                .filteredOn(f -> f.subject().equals(server.keyId(forever)))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.LOW);
                    assertThat(f.summary()).contains(forever.redacted()).contains("never expires");
                    assertThat(f.evidence()).containsExactly("expires_at: none", "created " + T0);
                    assertThat(f.recommendation()).contains("augno-keys rotate");
                });
        assertThat(report.findingsOf(AuditRule.KEYS_WITHOUT_EXPIRY))
                .extracting(AuditFinding::subject)
                .doesNotContain(expiring);
    }

    // ------------------------------------------------------------------ IP allowlist

    @Test
    void aProductionKeySeenFromOutsideTheAllowlistIsHighAndAllowlistedProductionTrafficIsNot() {
        ApiKey stray = server.mintKey(KeyMode.PRODUCTION, "prod-worker", "customers:read");
        ApiKey housed = server.mintKey(KeyMode.PRODUCTION, "prod-housed", "customers:read");
        get(client(stray, STRANGER), CUSTOMERS);
        get(client(housed, PROD_HOST), CUSTOMERS);
        AugnoClient prodAdmin = client(server.adminKey(KeyMode.PRODUCTION), "203.0.113.10");

        AuditReport report = KeyAuditor.builder(prodAdmin)
                .clock(clock)
                .allowedIps(List.of(ALLOWED))
                .build()
                .audit();

        assertThat(report.findingsOf(AuditRule.KEY_IP_MISMATCH)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.subject()).isEqualTo(server.keyId(stray));
            assertThat(f.summary())
                    .startsWith("Production key prod-worker (" + stray.redacted())
                    .contains("1 IP(s) outside the allowlist");
            assertThat(f.evidence())
                    .singleElement()
                    .satisfies(e -> assertThat(e).startsWith(STRANGER + " ").contains("1 request(s), last " + T0));
            assertThat(f.recommendation()).contains("augno-keys rotate --emergency");
            assertThat(f.heuristic()).isTrue();
        });
        LeakCanary.assertNoLeak(report, report.toJson());
    }

    @Test
    void aSandboxKeySeenFromAnAllowlistedProductionIpIsAHeuristicFindingAndOneFromElsewhereIsNot() {
        ApiKey onProd = server.mintKey(KeyMode.SANDBOX, "sandbox-on-prod", "customers:read");
        ApiKey onLaptop = server.mintKey(KeyMode.SANDBOX, "sandbox-dev", "customers:read");
        get(client(onProd, PROD_HOST), CUSTOMERS);
        get(client(onLaptop, STRANGER), CUSTOMERS);
        AugnoClient sandboxAdmin = client(server.adminKey(KeyMode.SANDBOX), "198.51.100.20");

        AuditReport report = KeyAuditor.builder(sandboxAdmin)
                .clock(clock)
                .allowedIps(List.of(ALLOWED))
                .build()
                .audit();

        assertThat(report.findingsOf(AuditRule.KEY_IP_MISMATCH)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(f.subject()).isEqualTo(server.keyId(onProd));
            assertThat(f.summary()).startsWith("Sandbox key sandbox-on-prod").contains("allowlisted production IPs");
            assertThat(f.evidence())
                    .singleElement()
                    .satisfies(e -> assertThat(e).startsWith(PROD_HOST + " "));
            assertThat(f.recommendation()).contains("AUGNO_KEY_MODE=production");
            assertThat(f.heuristic()).isTrue();
        });
    }

    @Test
    void withoutAnAllowlistTheIpRuleIsSkippedAndSaysWhy() {
        get(client(server.mintKey("worker", "customers:read"), STRANGER), CUSTOMERS);

        AuditReport report = auditor().build().audit();

        assertThat(report.findingsOf(AuditRule.KEY_IP_MISMATCH)).isEmpty();
        assertThat(ruleResult(report, AuditRule.KEY_IP_MISMATCH).skipped())
                .hasValueSatisfying(s -> assertThat(s).contains("--allow-ip"));
    }

    // ------------------------------------------------------------------ repeated failures

    @Test
    void repeatedFailuresWithARevokedKeyAreHighAndFewerThanTheThresholdAreNot() {
        ApiKey old = server.mintKey("old-worker", "customers:read");
        AugnoClient stale = client(old, STRANGER);
        get(stale, CUSTOMERS);
        admin.auth().apiKeys().revoke(server.keyId(old));
        for (int i = 0; i < 3; i++) {
            // 401 api_key_revoked, as a host still holding the old key sees it
            assertThatThrownBy(() -> get(stale, CUSTOMERS)).isInstanceOf(AuthenticationException.class);
        }

        AuditReport few = auditor().failureThreshold(4).build().audit();
        AuditReport some = auditor().failureThreshold(3).build().audit();

        assertThat(few.findingsOf(AuditRule.REPEATED_AUTH_FAILURES)).isEmpty();
        assertThat(some.findingsOf(AuditRule.REPEATED_AUTH_FAILURES))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.HIGH);
                    assertThat(f.subject()).isEqualTo(server.keyId(old) + " from " + STRANGER);
                    assertThat(f.summary()).startsWith("3 requests with a revoked or invalid key");
                    assertThat(f.evidence()).first().isEqualTo("error codes api_key_revoked");
                    assertThat(f.evidence())
                            .element(1)
                            .asString()
                            .startsWith(STRANGER + " ")
                            .contains("3 request(s)");
                    assertThat(f.recommendation()).contains("Someone still holds an old key");
                });
        LeakCanary.assertNoLeak(some, some.toJson());
    }

    // ------------------------------------------------------------------ key-management events

    @Test
    void keyRotationsAreListedAndOtherResourcesAndOlderEventsAreNot() {
        ApiKey k = server.mintKey("to-rotate", "customers:read");
        CreatedApiKey replacement = admin.auth().apiKeys().rotate(server.keyId(k));
        admin.identity()
                .roles()
                .create(RoleCreateParams.builder()
                        .name("Auditors")
                        .permissions("customers:read")
                        .build());

        AuditReport now = auditor().build().audit();
        clock.advance(Duration.ofDays(8));
        AuditReport weekLater = auditor().build().audit();

        List<AuditFinding> events = now.findingsOf(AuditRule.KEY_MANAGEMENT_EVENTS);
        assertThat(events)
                .filteredOn(f -> f.subject().equals(server.keyId(k)))
                .isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.summary()).startsWith("Key " + server.keyId(k) + ": ");
                    assertThat(f.evidence()).contains("at " + T0).anyMatch(e -> e.startsWith("by api_key "));
                    assertThat(f.recommendation()).isEqualTo("Check that this change was planned.");
                });
        assertThat(events).anyMatch(f -> f.subject().equals(replacement.info().id()));
        assertThat(events).allMatch(f -> f.subject().startsWith("apke_"));
        assertThat(weekLater.findingsOf(AuditRule.KEY_MANAGEMENT_EVENTS)).isEmpty();
        LeakCanary.assertNoLeak(now, now.toJson());
    }

    // ------------------------------------------------------------------ paging, pacing, queries

    @Test
    void thePageCapMarksTheReportPartial() {
        for (int i = 0; i < 3; i++) {
            get(admin, CUSTOMERS);
        }

        AuditReport capped = auditor().pageSize(1).maxPages(2).build().audit();
        AuditReport full = auditor().pageSize(1).build().audit();

        assertThat(capped.partial()).isTrue();
        assertThat(ruleResult(capped, AuditRule.ADMIN_KEY_ROUTINE_TRAFFIC).partial())
                .isTrue();
        assertThat(capped.toJson()).contains("\"partial\" : true");
        assertThat(full.partial()).isFalse();
        assertThat(full.rules()).noneMatch(RuleResult::partial);
    }

    @Test
    void theAuditorWaitsForTheRateLimitWindowWhenTheFakeSaysItIsUsedUpAndOnlyThen() {
        assertThat(paceWaits(1))
                .as("one request a second: wait for each window")
                .isNotEmpty()
                .allMatch(d -> d.equals(Duration.ofSeconds(1)));
        assertThat(paceWaits(1000)).as("requests remain: no wait").isEmpty();
    }

    /** Audits a fake announcing {@code limit} requests a second; returns the auditor's waits. */
    private List<Duration> paceWaits(int limit) {
        TestClock pacedClock = TestClock.at(T0);
        List<Duration> waits = new CopyOnWriteArrayList<>();
        try (FakeAugnoServer paced = FakeAugnoServer.builder()
                .clock(pacedClock)
                .rateLimit(limit)
                .onKeyMinted(LeakCanary::register)
                .build()
                .start()) {
            AugnoClient c = client(paced, paced.adminKey(), null);
            get(c, CUSTOMERS);
            get(c, CUSTOMERS);

            AuditReport report = KeyAuditor.builder(c)
                    .clock(pacedClock)
                    .pageSize(1)
                    .sleeper(d -> {
                        waits.add(d);
                        pacedClock.advance(d); // the next window begins
                    })
                    .build()
                    .audit();

            assertThat(report.partial()).isFalse();
            assertThat(ruleResult(report, AuditRule.ADMIN_KEY_ROUTINE_TRAFFIC).pagesRead())
                    .isGreaterThan(2);
        }
        return waits;
    }

    @Test
    void eachRuleSendsExactlyTheQueriesItDocuments() {
        List<HttpUrl> sent = new CopyOnWriteArrayList<>();
        AugnoClient recording = client(server, server.adminKey(), null, sent);

        AuditReport report = KeyAuditor.builder(recording)
                .clock(clock)
                .allowedIps(List.of(ALLOWED))
                .build()
                .audit();

        assertThat(report.rules()).allSatisfy(r -> assertThat(r.error()).isEmpty());
        String since = T0.minus(KeyAuditor.DEFAULT_LOG_WINDOW).toString();
        for (AuditRule rule : AuditRule.values()) {
            for (String documented : rule.queries().split("; ")) {
                String line = documented.replaceFirst(" \\(.*\\)$", "").replace("<window>", since);
                assertThat(line).startsWith("GET ");
                HttpUrl expected = HttpUrl.get("http://127.0.0.1" + line.substring(4));
                assertThat(sent)
                        .as("%s documents %s", rule, line)
                        .anyMatch(u -> u.encodedPath().equals(expected.encodedPath())
                                && queryOf(u).equals(queryOf(expected)));
            }
        }
    }

    // ------------------------------------------------------------------ report types

    @Test
    void theJsonReportKeepsItsShape() throws Exception {
        get(client(server.mintAdminKey(server.defaultMode(), "ops"), null), CUSTOMERS);

        AuditReport report = auditor().build().audit();
        JsonNode json = com.augno.sdk.internal.json.Json.mapper().readTree(report.toJson());

        assertThat(fieldNames(json)).containsExactly("generated_at", "log_window", "partial", "rules", "findings");
        assertThat(json.get("generated_at").asText()).isEqualTo(T0.toString());
        assertThat(json.get("log_window").asText()).isEqualTo("PT168H");
        assertThat(json.get("partial").isBoolean()).isTrue();
        assertThat(json.get("rules")).hasSize(AuditRule.values().length);
        JsonNode first = json.get("rules").get(0);
        assertThat(fieldNames(first))
                .containsExactly("rule", "title", "queries", "certainty", "since", "pages_read", "partial", "findings");
        assertThat(first.get("rule").asText()).isEqualTo("key_managers");
        assertThat(first.get("queries").asText()).isEqualTo(AuditRule.KEY_MANAGERS.queries());
        assertThat(first.get("certainty").asText()).isEqualTo("certain");
        assertThat(first.get("pages_read").isInt()).isTrue();
        JsonNode ipRule = json.get("rules").get(AuditRule.KEY_IP_MISMATCH.ordinal());
        assertThat(fieldNames(ipRule)).endsWith("findings", "skipped");
        JsonNode finding = json.get("findings").get(0);
        assertThat(fieldNames(finding))
                .containsExactly("rule", "severity", "certainty", "subject", "summary", "evidence", "recommendation");
        assertThat(finding.get("rule").asText()).isEqualTo("admin_key_routine_traffic");
        assertThat(finding.get("severity").asText()).isEqualTo("high");
        assertThat(finding.get("certainty").asText()).isEqualTo("heuristic");
        assertThat(finding.get("evidence").isArray()).isTrue();
        assertThat(json.get("findings")).hasSize(report.findings().size());
    }

    @Test
    void reportTypesAreFinalClassesWithoutPublicConstructors() {
        for (Class<?> type : List.of(AuditFinding.class, AuditReport.class, RuleResult.class)) {
            assertThat(type.isRecord()).as(type.getSimpleName()).isFalse();
            assertThat(Modifier.isFinal(type.getModifiers()))
                    .as(type.getSimpleName())
                    .isTrue();
            assertThat(type.getConstructors()).as(type.getSimpleName()).isEmpty();
        }
    }

    @Test
    void twoAuditsOfTheSameStateAreEqualAndPrintNoSecret() {
        ApiKey ops = server.mintAdminKey(server.defaultMode(), "ops");
        get(client(ops, null), CUSTOMERS);

        AuditReport a = auditor().build().audit();
        AuditReport b = auditor().build().audit();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.findings()).isEqualTo(b.findings());
        assertThat(a.rules().get(0))
                .isEqualTo(b.rules().get(0))
                .hasSameHashCodeAs(b.rules().get(0));
        assertThat(a.toString()).contains("generatedAt=" + T0).contains("HIGH=1");
        assertThat(a.findings().get(0).toString())
                .contains("ADMIN_KEY_ROUTINE_TRAFFIC")
                .contains(ops.redacted());
        assertThat(a.rules().get(0).toString()).contains("KEY_MANAGERS");
        LeakCanary.assertNoLeak(a, a.findings(), a.rules(), a.toJson());
    }

    // ------------------------------------------------------------------ helpers

    private KeyAuditor.Builder auditor() {
        return KeyAuditor.builder(admin).clock(clock).sleeper(d -> {});
    }

    private static RuleResult ruleResult(AuditReport report, AuditRule rule) {
        return report.rules().stream().filter(r -> r.rule() == rule).findFirst().orElseThrow();
    }

    private AugnoClient client(ApiKey key, @Nullable String forwardedFor) {
        return client(server, key, forwardedFor, null);
    }

    private AugnoClient client(FakeAugnoServer on, ApiKey key, @Nullable String forwardedFor) {
        return client(on, key, forwardedFor, null);
    }

    /**
     * A client on {@code on} whose requests carry {@code X-Forwarded-For: forwardedFor} (the fake
     * records it as the client IP), optionally recording every URL it sends.
     */
    private AugnoClient client(
            FakeAugnoServer on, ApiKey key, @Nullable String forwardedFor, @Nullable List<HttpUrl> sent) {
        OkHttpClient http = new OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    if (sent != null) {
                        sent.add(chain.request().url());
                    }
                    return forwardedFor == null
                            ? chain.proceed(chain.request())
                            : chain.proceed(chain.request()
                                    .newBuilder()
                                    .header("X-Forwarded-For", forwardedFor)
                                    .build());
                })
                .build();
        AugnoClient c = AugnoClient.builder()
                .secretProvider(on.storeFor(key))
                .baseUrl(on.baseUrl())
                .okHttpClient(http)
                .clock(on.clock())
                .maxRetries(0)
                .sleeper(d -> {})
                .build();
        clients.add(c);
        return c;
    }

    private static void get(AugnoClient c, String path) {
        c.request(ApiRequest.builder(HttpMethod.GET, path).query("limit", 1).build(), JsonNode.class);
    }

    private String roleNamed(String name) {
        return admin.identity().roles().list().autoPager().stream()
                .filter(r -> r.name().equals(name))
                .map(Role::id)
                .findFirst()
                .orElseThrow();
    }

    private String createUser(String email, String roleId) {
        return admin.request(
                        ApiRequest.builder(HttpMethod.POST, "/v1/identity/account-users")
                                .body(Map.of("email", email, "name", email, "role_id", roleId))
                                .build(),
                        JsonNode.class)
                .data()
                .get("id")
                .asText();
    }

    private String createKey(String name, Instant expiresAt) {
        return admin.auth()
                .apiKeys()
                .create(ApiKeyCreateParams.builder()
                        .name(name)
                        .roleId(roleNamed("Sales Rep"))
                        .expiresAt(expiresAt)
                        .build())
                .info()
                .id();
    }

    /** The query of {@code url} without paging parameters, decoded. */
    private static Map<String, String> queryOf(HttpUrl url) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : url.queryParameterNames()) {
            if (!name.equals("limit") && !name.equals("cursor")) {
                out.put(name, String.valueOf(url.queryParameter(name)));
            }
        }
        return out;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
