package com.augno.keys.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.testing.FakeAugnoServer;
import com.augno.sdk.testing.Fault;
import com.augno.sdk.testing.InMemorySecretStore;
import com.augno.sdk.testing.StoreFault;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code augno-keys rotate} and {@code rotation-status}: the JSON each prints keeps its shape, and
 * every failure path ends with its documented exit code and without the key in anything printed.
 */
class RotateOutputTest {
    private static final String ROTATE = "POST /v1/auth/api-keys/{id}/actions/rotate";

    @RegisterExtension
    final FakeAugnoServer server =
            FakeAugnoServer.builder().onKeyMinted(LeakCanary::register).build();

    private final Map<String, SecretProvider> stores = new HashMap<>();
    // Retries wait here, not in real time.
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private ApiKey runtimeKey;
    private String keyId;
    private InMemorySecretStore store;
    private CliContext context;

    @BeforeEach
    void setUp() {
        runtimeKey = server.mintKey("billing-sync", "customers:read");
        keyId = server.keyId(runtimeKey);
        store = server.storeFor(runtimeKey);
        stores.put("memory://admin", server.adminKeyStore());
        stores.put("memory://runtime", store);
        stores.put("memory://runtime?versionId=v-17", store);
        stores.put("memory://other", server.storeFor(server.mintKey("other-service", "customers:read")));
        context = new CliContext(
                name -> null,
                Map.of("AUGNO_ADMIN_SECRET", "memory://admin", "AUGNO_BASE_URL", server.baseUrl()),
                Clock.systemUTC(),
                ref -> {
                    SecretProvider p = stores.get(ref);
                    if (p == null) {
                        throw new ConfigurationException("unknown test reference " + ref);
                    }
                    return p;
                },
                waits::add);
    }

    @Test
    void rotateJsonKeepsItsFields() throws Exception {
        CliRun run = rotate("--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode report = Json.MAPPER.readTree(run.out());
        assertThat(fields(report))
                .containsExactly(
                        "outcome",
                        "rotation_id",
                        "kind",
                        "key_name",
                        "old_key_id",
                        "old_key_redacted",
                        "new_key_id",
                        "new_key_redacted",
                        "store",
                        "store_version",
                        "store_write_attempts",
                        "old_key_revokes_at",
                        "verification",
                        "verification_detail",
                        "recovery",
                        "started_at",
                        "finished_at");
        assertThat(report.get("kind").asText()).isEqualTo("scheduled");
        assertThat(report.get("store_write_attempts").isInt()).isTrue();
        assertThat(report.get("recovery").isArray()).isTrue();
        LeakCanary.assertNoLeak(run.all());
    }

    @Test
    void dryRunJsonKeepsItsFields() throws Exception {
        CliRun run = rotate("--dry-run", "--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode plan = Json.MAPPER.readTree(run.out());
        assertThat(fields(plan))
                .containsExactly(
                        "outcome",
                        "key_id",
                        "key_name",
                        "key_redacted",
                        "kind",
                        "overlap",
                        "planned_revoke_at",
                        "store",
                        "checks",
                        "steps");
        assertThat(plan.get("outcome").asText()).isEqualTo("ready");
        assertThat(fields(plan.get("checks").get(0))).containsExactly("name", "outcome", "detail");
        assertThat(plan.get("overlap").asText()).isEqualTo("PT24H");
        LeakCanary.assertNoLeak(run.all());
    }

    @Test
    void anIncompleteRotationPrintsItsStateAsJsonAndExitsSix() throws Exception {
        store.failPuts(StoreFault.unavailable());

        CliRun run = rotate("--json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ROTATION_INCOMPLETE);
        JsonNode state = Json.MAPPER.readTree(run.out());
        assertThat(fields(state))
                .containsExactly(
                        "outcome",
                        "message",
                        "rotation_id",
                        "old_key_id",
                        "new_key_id",
                        "new_key_redacted",
                        "old_key_revokes_at",
                        "store",
                        "error",
                        "recovery",
                        "fallback");
        assertThat(state.get("outcome").asText()).isEqualTo("incomplete");
        assertThat(state.get("error").asText()).contains("writing the store failed");
        LeakCanary.assertNoLeak(run.all());
    }

    @Test
    void rotationStatusJsonKeepsItsFields() throws Exception {
        rotate();
        // The old key keeps working during the overlap; someone still calls with it.
        try (AugnoClient client = AugnoClient.builder()
                .secretProvider(InMemorySecretStore.of(runtimeKey))
                .baseUrl(server.baseUrl())
                .build()) {
            client.request(
                    ApiRequest.builder(HttpMethod.GET, "/v1/sales/customers")
                            .query("limit", 1)
                            .build(),
                    JsonNode.class);
        }

        CliRun run = CliRun.run(context, "rotation-status", "--key-id", keyId, "--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode status = Json.MAPPER.readTree(run.out());
        assertThat(fields(status))
                .containsExactly(
                        "key_id",
                        "key_name",
                        "key_redacted",
                        "status",
                        "revokes_at",
                        "time_left_seconds",
                        "since",
                        "request_count",
                        "partial",
                        "usages");
        assertThat(fields(status.get("usages").get(0)))
                .containsExactly("client_ip", "user_agent", "request_count", "first_seen", "last_seen");
        LeakCanary.assertNoLeak(run.all());
    }

    @Test
    void aStoreHoldingAnotherKeyExitsFiveAndPrintsNoKey() {
        CliRun human = CliRun.run(context, "rotate", "--key-id", keyId, "--store", "memory://other");
        CliRun json = CliRun.run(context, "rotate", "--key-id", keyId, "--store", "memory://other", "--json");

        assertThat(human.exitCode()).isEqualTo(ExitCodes.PRECHECK_FAILED);
        assertThat(human.out()).contains("wrong key id or wrong store", "Nothing was changed.");
        assertThat(json.exitCode()).isEqualTo(ExitCodes.PRECHECK_FAILED);
        assertThat(json.out()).contains("\"refused\"");
        LeakCanary.assertNoLeak(human.all(), json.all());
    }

    @Test
    void aPinnedReferenceExitsFiveAndPrintsNoKey() {
        CliRun run = CliRun.run(context, "rotate", "--key-id", keyId, "--store", "memory://runtime?versionId=v-17");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PRECHECK_FAILED);
        assertThat(run.out()).contains("reference not pinned", "versionId v-17");
        assertThat(store.versions()).hasSize(1);
        LeakCanary.assertNoLeak(run.all());
    }

    @Test
    void aShortOverlapExitsFiveAndPrintsNoKey() {
        CliRun run = rotate("--overlap", "1h", "--json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PRECHECK_FAILED);
        assertThat(run.out()).contains("shorter than 2 h 10 min");
        LeakCanary.assertNoLeak(run.all());
    }

    @Test
    void aStoreWriteThatKeepsFailingExitsSixAndPrintsOnlyTheRedactedKey() {
        store.failPuts(StoreFault.unavailable());

        CliRun run = rotate();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ROTATION_INCOMPLETE);
        assertThat(run.out()).contains("ROTATION INCOMPLETE", "none given (--fallback-store)");
        assertThat(waits).containsSubsequence(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        LeakCanary.assertNoLeak(run.all());
    }

    @Test
    void anUnknownRotateOutcomeWithTheReplayedSecretEndsRotated() throws Exception {
        server.setReplayRevealsKeySecret(true);
        server.injectFault(ROTATE, Fault.serverError(503).afterProcessing().times(1));

        CliRun run = rotate("--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode report = Json.MAPPER.readTree(run.out());
        assertThat(report.get("outcome").asText()).isEqualTo("rotated");
        assertThat(ApiKey.parse(store.current().orElseThrow(), "test").redacted())
                .isEqualTo(report.get("new_key_redacted").asText());
        LeakCanary.assertNoLeak(run.all());
    }

    @Test
    void anUnknownRotateOutcomeWithoutTheSecretRotatesTheOrphanAndEndsRotated() throws Exception {
        server.setReplayRevealsKeySecret(false);
        server.injectFault(ROTATE, Fault.serverError(503).afterProcessing().times(1));

        CliRun run = rotate("--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode report = Json.MAPPER.readTree(run.out());
        List<String> recovery = new ArrayList<>();
        report.get("recovery").forEach(n -> recovery.add(n.asText()));
        assertThat(recovery).anyMatch(n -> n.contains("orphaned new key"));
        assertThat(ApiKey.parse(store.current().orElseThrow(), "test").redacted())
                .isEqualTo(report.get("new_key_redacted").asText());
        LeakCanary.assertNoLeak(run.all());
    }

    @Test
    void aRotateCallThatNeverTookEffectExitsFourAndChangesNothing() {
        server.injectFault(ROTATE, Fault.connectionReset());

        CliRun run = rotate();

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.API_ERROR);
        assertThat(run.err()).contains("did not take effect");
        assertThat(store.versions()).hasSize(1);
        LeakCanary.assertNoLeak(run.all());
    }

    @Test
    void aReadOnlyFallbackStoreIsRefusedBeforeTheKeyIsRotated() {
        stores.put("env://FALLBACK", readOnly());

        CliRun run = rotate("--fallback-store", "env://FALLBACK");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(run.err()).contains("--fallback-store", "cannot be written");
        assertThat(revokedAt(keyId)).isNull();
        assertThat(store.versions()).hasSize(1);
        LeakCanary.assertNoLeak(run.all());
    }

    @Test
    void aFallbackStoreThatCannotBeOpenedFailsTheDryRunToo() {
        CliRun run = rotate("--dry-run", "--fallback-store", "memory://nowhere");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(run.err()).contains("unknown test reference memory://nowhere");
    }

    @Test
    void aFallbackWriteThatThrowsAnythingStillPrintsTheReportAndExitsSix() {
        store.failPuts(StoreFault.accessDenied());
        InMemorySecretStore fallback =
                InMemorySecretStore.builder().name("fallback").build();
        stores.put("memory://fallback", new FailingOnPut(fallback));

        CliRun run = rotate("--fallback-store", "memory://fallback");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.ROTATION_INCOMPLETE);
        assertThat(run.out()).contains("ROTATION INCOMPLETE", "failed too (IllegalStateException)");
        LeakCanary.assertNoLeak(run.all());
    }

    @Test
    void aFailedStoreWriteGoesToTheFallbackStore() {
        store.failPuts(StoreFault.accessDenied());
        InMemorySecretStore fallback =
                InMemorySecretStore.builder().name("fallback").build();
        stores.put("memory://fallback", fallback);

        CliRun run = rotate("--fallback-store", "memory://fallback");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.ROTATION_INCOMPLETE);
        assertThat(run.out()).contains("written to");
        assertThat(fallback.current()).isPresent();
        LeakCanary.assertNoLeak(run.all());
    }

    private static SecretProvider readOnly() {
        return new SecretProvider() {
            @Override
            public com.augno.sdk.secrets.SecretValue fetch() {
                throw new AssertionError("never read");
            }

            @Override
            public String description() {
                return "env://FALLBACK";
            }
        };
    }

    /** A writable store whose put fails with an exception outside the SDK's hierarchy. */
    private static final class FailingOnPut implements com.augno.sdk.secrets.WritableSecretStore {
        private final InMemorySecretStore delegate;

        FailingOnPut(InMemorySecretStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public String put(com.augno.sdk.secrets.SecretValue value, com.augno.sdk.secrets.PutOptions options) {
            throw new IllegalStateException("broken plug-in");
        }

        @Override
        public com.augno.sdk.secrets.WriteAccess canWrite() {
            return com.augno.sdk.secrets.WriteAccess.YES;
        }

        @Override
        public com.augno.sdk.secrets.SecretValue fetch() {
            return delegate.fetch();
        }

        @Override
        public String description() {
            return "memory://fallback";
        }
    }

    private @org.jspecify.annotations.Nullable String revokedAt(String id) {
        try (AugnoClient admin = AugnoClient.builder()
                .secretProvider(server.adminKeyStore())
                .baseUrl(server.baseUrl())
                .build()) {
            JsonNode key = admin.request(
                            ApiRequest.builder(HttpMethod.GET, "/v1/auth/api-keys")
                                    .addPathSegment(id)
                                    .build(),
                            JsonNode.class)
                    .data();
            return key.get("revoked_at").isNull() ? null : key.get("revoked_at").asText();
        }
    }

    private CliRun rotate(String... extra) {
        List<String> args = new ArrayList<>(List.of("rotate", "--key-id", keyId, "--store", "memory://runtime"));
        args.addAll(List.of(extra));
        return CliRun.run(context, args.toArray(String[]::new));
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
