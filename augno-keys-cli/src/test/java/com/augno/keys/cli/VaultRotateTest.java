package com.augno.keys.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.sdk.SecretProviders;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.secrets.vault.FakeVault;
import com.augno.sdk.testing.FakeAugnoServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code augno-keys rotate --store vault://...} end to end: the CLI as shipped (the Vault store found
 * through {@code ServiceLoader}), real OkHttp against the Vault fake (KV v2, check-and-set,
 * capabilities), and {@link FakeAugnoServer}.
 */
class VaultRotateTest {
    private static final String SECRET = "secret/prod/augno";

    @RegisterExtension
    final FakeAugnoServer server =
            FakeAugnoServer.builder().onKeyMinted(LeakCanary::register).build();

    @TempDir
    Path dir;

    private FakeVault vault;
    private ApiKey runtimeKey;
    private String keyId;
    private CliContext context;
    private String reference;

    @BeforeEach
    void setUp() throws Exception {
        vault = new FakeVault(Clock.systemUTC()).launch();
        runtimeKey = server.mintKey("billing-sync", "customers:read");
        keyId = server.keyId(runtimeKey);
        vault.write(SECRET, Map.of("owner", "payments", "api_key", runtimeKey.reveal()));
        Path tokenFile = dir.resolve("agent-token");
        Files.writeString(tokenFile, LeakCanary.register(vault.issueToken("read", "update")));
        reference = "vault://" + SECRET + "?endpoint=" + vault.endpoint() + "&tokenFile=" + tokenFile + "#api_key";
        SecretProvider admin = server.adminKeyStore();
        context = new CliContext(
                name -> null,
                Map.of("AUGNO_ADMIN_SECRET", "memory://admin", "AUGNO_BASE_URL", server.baseUrl()),
                Clock.systemUTC(),
                ref -> ref.equals("memory://admin") ? admin : SecretProviders.fromUri(ref));
    }

    @AfterEach
    void tearDown() {
        vault.shutdown();
    }

    @Test
    void rotateWritesTheNewKeyIntoVaultWithCheckAndSetAndVerifiesIt() throws Exception {
        CliRun run = CliRun.run(context, "rotate", "--key-id", keyId, "--store", reference, "--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode report = Json.MAPPER.readTree(run.out());
        assertThat(report.get("outcome").asText()).isEqualTo("rotated");
        assertThat(report.get("verification").asText()).isEqualTo("authenticated_scoped");
        assertThat(report.get("store").asText()).startsWith("vault://" + SECRET);
        assertThat(report.get("store_version").asText()).isEqualTo("2");
        assertThat(vault.currentVersion(SECRET)).isEqualTo(2);
        assertThat(vault.field(SECRET, "owner")).isEqualTo("payments");
        ApiKey newKey = ApiKey.parse(SecretValue.of(Objects.requireNonNull(vault.field(SECRET, "api_key"))), "test");
        assertThat(newKey.redacted()).isEqualTo(report.get("new_key_redacted").asText());
        assertThat(newKey.sameKeyAs(runtimeKey)).isFalse();
        LeakCanary.assertNoLeak(run.all());
        LeakCanary.assertLogsClean();
    }

    @Test
    void aDryRunAsksVaultWhetherTheTokenMayWriteAndWritesNothing() {
        CliRun run = CliRun.run(context, "rotate", "--key-id", keyId, "--store", reference, "--dry-run");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("store holds this key", "store is writable")
                .doesNotContain("UNKNOWN");
        assertThat(vault.currentVersion(SECRET)).isEqualTo(1);
        LeakCanary.assertNoLeak(run.all());
    }

    @Test
    void aWrongVaultReferenceIsAConfigurationErrorThatSaysWhatIsWrong() {
        CliRun run = CliRun.run(context, "rotate", "--key-id", keyId, "--store", "vault://secret/augno?region=eu");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(run.err()).contains("vault://").contains("region");
        assertThat(run.err()).doesNotContain("not on the class path", "Unknown secret reference scheme");
        LeakCanary.assertNoLeak(run.all());
    }
}
