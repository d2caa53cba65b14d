package com.augno.sdk.secrets.gcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.errors.InvalidApiKeyException;
import com.augno.sdk.errors.SecretAccessDeniedException;
import com.augno.sdk.errors.SecretNotFoundException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.errors.SecretUnavailableException;
import com.augno.sdk.secrets.PutOptions;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.secrets.WriteAccess;
import com.augno.sdk.testing.gcp.FakeSecretManager;
import com.augno.sdk.testing.gcp.SecretManagerServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grpc.Status;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The provider with the real Google client against an in-process Secret Manager. */
class GcpSecretManagerSecretProviderTest {
    private static final String PROJECT = "acme-prod";
    private static final String SECRET = "augno-api-key";
    private static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");

    @TempDir
    Path home;

    private SecretManagerServer server;
    private FakeSecretManager fake;

    @BeforeEach
    void start() {
        server = SecretManagerServer.inProcess();
        fake = server.fake();
    }

    @AfterEach
    void stop() throws InterruptedException {
        server.close();
    }

    private GcpSecretManagerSecretProvider.Builder builder() {
        return GcpSecretManagerSecretProvider.builder()
                .environment(new GcpEnvironment(Map.of(), home, home.resolve("product_name")))
                .client(server.client())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .project(PROJECT)
                .secret(SECRET);
    }

    @Test
    void fetchesLatestVersionWithItsResolvedNumber() {
        fake.addVersion(PROJECT, SECRET, TestKeys.sandbox());
        String key = TestKeys.production();
        fake.addVersion(PROJECT, SECRET, key);

        try (GcpSecretManagerSecretProvider provider = builder().build()) {
            SecretValue value = provider.fetch();

            assertThat(value.reveal()).isEqualTo(key);
            assertThat(value.versionId()).contains("2");
            assertThat(value.fetchedAt()).isEqualTo(NOW);
            LeakCanary.assertNoLeak(value, provider);
        }
    }

    @Test
    void fetchesPinnedVersion() {
        String first = TestKeys.sandbox();
        fake.addVersion(PROJECT, SECRET, first);
        fake.addVersion(PROJECT, SECRET, TestKeys.sandbox());

        try (GcpSecretManagerSecretProvider provider = builder().version("1").build()) {
            SecretValue value = provider.fetch();

            assertThat(value.reveal()).isEqualTo(first);
            assertThat(value.versionId()).contains("1");
            assertThat(provider.description())
                    .isEqualTo("gcp-sm://projects/acme-prod/secrets/augno-api-key/versions/1");
        }
    }

    @Test
    void extractsJsonField() {
        String key = TestKeys.production();
        fake.addVersion(PROJECT, SECRET, "{\"api_key\":\"" + key + "\",\"account\":\"acct_1\"}");

        try (GcpSecretManagerSecretProvider provider =
                builder().jsonField("api_key").build()) {
            assertThat(provider.fetch().reveal()).isEqualTo(key);
            assertThat(provider.description()).endsWith("/versions/latest#api_key");
        }
    }

    @Test
    void missingJsonFieldIsAnInvalidKeyWithoutTheDocument() {
        String key = TestKeys.production();
        fake.addVersion(PROJECT, SECRET, "{\"other\":\"" + key + "\"}");

        try (GcpSecretManagerSecretProvider provider =
                builder().jsonField("api_key").build()) {
            assertThatThrownBy(provider::fetch)
                    .isInstanceOf(InvalidApiKeyException.class)
                    .hasMessageContaining("no field 'api_key'")
                    .satisfies(e -> LeakCanary.assertNoLeak(e));
        }
    }

    @Test
    void secretThatIsNotJsonIsAnInvalidKeyWithoutTheValue() {
        fake.addVersion(PROJECT, SECRET, TestKeys.production());

        try (GcpSecretManagerSecretProvider provider =
                builder().jsonField("api_key").build()) {
            assertThatThrownBy(provider::fetch)
                    .isInstanceOf(InvalidApiKeyException.class)
                    .hasMessageContaining("not a JSON object")
                    .satisfies(e -> LeakCanary.assertNoLeak(e));
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = FakeSecretManager.Crc.class,
            names = {"CORRECT", "ABSENT"})
    void acceptsPayloadWithCorrectOrAbsentChecksum(FakeSecretManager.Crc mode) {
        String key = TestKeys.sandbox();
        fake.addVersion(PROJECT, SECRET, key);
        fake.crc(mode);

        try (GcpSecretManagerSecretProvider provider = builder().build()) {
            assertThat(provider.fetch().reveal()).isEqualTo(key);
        }
    }

    @Test
    void refusesPayloadWithWrongChecksum() {
        fake.addVersion(PROJECT, SECRET, TestKeys.sandbox());
        fake.crc(FakeSecretManager.Crc.WRONG);

        try (GcpSecretManagerSecretProvider provider = builder().build()) {
            assertThatThrownBy(provider::fetch)
                    .isExactlyInstanceOf(SecretProviderException.class)
                    .hasMessageContaining("CRC32C")
                    .hasMessageContaining("version 1")
                    .satisfies(e -> assertThat(((SecretProviderException) e).isTransient())
                            .isFalse())
                    .satisfies(e -> LeakCanary.assertNoLeak(e));
        }
    }

    @Test
    void missingSecretIsNotFound() {
        try (GcpSecretManagerSecretProvider provider = builder().build()) {
            assertThatThrownBy(provider::fetch)
                    .isInstanceOf(SecretNotFoundException.class)
                    .hasMessageContaining("projects/acme-prod/secrets/augno-api-key/versions/latest");
        }
    }

    @Test
    void missingVersionIsNotFound() {
        fake.addVersion(PROJECT, SECRET, TestKeys.sandbox());

        try (GcpSecretManagerSecretProvider provider = builder().version("7").build()) {
            assertThatThrownBy(provider::fetch).isInstanceOf(SecretNotFoundException.class);
        }
    }

    @Test
    void permissionDeniedNamesTheAccessorRole() {
        fake.addVersion(PROJECT, SECRET, TestKeys.sandbox());
        fake.failNext("AccessSecretVersion", Status.PERMISSION_DENIED.withDescription("Permission denied"));

        try (GcpSecretManagerSecretProvider provider = builder().build()) {
            assertThatThrownBy(provider::fetch)
                    .isInstanceOf(SecretAccessDeniedException.class)
                    .hasMessageContaining("roles/secretmanager.secretAccessor")
                    .hasMessageContaining("projects/acme-prod/secrets/augno-api-key")
                    .hasMessageContaining("secretmanager.versions.access");
        }
    }

    @Test
    void rejectedCredentialsAreAccessDenied() {
        fake.addVersion(PROJECT, SECRET, TestKeys.sandbox());
        fake.failNext("AccessSecretVersion", Status.UNAUTHENTICATED.withDescription("bad token"));

        try (GcpSecretManagerSecretProvider provider = builder().build()) {
            assertThatThrownBy(provider::fetch)
                    .isInstanceOf(SecretAccessDeniedException.class)
                    .hasMessageContaining("UNAUTHENTICATED");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = FakeSecretManager.State.class,
            names = {"DISABLED", "DESTROYED"})
    void disabledOrDestroyedLatestIsAClearPermanentError(FakeSecretManager.State state) {
        fake.addVersion(PROJECT, SECRET, TestKeys.sandbox());
        fake.addVersion(PROJECT, SECRET, TestKeys.sandbox());
        fake.setState(PROJECT, SECRET, 2, state);

        try (GcpSecretManagerSecretProvider provider = builder().build()) {
            assertThatThrownBy(provider::fetch)
                    .isExactlyInstanceOf(SecretProviderException.class)
                    .hasMessageContaining("disabled or destroyed")
                    .hasMessageContaining("versions/2] is in " + state + " state")
                    .hasMessageContaining("'latest' is the newest version")
                    .satisfies(e -> assertThat(((SecretProviderException) e).isTransient())
                            .isFalse());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"UNAVAILABLE", "DEADLINE_EXCEEDED", "RESOURCE_EXHAUSTED"})
    void transientStatusIsUnavailableAndNotRetriedByTheGoogleClient(String code) {
        fake.addVersion(PROJECT, SECRET, TestKeys.sandbox());
        fake.failNext(
                "AccessSecretVersion",
                Status.fromCode(Status.Code.valueOf(code)).withDescription("try later"));

        try (GcpSecretManagerSecretProvider provider = builder().build()) {
            assertThatThrownBy(provider::fetch)
                    .isInstanceOf(SecretUnavailableException.class)
                    .hasMessageContaining(code)
                    .satisfies(e -> assertThat(((SecretProviderException) e).isTransient())
                            .isTrue());
            // One attempt: the Google client's own retries (2 s, doubling, up to 60 s) are off.
            assertThat(fake.calls("AccessSecretVersion")).isEqualTo(1);
            // The store recovers: the next fetch succeeds.
            assertThat(provider.fetch().versionId()).contains("1");
        }
    }

    @Test
    void aServerThatNeverAnswersHitsOurOwnDeadline() {
        fake.addVersion(PROJECT, SECRET, TestKeys.sandbox());
        fake.hang("AccessSecretVersion");

        // The supplied client keeps Google's default settings (60 s total); ours must win.
        try (GcpSecretManagerSecretProvider provider =
                builder().callTimeout(Duration.ofMillis(300)).build()) {
            SecretUnavailableException e = assertTimeoutPreemptively(
                    Duration.ofSeconds(20),
                    () -> org.junit.jupiter.api.Assertions.assertThrows(
                            SecretUnavailableException.class, provider::fetch));
            assertThat(e).hasMessageContaining("PT0.3S");
            assertThat(fake.calls("AccessSecretVersion")).isEqualTo(1);
        }
    }

    @Test
    void putThenFetchReturnsTheNewVersion() {
        fake.addVersion(PROJECT, SECRET, TestKeys.sandbox());
        String next = TestKeys.sandbox();

        try (GcpSecretManagerSecretProvider provider = builder().build()) {
            String version = provider.put(
                    SecretValue.of(next),
                    PutOptions.withRequestToken(UUID.randomUUID().toString()));

            assertThat(version).isEqualTo("2");
            SecretValue fetched = provider.fetch();
            assertThat(fetched.reveal()).isEqualTo(next);
            assertThat(fetched.versionId()).contains("2");
            // The write carried the payload's checksum.
            var add = fake.adds().get(0);
            assertThat(add.getPayload().hasDataCrc32C()).isTrue();
            assertThat(add.getPayload().getDataCrc32C())
                    .isEqualTo(
                            FakeSecretManager.crc32c(add.getPayload().getData().toByteArray()));
        }
    }

    @Test
    void jsonFieldPutReplacesTheFieldAndKeepsTheOthers() throws Exception {
        String old = TestKeys.production();
        fake.addVersion(PROJECT, SECRET, "{\"account\":\"acct_1\",\"api_key\":\"" + old + "\",\"n\":3}");
        String next = TestKeys.production();

        try (GcpSecretManagerSecretProvider provider =
                builder().jsonField("api_key").build()) {
            String version = provider.put(SecretValue.of(next), PutOptions.none());

            assertThat(version).isEqualTo("2");
            JsonNode stored = new ObjectMapper().readTree(fake.value(PROJECT, SECRET, 2));
            assertThat(stored.get("api_key").asText()).isEqualTo(next);
            assertThat(stored.get("account").asText()).isEqualTo("acct_1");
            assertThat(stored.get("n").asInt()).isEqualTo(3);
            assertThat(provider.fetch().reveal()).isEqualTo(next);
        }
    }

    @Test
    void jsonFieldPutOnASecretWithoutVersionsWritesADocumentWithThatField() throws Exception {
        fake.createSecret(PROJECT, SECRET);
        String next = TestKeys.production();

        try (GcpSecretManagerSecretProvider provider =
                builder().jsonField("api_key").build()) {
            assertThat(provider.put(SecretValue.of(next), PutOptions.none())).isEqualTo("1");
            assertThat(new ObjectMapper()
                            .readTree(fake.value(PROJECT, SECRET, 1))
                            .get("api_key")
                            .asText())
                    .isEqualTo(next);
        }
    }

    @Test
    void jsonFieldPutRefusesToOverwriteANonJsonSecret() {
        String old = TestKeys.production();
        fake.addVersion(PROJECT, SECRET, old);

        try (GcpSecretManagerSecretProvider provider =
                builder().jsonField("api_key").build()) {
            assertThatThrownBy(() -> provider.put(SecretValue.of(TestKeys.production()), PutOptions.none()))
                    .isInstanceOf(SecretProviderException.class)
                    .hasMessageContaining("not a JSON object")
                    .satisfies(e -> LeakCanary.assertNoLeak(e));
            assertThat(fake.adds()).isEmpty();
        }
    }

    @Test
    void putOnAPinnedVersionIsRefusedWithoutWriting() {
        fake.addVersion(PROJECT, SECRET, TestKeys.sandbox());

        try (GcpSecretManagerSecretProvider provider = builder().version("1").build()) {
            assertThatThrownBy(() -> provider.put(SecretValue.of(TestKeys.sandbox()), PutOptions.none()))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("pinned to version 1")
                    .hasMessageContaining("versions/latest");
            assertThat(fake.calls("AddSecretVersion")).isZero();
            assertThat(provider.canWrite()).isEqualTo(WriteAccess.NO);
        }
    }

    @Test
    void putToAMissingSecretSaysToCreateIt() {
        try (GcpSecretManagerSecretProvider provider = builder().build()) {
            assertThatThrownBy(() -> provider.put(SecretValue.of(TestKeys.sandbox()), PutOptions.none()))
                    .isInstanceOf(SecretNotFoundException.class)
                    .hasMessageContaining("create it first")
                    .satisfies(e -> LeakCanary.assertNoLeak(e));
        }
    }

    @Test
    void putPermissionDeniedNamesTheVersionAdderRole() {
        fake.createSecret(PROJECT, SECRET);
        fake.failNext("AddSecretVersion", Status.PERMISSION_DENIED.withDescription("Permission denied"));

        try (GcpSecretManagerSecretProvider provider = builder().build()) {
            assertThatThrownBy(() -> provider.put(SecretValue.of(TestKeys.sandbox()), PutOptions.none()))
                    .isInstanceOf(SecretAccessDeniedException.class)
                    .hasMessageContaining("roles/secretmanager.secretVersionAdder")
                    .hasMessageContaining("secretmanager.versions.add");
        }
    }

    @Test
    void putUnavailableIsTransient() {
        fake.createSecret(PROJECT, SECRET);
        fake.failNext("AddSecretVersion", Status.UNAVAILABLE);

        try (GcpSecretManagerSecretProvider provider = builder().build()) {
            assertThatThrownBy(() -> provider.put(SecretValue.of(TestKeys.sandbox()), PutOptions.none()))
                    .isInstanceOf(SecretUnavailableException.class);
        }
    }

    @Test
    void canWriteAsksTestIamPermissionsForVersionsAdd() {
        fake.createSecret(PROJECT, SECRET);

        try (GcpSecretManagerSecretProvider provider = builder().build()) {
            assertThat(provider.canWrite()).isEqualTo(WriteAccess.NO);
            fake.grant(GcpSecretManagerSecretProvider.ADD_PERMISSION);
            assertThat(provider.canWrite()).isEqualTo(WriteAccess.YES);
        }
    }

    @Test
    void canWriteWithAJsonFieldAlsoNeedsAccess() {
        fake.createSecret(PROJECT, SECRET);
        fake.grant(GcpSecretManagerSecretProvider.ADD_PERMISSION);

        try (GcpSecretManagerSecretProvider provider =
                builder().jsonField("api_key").build()) {
            assertThat(provider.canWrite()).isEqualTo(WriteAccess.NO);
            fake.grant(GcpSecretManagerSecretProvider.ACCESS_PERMISSION);
            assertThat(provider.canWrite()).isEqualTo(WriteAccess.YES);
        }
    }

    @Test
    void canWriteIsUnknownWhenTheServerHasNoIam() {
        fake.createSecret(PROJECT, SECRET);
        fake.failNext("TestIamPermissions", Status.UNIMPLEMENTED);

        try (GcpSecretManagerSecretProvider provider = builder().build()) {
            assertThat(provider.canWrite()).isEqualTo(WriteAccess.UNKNOWN);
        }
    }

    @Test
    void closingDoesNotCloseASuppliedClient() {
        fake.addVersion(PROJECT, SECRET, TestKeys.sandbox());
        GcpSecretManagerSecretProvider provider = builder().build();
        provider.fetch();

        provider.close();

        assertThat(server.client().isShutdown()).isFalse();
        assertThatThrownBy(provider::fetch).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void builderRefusesConflictingSettings() {
        assertThatThrownBy(() -> builder().endpoint("http://127.0.0.1:1").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("client cannot be combined with endpoint");
        assertThatThrownBy(() -> GcpSecretManagerSecretProvider.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("secret == null");
        assertThatThrownBy(() -> builder().callTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void builderRefusesAKeyPastedAsTheSecretNameWithoutEchoingIt() {
        String key = TestKeys.production();

        assertThatThrownBy(() -> builder().secret(key).build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("looks like an API key")
                .satisfies(e -> LeakCanary.assertNoLeak(e));
    }

    // --- Disabled and destroyed versions: permanent, typed, each saying what to do ---

    @Test
    void disabledPinnedVersionSaysHowToEnableIt() {
        fake.addVersion(PROJECT, SECRET, TestKeys.sandbox());
        fake.addVersion(PROJECT, SECRET, TestKeys.sandbox());
        fake.setState(PROJECT, SECRET, 1, FakeSecretManager.State.DISABLED);

        try (GcpSecretManagerSecretProvider provider = builder().version("1").build()) {
            assertThatThrownBy(provider::fetch)
                    .isExactlyInstanceOf(SecretProviderException.class)
                    .satisfies(e -> assertThat(((SecretProviderException) e).isTransient())
                            .isFalse())
                    .hasMessageContaining("version 1 is disabled")
                    .hasMessageContaining("gcloud secrets versions enable 1 --secret augno-api-key --project acme-prod")
                    .hasMessageNotContaining("'latest'")
                    .satisfies(e -> LeakCanary.assertNoLeak(e));
        }
    }

    @Test
    void destroyedLatestVersionSaysItsDataIsGone() {
        fake.addVersion(PROJECT, SECRET, TestKeys.sandbox());
        fake.setState(PROJECT, SECRET, 1, FakeSecretManager.State.DESTROYED);

        try (GcpSecretManagerSecretProvider provider = builder().build()) {
            assertThatThrownBy(provider::fetch)
                    .isExactlyInstanceOf(SecretProviderException.class)
                    .hasMessageContaining("version 1 is destroyed, its data is gone")
                    .hasMessageContaining("gcloud secrets versions add augno-api-key --project acme-prod --data-file=-")
                    .hasMessageContaining("'latest' is the newest version even when it is disabled or destroyed");
        }
    }

    @Test
    void jsonFieldPutOverADisabledLatestVersionWritesNothing() {
        fake.addVersion(PROJECT, SECRET, "{\"api_key\":\"" + TestKeys.sandbox() + "\"}");
        fake.setState(PROJECT, SECRET, 1, FakeSecretManager.State.DISABLED);

        try (GcpSecretManagerSecretProvider provider =
                builder().jsonField("api_key").build()) {
            assertThatThrownBy(() -> provider.put(SecretValue.of(TestKeys.sandbox()), PutOptions.none()))
                    .isExactlyInstanceOf(SecretProviderException.class)
                    .hasMessageContaining("is disabled");
            assertThat(fake.adds()).isEmpty();
        }
    }

    @Test
    void failedPreconditionOnAddIsPermanentAndNotAboutVersions() {
        fake.createSecret(PROJECT, SECRET);
        fake.failNext(
                "AddSecretVersion", Status.FAILED_PRECONDITION.withDescription("The Cloud KMS key is not enabled."));

        try (GcpSecretManagerSecretProvider provider = builder().build()) {
            assertThatThrownBy(() -> provider.put(SecretValue.of(TestKeys.sandbox()), PutOptions.none()))
                    .isExactlyInstanceOf(SecretProviderException.class)
                    .satisfies(e -> assertThat(((SecretProviderException) e).isTransient())
                            .isFalse())
                    .hasMessageContaining("AddSecretVersion failed with FAILED_PRECONDITION")
                    .hasMessageContaining("encryption key")
                    .hasMessageNotContaining("gcloud secrets versions enable");
        }
    }

    @Test
    void deletedSecretIsNotFoundAndPermanent() {
        try (GcpSecretManagerSecretProvider provider = builder().build()) {
            assertThatThrownBy(provider::fetch)
                    .isInstanceOfSatisfying(
                            SecretNotFoundException.class,
                            e -> assertThat(e.isTransient()).isFalse());
        }
    }

    // --- The lazily created client ---

    /** A provider that creates its own client, on plaintext gRPC to a loopback server. */
    private GcpSecretManagerSecretProvider creatingItsOwnClient(SecretManagerServer loopback) {
        return GcpSecretManagerSecretProvider.builder()
                .environment(new GcpEnvironment(Map.of(), home, home.resolve("product_name")))
                .endpoint(loopback.endpoint())
                .project(PROJECT)
                .secret(SECRET)
                .build();
    }

    @Test
    void closingBeforeFirstUseCreatesNoClientAndLaterCallsFailClearly() throws Exception {
        try (SecretManagerServer loopback = SecretManagerServer.loopback()) {
            GcpSecretManagerSecretProvider provider = creatingItsOwnClient(loopback);

            provider.close();
            provider.close();

            assertThatThrownBy(provider::fetch)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("gcp-sm://projects/acme-prod/secrets/augno-api-key")
                    .hasMessageContaining("is closed");
            assertThat(provider.clientsCreated()).isZero();
            assertThat(loopback.fake().calls("AccessSecretVersion")).isZero();
        }
    }

    @Test
    void closingAfterFirstUseClosesTheCreatedClientOnce() throws Exception {
        try (SecretManagerServer loopback = SecretManagerServer.loopback()) {
            String key = TestKeys.sandbox();
            loopback.fake().addVersion(PROJECT, SECRET, key);
            GcpSecretManagerSecretProvider provider = creatingItsOwnClient(loopback);
            assertThat(provider.fetch().reveal()).isEqualTo(key);
            assertThat(provider.fetch().reveal()).isEqualTo(key);

            provider.close();
            provider.close();

            assertThat(provider.clientsCreated()).isEqualTo(1);
            assertThatThrownBy(() -> provider.put(SecretValue.of(TestKeys.sandbox()), PutOptions.none()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is closed");
        }
    }
}
