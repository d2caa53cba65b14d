package com.augno.keys.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.testing.FakeAugnoServer;
import com.augno.sdk.testing.InMemorySecretStore;
import com.augno.sdk.testing.StoreFault;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The commands that call Augno, against the fake server and in-memory stores. */
class KeyCommandsTest {
    @RegisterExtension
    final FakeAugnoServer server =
            FakeAugnoServer.builder().onKeyMinted(LeakCanary::register).build();

    private final Map<String, SecretProvider> stores = new HashMap<>();
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
        stores.put(
                "memory://fallback",
                InMemorySecretStore.builder().name("fallback").build());
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
                });
    }

    @Test
    void serverStringsReachTheTerminalEscaped() {
        // A key name (or user agent) chosen by whoever could create keys or send requests.
        server.mintKey("evil\u001b]0;pwned\u0007\u001b[2J\r\u202ename", "customers:read");

        CliRun run = CliRun.run(context, "list");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .doesNotContain("\u001b", "\u0007", "\r", "\u202e")
                .contains("evil\\x1b]0;pwned\\x07\\x1b[2J\\x0d\\u202ename");
    }

    @Test
    void tableEscapesControlAndBidiCharactersOnly() {
        assertThat(Table.escape("plain name, ünïcode ok")).isEqualTo("plain name, ünïcode ok");
        assertThat(Table.escape("a\tb\nc\u007fd\u009be\u2066f")).isEqualTo("a\\x09b\\x0ac\\x7fd\\x9be\\u2066f");
    }

    @Test
    void rotatePrintsTheReportAndNeverTheKey() throws Exception {
        CliRun run = CliRun.run(context, "rotate", "--key-id", keyId, "--store", "memory://runtime", "--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode report = Json.MAPPER.readTree(run.out());
        assertThat(report.get("outcome").asText()).isEqualTo("rotated");
        assertThat(report.get("old_key_id").asText()).isEqualTo(keyId);
        assertThat(report.get("store_version").asText()).isEqualTo("v2");
        assertThat(report.get("verification").asText()).isEqualTo("authenticated_scoped");
        LeakCanary.assertNoLeak(run.all());
    }

    @Test
    void dryRunPrintsTheChecksAsATableAndChangesNothing() {
        CliRun run = CliRun.run(context, "rotate", "--key-id", keyId, "--store", "memory://runtime", "--dry-run");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("CHECK", "OUTCOME", "store holds this key", "PASSED", "Steps:");
        assertThat(store.versions()).hasSize(1);
        LeakCanary.assertNoLeak(run.all());
    }

    @Test
    void aShortOverlapIsAPrecheckFailure() {
        CliRun run = CliRun.run(context, "rotate", "--key-id", keyId, "--store", "memory://runtime", "--overlap", "1h");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PRECHECK_FAILED);
        assertThat(run.out()).contains("Refused", "overlap", "FAILED", "Nothing was changed.");
    }

    @Test
    void aFailingStoreWriteGoesToTheFallbackStoreAndExitsSix() {
        store.failPuts(StoreFault.unavailable());

        CliRun run = CliRun.run(
                context,
                "rotate",
                "--key-id",
                keyId,
                "--store",
                "memory://runtime",
                "--emergency",
                "--fallback-store",
                "memory://fallback");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ROTATION_INCOMPLETE);
        assertThat(run.out()).contains("ROTATION INCOMPLETE", "written to memory://fallback");
        assertThat(((InMemorySecretStore) stores.get("memory://fallback")).versions())
                .hasSize(1);
        LeakCanary.assertNoLeak(run.all());
    }

    @Test
    void aKeyPassedAsAdminSecretIsRefusedWithoutEchoingIt() {
        String key = TestKeys.production();

        CliRun run = CliRun.run(context, "list", "--admin-secret", key);

        // Every argument is checked before any command runs (issue 20).
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(run.err()).contains("looks like an API key (not shown)");
        LeakCanary.assertNoLeak(run.all());
    }

    @Test
    void withoutAnAdminSecretTheErrorSaysWhereItLooked() {
        CliContext bare = new CliContext(name -> null, Map.of(), Clock.systemUTC(), context.opener());

        CliRun run = CliRun.run(bare, "list");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(run.err()).contains("--admin-secret", "AUGNO_ADMIN_SECRET");
    }

    @Test
    void listShowsRedactedKeysInAnAlignedTable() {
        CliRun run = CliRun.run(context, "list");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("ID", "NAME", "KEY", "billing-sync", runtimeKey.redacted());
        LeakCanary.assertNoLeak(run.all());
    }

    @Test
    void revokeNeedsYes() {
        assertThat(CliRun.run(context, "revoke", "--key-id", keyId).exitCode()).isEqualTo(ExitCodes.USAGE);

        CliRun run = CliRun.run(context, "revoke", "--key-id", keyId, "--yes");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Revoked " + keyId);
    }

    @Test
    void rotationStatusAfterARotationListsTheCallersOfTheOldKey() throws Exception {
        CliRun.run(context, "rotate", "--key-id", keyId, "--store", "memory://runtime");

        CliRun run = CliRun.run(context, "rotation-status", "--key-id", keyId, "--json");

        JsonNode status = Json.MAPPER.readTree(run.out());
        assertThat(status.get("status").asText()).isEqualTo("active");
        assertThat(status.has("revokes_at")).isTrue();
        assertThat(run.exitCode()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
    }

    @Test
    void auditPrintsJsonWithEveryRuleAndProgressOnStandardError() throws Exception {
        CliRun run = CliRun.run(context, "audit", "--json", "--fail-on", "none");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode report = Json.MAPPER.readTree(run.out());
        assertThat(report.get("rules")).hasSize(8);
        assertThat(run.err()).contains("reading api keys: page 1");
        LeakCanary.assertNoLeak(run.all());
    }
}
