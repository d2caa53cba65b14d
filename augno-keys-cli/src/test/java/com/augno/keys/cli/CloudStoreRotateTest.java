package com.augno.keys.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.sdk.SecretProviders;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.testing.FakeAugnoServer;
import com.augno.sdk.testing.aws.FakeSecretsManager;
import com.augno.sdk.testing.gcp.SecretManagerServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code augno-keys rotate} into the cloud stores, end to end: the CLI as shipped (the stores found
 * through {@code ServiceLoader}), the real AWS client against Secrets Manager emulated on WireMock
 * (JSON 1.1), the real Google client against Secret Manager emulated as loopback gRPC, and {@link
 * FakeAugnoServer}. Explicit region; fake AWS credentials from system properties (surefire execution
 * {@code cloud-stores}, its own JVM), so the credential chain stops before any metadata service.
 */
@EnabledIfSystemProperty(named = "augno.test.cloudStores", matches = "true")
class CloudStoreRotateTest {
    private static final String AWS_SECRET = "prod/augno";
    private static final String GCP_SECRET = "projects/acme-prod/secrets/augno-api-key";

    @RegisterExtension
    final FakeAugnoServer server =
            FakeAugnoServer.builder().onKeyMinted(LeakCanary::register).build();

    private FakeSecretsManager sm;
    private ApiKey runtimeKey;
    private String keyId;
    private CliContext context;

    @BeforeEach
    void setUp() {
        sm = new FakeSecretsManager("eu-west-1").launch();
        runtimeKey = server.mintKey("billing-sync", "customers:read");
        keyId = server.keyId(runtimeKey);
        SecretProvider admin = server.adminKeyStore();
        // The admin key from an in-memory store; every other reference through the real registry.
        context = new CliContext(
                name -> null,
                Map.of("AUGNO_ADMIN_SECRET", "memory://admin", "AUGNO_BASE_URL", server.baseUrl()),
                Clock.systemUTC(),
                ref -> ref.equals("memory://admin") ? admin : SecretProviders.fromUri(ref));
    }

    @AfterEach
    void tearDown() {
        sm.shutdown();
    }

    @Test
    void rotateWritesTheNewKeyToAwsSecretsManagerAndVerifiesIt() throws Exception {
        sm.createSecret(
                AWS_SECRET,
                Json.MAPPER.writeValueAsString(Map.of("owner", "payments", "api_key", runtimeKey.reveal())));
        String ref = "aws-sm://" + AWS_SECRET + "?region=eu-west-1&endpoint=" + sm.endpoint() + "#api_key";

        CliRun run = CliRun.run(context, "rotate", "--key-id", keyId, "--store", ref, "--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode report = Json.MAPPER.readTree(run.out());
        assertThat(report.get("outcome").asText()).isEqualTo("rotated");
        assertThat(report.get("verification").asText()).isEqualTo("authenticated_scoped");
        assertThat(report.get("store").asText()).contains(AWS_SECRET);
        // The new key is AWSCURRENT (the rotation id was the request token), the old one AWSPREVIOUS;
        // the other field of the JSON secret is kept.
        String currentId = sm.versionIdOf(AWS_SECRET, FakeSecretsManager.AWSCURRENT);
        assertThat(currentId).isEqualTo(report.get("rotation_id").asText());
        assertThat(report.get("store_version").asText()).isEqualTo(currentId);
        JsonNode stored = Json.MAPPER.readTree(sm.valueOf(AWS_SECRET, FakeSecretsManager.AWSCURRENT));
        assertThat(stored.get("owner").asText()).isEqualTo("payments");
        ApiKey newKey = ApiKey.parse(SecretValue.of(stored.get("api_key").asText()), "test");
        assertThat(newKey.redacted()).isEqualTo(report.get("new_key_redacted").asText());
        assertThat(newKey.sameKeyAs(runtimeKey)).isFalse();
        assertThat(Json.MAPPER
                        .readTree(sm.valueOf(AWS_SECRET, FakeSecretsManager.AWSPREVIOUS))
                        .get("api_key")
                        .asText())
                .isEqualTo(runtimeKey.reveal());
        assertThat(sm.versionCount(AWS_SECRET)).isEqualTo(2);
        assertThat(sm.targets()).containsOnly("secretsmanager.GetSecretValue", "secretsmanager.PutSecretValue");
        LeakCanary.assertNoLeak(run.all());
        LeakCanary.assertLogsClean();
    }

    @Test
    void aDryRunAgainstAwsChecksWriteAccessWithAPutAwsIgnoresAndWritesNothing() {
        sm.createSecret(AWS_SECRET, runtimeKey.reveal());
        String ref = "aws-sm://" + AWS_SECRET + "?region=eu-west-1&endpoint=" + sm.endpoint();

        CliRun run = CliRun.run(context, "rotate", "--key-id", keyId, "--store", ref, "--dry-run");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("store holds this key", "store is writable", "PASSED");
        assertThat(sm.versionCount(AWS_SECRET)).isEqualTo(1);
        assertThat(sm.targets()).containsOnly("secretsmanager.GetSecretValue", "secretsmanager.PutSecretValue");
        LeakCanary.assertNoLeak(run.all());
    }

    @Test
    void rotateWritesTheNewKeyToGoogleSecretManager() throws Exception {
        try (SecretManagerServer gsm = SecretManagerServer.loopback()) {
            gsm.fake().addVersion("acme-prod", "augno-api-key", runtimeKey.reveal());
            gsm.fake().grant("secretmanager.versions.add", "secretmanager.versions.access");
            String ref = "gcp-sm://" + GCP_SECRET + "?endpoint=" + gsm.endpoint();

            CliRun run = CliRun.run(context, "rotate", "--key-id", keyId, "--store", ref, "--json");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
            JsonNode report = Json.MAPPER.readTree(run.out());
            assertThat(report.get("outcome").asText()).isEqualTo("rotated");
            assertThat(report.get("verification").asText()).isEqualTo("authenticated_scoped");
            assertThat(gsm.fake().versionCount("acme-prod", "augno-api-key")).isEqualTo(2);
            ApiKey newKey = ApiKey.parse(SecretValue.of(gsm.fake().latest("acme-prod", "augno-api-key")), "test");
            assertThat(newKey.redacted())
                    .isEqualTo(report.get("new_key_redacted").asText());
            LeakCanary.assertNoLeak(run.all());
            LeakCanary.assertLogsClean();
        }
    }

    @Test
    void aWrongGoogleReferenceIsAConfigurationErrorThatSaysWhatIsWrong() {
        CliRun run = CliRun.run(
                context,
                "rotate",
                "--key-id",
                keyId,
                "--store",
                "gcp-sm://projects/acme-prod/secrets/augno-api-key?region=eu-west-1");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(run.err()).contains("gcp-sm://").contains("region");
        assertThat(run.err()).doesNotContain("not on the class path", "Unknown secret reference scheme");
        LeakCanary.assertNoLeak(run.all());
    }

    @Test
    void aWrongAwsReferenceIsAConfigurationErrorThatSaysWhatIsWrong() {
        CliRun run = CliRun.run(
                context, "rotate", "--key-id", keyId, "--store", "aws-sm://" + AWS_SECRET + "?region=Europe");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(run.err()).contains("region");
        assertThat(run.err()).doesNotContain("not on the class path", "Unknown secret reference scheme");
        LeakCanary.assertNoLeak(run.all());
    }

    @Test
    void anAzureReferenceNamesTheModuleToAddSinceTheCliDoesNotBundleAzure() {
        CliRun run = CliRun.run(
                context, "rotate", "--key-id", keyId, "--store", "azure-kv://acme-prod/augno-api-key#api_key");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.CONFIGURATION);
        assertThat(run.err()).contains("com.augno:augno-sdk-secrets-azure");
        assertThat(run.err()).doesNotContain("Unknown secret reference scheme");
        LeakCanary.assertNoLeak(run.all());
    }
}
