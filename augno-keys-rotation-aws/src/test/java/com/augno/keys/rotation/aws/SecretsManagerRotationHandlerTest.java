package com.augno.keys.rotation.aws;

import static com.augno.sdk.testing.aws.FakeSecretsManager.AWSCURRENT;
import static com.augno.sdk.testing.aws.FakeSecretsManager.AWSPENDING;
import static com.augno.sdk.testing.aws.FakeSecretsManager.AWSPREVIOUS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.events.SecretsManagerRotationEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.LogCapture;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.SecretProviders;
import com.augno.sdk.auth.ApiKeyInfo;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.testing.FakeAugnoServer;
import com.augno.sdk.testing.Fault;
import com.augno.sdk.testing.TestClock;
import com.augno.sdk.testing.aws.FakeSecretsManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The rotation function against the shared Secrets Manager fake (versions and stages, through the
 * real AWS SDK client) and {@link FakeAugnoServer}; events loaded from JSON as Lambda delivers them.
 * A runtime client reads the secret through the {@code aws-sm} provider and calls Augno between
 * every step: it must never fail.
 */
class SecretsManagerRotationHandlerTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String NAME = "prod/augno";
    private static final String ROTATE_ROUTE = "POST /v1/auth/api-keys/{id}/actions/rotate";

    private final TestClock clock = TestClock.at(Instant.parse("2026-11-28T03:00:00Z"));

    @RegisterExtension
    final FakeAugnoServer server = FakeAugnoServer.builder()
            .clock(clock)
            .onKeyMinted(LeakCanary::register)
            .build();

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final List<Throwable> clientFailures = new CopyOnWriteArrayList<>();
    private FakeSecretsManager sm;
    private SecretsManagerClient awsClient;
    private ApiKey runtimeKey;
    private String keyId;
    private String arn;
    private String rotationToken;
    private AugnoClient runtime;
    private AugnoClient admin;

    @BeforeEach
    void setUp() throws Exception {
        sm = new FakeSecretsManager("us-east-1").launch();
        awsClient = SecretsManagerClient.builder()
                .endpointOverride(URI.create(sm.endpoint()))
                .region(Region.US_EAST_1)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "fake-secret")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
        runtimeKey = server.mintKey("billing-sync", "customers:read");
        keyId = server.keyId(runtimeKey);
        arn = sm.createSecret(
                NAME,
                MAPPER.writeValueAsString(
                        Map.of("api_key", runtimeKey.reveal(), "key_id", keyId, "owner", "payments")));
        sm.rotationEnabled(NAME, true);
        rotationToken = UUID.randomUUID().toString();
        LeakCanary.register(rotationToken);
        runtime = AugnoClient.builder()
                .secretProvider(SecretProviders.fromUri(
                        "aws-sm://" + NAME + "?region=us-east-1&endpoint=" + sm.endpoint() + "#api_key"))
                .baseUrl(server.baseUrl())
                .clock(clock)
                .sleeper(sleeps::add)
                .build();
        admin = AugnoClient.builder()
                .secretProvider(server.adminKeyStore())
                .baseUrl(server.baseUrl())
                .clock(clock)
                .sleeper(sleeps::add)
                .build();
    }

    @AfterEach
    void tearDown() {
        runtime.close();
        admin.close();
        awsClient.close();
        sm.shutdown();
        // Nothing the function logged holds a key or the rotation token.
        LeakCanary.assertLogsClean();
        assertThat(LogCapture.linesContaining(rotationToken)).isEmpty();
    }

    private SecretsManagerRotationHandler handler() {
        return SecretsManagerRotationHandler.builder()
                .secretsManager(awsClient)
                .adminKey(server.adminKeyStore())
                .baseUrl(server.baseUrl())
                .clock(clock)
                .sleeper(sleeps::add)
                .build();
    }

    private void step(SecretsManagerRotationHandler handler, String step, String token) {
        SecretsManagerRotationEvent event = EventLoader.loadSecretsManagerRotationEvent("events/" + step + ".json");
        event.setSecretId(arn);
        event.setClientRequestToken(token);
        event.setRotationToken(rotationToken);
        handler.handleRequest(event, null);
        callAugno();
    }

    /** A running service's call: it must work before, during and after the rotation. */
    private void callAugno() {
        try {
            runtime.sales().customers().list();
        } catch (RuntimeException e) {
            clientFailures.add(e);
        }
    }

    private List<ApiKeyInfo> keysNamed(String name) {
        List<ApiKeyInfo> out = new ArrayList<>();
        admin.auth().apiKeys().list().autoPager().stream()
                .filter(k -> k.name().equals(name))
                .forEach(out::add);
        return out;
    }

    private void allFourSteps(SecretsManagerRotationHandler handler, String token) {
        for (String s : List.of("createSecret", "setSecret", "testSecret", "finishSecret")) {
            step(handler, s, token);
        }
    }

    /** After a rotation: the new key is current, the old one previous and dying in 7 days; one key minted. */
    private void assertRotatedOnce(String token) throws Exception {
        assertThat(sm.versionIdOf(NAME, AWSCURRENT)).isEqualTo(token);
        JsonNode current = MAPPER.readTree(sm.valueOf(NAME, AWSCURRENT));
        JsonNode previous = MAPPER.readTree(sm.valueOf(NAME, AWSPREVIOUS));
        assertThat(previous.get("api_key").asText()).isEqualTo(runtimeKey.reveal());
        assertThat(current.get("owner").asText()).isEqualTo("payments");
        ApiKey newKey = ApiKey.parse(SecretValue.of(current.get("api_key").asText()), "test");
        assertThat(newKey.sameKeyAs(runtimeKey)).isFalse();
        String newId = current.get("key_id").asText();
        assertThat(newId).isNotEqualTo(keyId);
        assertThat(admin.auth().apiKeys().get(newId).redactedValue()).isEqualTo(newKey.redacted());
        assertThat(admin.auth().apiKeys().get(keyId).revokedAt())
                .contains(Instant.parse("2026-11-28T03:00:00Z").plus(Duration.ofDays(7)));
        assertThat(keysNamed("billing-sync")).hasSize(2);
        // The clients keep working after the old key dies: they refetch the current version.
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        callAugno();
        assertThat(clientFailures).isEmpty();
    }

    @Test
    void theFourStepsInOrderRotateTheKeyAndKeepEveryClientWorking() throws Exception {
        callAugno();
        String token = sm.startRotation(NAME);

        step(handler(), "createSecret", token);
        assertThat(sm.versionIdsToStages(NAME).get(token)).containsExactly(AWSPENDING);
        assertThat(sm.versionIdOf(NAME, AWSCURRENT)).isNotEqualTo(token);
        step(handler(), "setSecret", token);
        step(handler(), "testSecret", token);
        step(handler(), "finishSecret", token);

        assertRotatedOnce(token);
        assertThat(sm.calls("PutSecretValue")).isEqualTo(1);
        assertThat(server.creationCount(RotationSteps.idempotencyKey(arn, token)))
                .isEqualTo(1);
    }

    @Test
    void everyStepRunTwiceMintsOneKey() throws Exception {
        String token = sm.startRotation(NAME);
        SecretsManagerRotationHandler handler = handler();
        for (String s : List.of("createSecret", "setSecret", "testSecret", "finishSecret")) {
            step(handler, s, token);
            // The step's answer never reached Secrets Manager: it invokes the step again.
            step(handler, s, token);
        }

        assertRotatedOnce(token);
    }

    @Test
    void everyStepFailingOnceAndRetriedMintsOneKey() throws Exception {
        String token = sm.startRotation(NAME);
        SecretsManagerRotationHandler handler = handler();
        // createSecret mints, then cannot store: the retry replays the same mint.
        sm.failNext("PutSecretValue", 400, "InvalidRequestException", "injected");
        assertThatThrownBy(() -> step(handler, "createSecret", token)).isInstanceOf(RotationStepException.class);
        step(handler, "createSecret", token);
        sm.failNext("DescribeSecret", 400, "InvalidRequestException", "injected");
        assertThatThrownBy(() -> step(handler, "setSecret", token)).isInstanceOf(RuntimeException.class);
        step(handler, "setSecret", token);
        sm.failNext("GetSecretValue", 400, "InvalidRequestException", "injected");
        assertThatThrownBy(() -> step(handler, "testSecret", token)).isInstanceOf(RuntimeException.class);
        step(handler, "testSecret", token);
        sm.failNext("UpdateSecretVersionStage", 400, "InvalidRequestException", "injected");
        assertThatThrownBy(() -> step(handler, "finishSecret", token)).isInstanceOf(RuntimeException.class);
        step(handler, "finishSecret", token);

        assertRotatedOnce(token);
    }

    @Test
    void lostResponsesOfAugnoAndSecretsManagerMintOneKey() throws Exception {
        String token = sm.startRotation(NAME);
        // Augno rotates, the answer is lost: the client retries with the same idempotency key.
        server.injectFault(
                ROTATE_ROUTE, Fault.connectionReset().afterProcessing().times(1));
        // Secrets Manager stores and moves, the answers are lost: the AWS client retries.
        sm.loseNextResponse("PutSecretValue");
        sm.loseNextResponse("UpdateSecretVersionStage");

        allFourSteps(handler(), token);

        assertThat(server.requestCount(ROTATE_ROUTE)).isEqualTo(2);
        assertThat(sm.calls("PutSecretValue")).isEqualTo(2);
        assertThat(sm.calls("UpdateSecretVersionStage")).isEqualTo(2);
        assertRotatedOnce(token);
    }

    @Test
    void aStepInvokedTwiceAtOnceMintsOneKey() throws Exception {
        String token = sm.startRotation(NAME);
        SecretsManagerRotationHandler handler = handler();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (String s : List.of("createSecret", "setSecret", "testSecret", "finishSecret")) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<?>> runs = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    runs.add(pool.submit(() -> {
                        go.await(10, TimeUnit.SECONDS);
                        step(handler, s, token);
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> f : runs) {
                    f.get(30, TimeUnit.SECONDS);
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertRotatedOnce(token);
    }

    @Test
    void aStalledRotationFailsTheStepLoudlyAndARetryFinishesWithTheSameKey() throws Exception {
        String token = sm.startRotation(NAME);
        SecretsManagerRotationHandler handler = handler();
        for (int i = 0; i < 3; i++) {
            sm.failNext("PutSecretValue", 400, "AccessDeniedException", "not authorized to perform PutSecretValue");
        }

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> step(handler, "createSecret", token))
                    .isInstanceOf(RotationStepException.class)
                    .hasMessageContaining("stalled")
                    .hasMessageContaining("dies at 2026-12-05T03:00:00Z");
        }
        assertThat(LogCapture.linesContaining("ROTATION STALLED")).isNotEmpty();
        // The old key still works and is still current; a later retry finishes with the key minted first.
        callAugno();
        assertThat(sm.valueOf(NAME, AWSCURRENT)).contains(runtimeKey.reveal());
        allFourSteps(handler, token);

        assertRotatedOnce(token);
    }

    @Test
    void aMintWhoseSecretIsLostIsRevokedAndReplacedSoNoKeyIsLost() throws Exception {
        server.setReplayRevealsKeySecret(false);
        String token = sm.startRotation(NAME);
        SecretsManagerRotationHandler handler = handler();
        sm.failNext("PutSecretValue", 400, "InvalidRequestException", "injected");
        assertThatThrownBy(() -> step(handler, "createSecret", token)).isInstanceOf(RotationStepException.class);

        allFourSteps(handler, token);

        // The first new key's secret was never stored: it is revoked at once, its replacement is current.
        JsonNode current = MAPPER.readTree(sm.valueOf(NAME, AWSCURRENT));
        ApiKeyInfo stored = admin.auth().apiKeys().get(current.get("key_id").asText());
        assertThat(stored.revokedAt()).isEmpty();
        List<ApiKeyInfo> keys = keysNamed("billing-sync");
        assertThat(keys).hasSize(3);
        assertThat(keys.stream().filter(k -> !k.id().equals(keyId) && !k.id().equals(stored.id())))
                .allMatch(k -> k.revokedAt().isPresent() && !k.revokedAt().get().isAfter(clock.instant()));
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        callAugno();
        assertThat(clientFailures).isEmpty();
    }

    @Test
    void anAdminKeyRotatesItself() throws Exception {
        ApiKey adminKey = server.mintAdminKey(server.defaultMode(), "rotation-admin");
        String adminId = server.keyId(adminKey);
        sm.createSecret(
                "prod/augno-admin", MAPPER.writeValueAsString(Map.of("api_key", adminKey.reveal(), "key_id", adminId)));
        sm.rotationEnabled("prod/augno-admin", true);
        arn = sm.arnOf("prod/augno-admin");
        String token = sm.startRotation("prod/augno-admin");
        SecretsManagerRotationHandler selfRotating = SecretsManagerRotationHandler.builder()
                .secretsManager(awsClient)
                .baseUrl(server.baseUrl())
                .clock(clock)
                .sleeper(sleeps::add)
                .build();

        allFourSteps(selfRotating, token);

        JsonNode current = MAPPER.readTree(sm.valueOf("prod/augno-admin", AWSCURRENT));
        assertThat(current.get("key_id").asText()).isNotEqualTo(adminId);
        assertThat(admin.auth().apiKeys().get(adminId).revokedAt()).isPresent();
        assertThat(clientFailures).isEmpty();
    }

    @Test
    void theKeyIdMayComeFromATagForABareKeySecret() {
        // An admin-type key: testSecret's call answers 2xx, not the 403 of a scoped key.
        ApiKey bare = server.mintAdminKey(server.defaultMode(), "bare-admin");
        sm.createSecret("prod/bare", bare.reveal());
        sm.rotationEnabled("prod/bare", true);
        sm.tag("prod/bare", RotationSteps.KEY_ID_TAG, server.keyId(bare));
        arn = sm.arnOf("prod/bare");
        String token = sm.startRotation("prod/bare");

        allFourSteps(handler(), token);

        ApiKey current = ApiKey.parse(SecretValue.of(sm.valueOf("prod/bare", AWSCURRENT)), "test");
        assertThat(current.sameKeyAs(bare)).isFalse();
        assertThat(sm.valueOf("prod/bare", AWSPREVIOUS)).isEqualTo(bare.reveal());
        assertThat(LogCapture.linesContaining("authenticates (2xx)")).isNotEmpty();
    }

    @Test
    void theGuardsRefuseWhatAwsDocumentsAsErrorsAndSkipWhatIsDone() {
        SecretsManagerRotationHandler handler = handler();
        String current = sm.versionIdOf(NAME, AWSCURRENT);
        // Rotation not enabled.
        sm.rotationEnabled(NAME, false);
        assertThatThrownBy(() -> step(handler, "createSecret", current))
                .isInstanceOf(RotationStepException.class)
                .hasMessageContaining("not enabled for rotation");
        sm.rotationEnabled(NAME, true);
        // An unknown token.
        assertThatThrownBy(() -> step(handler, "createSecret", UUID.randomUUID().toString()))
                .isInstanceOf(RotationStepException.class)
                .hasMessageContaining("has no stage");
        // The current version: done, nothing changes.
        step(handler, "createSecret", current);
        step(handler, "finishSecret", current);
        assertThat(sm.versionCount(NAME)).isEqualTo(1);
        // A version that is neither current nor pending.
        String token = sm.startRotation(NAME);
        allFourSteps(handler, token);
        String old = sm.versionIdOf(NAME, AWSPREVIOUS);
        assertThatThrownBy(() -> step(handler, "testSecret", old))
                .isInstanceOf(RotationStepException.class)
                .hasMessageContaining("not AWSPENDING");
        // An unknown step.
        String next = sm.startRotation(NAME);
        assertThatThrownBy(() -> step(handler, "deleteSecret", next)).isInstanceOf(RuntimeException.class);
        assertThat(clientFailures).isEmpty();
    }

    @Test
    void aSecretThatNamesAnotherKeyIsRefusedBeforeAnythingIsMinted() throws Exception {
        ApiKey other = server.mintKey("other", "customers:read");
        sm.createSecret(
                "prod/wrong",
                MAPPER.writeValueAsString(Map.of("api_key", runtimeKey.reveal(), "key_id", server.keyId(other))));
        sm.rotationEnabled("prod/wrong", true);
        arn = sm.arnOf("prod/wrong");
        String token = sm.startRotation("prod/wrong");

        assertThatThrownBy(() -> step(handler(), "createSecret", token))
                .isInstanceOf(RotationStepException.class)
                .hasMessageContaining("fix key_id");
        assertThat(keysNamed("billing-sync")).hasSize(1);
        assertThat(keysNamed("other")).hasSize(1);
    }
}
