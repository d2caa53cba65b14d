package com.augno.keys.rotation.gcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.LogCapture;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.auth.ApiKeyInfo;
import com.augno.sdk.keys.RotationIncompleteException;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.secrets.gcp.GcpSecretManagerSecretProvider;
import com.augno.sdk.testing.FakeAugnoServer;
import com.augno.sdk.testing.Fault;
import com.augno.sdk.testing.TestClock;
import com.augno.sdk.testing.gcp.FakeSecretManager;
import com.augno.sdk.testing.gcp.SecretManagerServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grpc.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/**
 * The rotation function against the shared in-process Secret Manager fake (through the real Google
 * client) and {@link FakeAugnoServer}, fed handcrafted Pub/Sub messages: the rotation, its own
 * {@code SECRET_VERSION_ADD} echo, redelivery, concurrent delivery and a stalled write. A runtime
 * client reads the secret through the {@code gcp-sm} provider and calls Augno throughout.
 */
class SecretRotateFunctionTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PROJECT = "acme";
    private static final String SECRET = "augno";
    private static final String NAME = FakeSecretManager.secretName(PROJECT, SECRET);
    private static final Instant START = Instant.parse("2026-11-28T03:00:00Z");

    private final TestClock clock = TestClock.at(START);

    @RegisterExtension
    final FakeAugnoServer server = FakeAugnoServer.builder()
            .clock(clock)
            .onKeyMinted(LeakCanary::register)
            .build();

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final List<Throwable> clientFailures = new CopyOnWriteArrayList<>();
    private SecretManagerServer sm;
    private FakeSecretManager fake;
    private ApiKey runtimeKey;
    private String keyId;
    private AugnoClient runtime;
    private AugnoClient admin;

    @BeforeEach
    void setUp() throws Exception {
        sm = SecretManagerServer.inProcess();
        fake = sm.fake();
        fake.clock(clock);
        fake.grant("secretmanager.versions.add", "secretmanager.versions.access");
        runtimeKey = server.mintKey("billing-sync", "customers:read");
        keyId = server.keyId(runtimeKey);
        fake.addVersion(
                PROJECT,
                SECRET,
                MAPPER.writeValueAsString(Map.of("api_key", runtimeKey.reveal(), "owner", "payments")));
        runtime = AugnoClient.builder()
                .secretProvider(GcpSecretManagerSecretProvider.builder()
                        .project(PROJECT)
                        .secret(SECRET)
                        .jsonField("api_key")
                        .client(sm.client())
                        .clock(clock)
                        .build())
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
        sm.close();
        LeakCanary.assertLogsClean();
    }

    private SecretRotateFunction function() {
        return SecretRotateFunction.builder()
                .secretManager(sm.client())
                .adminKey(server.adminKeyStore())
                .baseUrl(server.baseUrl())
                .clock(clock)
                .sleeper(sleeps::add)
                .build();
    }

    /** Secret Manager publishes SECRET_ROTATE now; the function gets it a second later. */
    private PubSubEvent rotateEvent(String messageId) {
        PubSubEvent event = PubSubEvent.notification(messageId, "SECRET_ROTATE", NAME, clock.instant());
        clock.advance(Duration.ofSeconds(1));
        return event;
    }

    private void deliver(SecretRotateFunction function, PubSubEvent event) {
        function.accept(event);
        callAugno();
    }

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

    /** One rotation happened: version 2 holds a new key, the old one dies in 7 days; nobody failed. */
    private void assertRotatedOnce() throws Exception {
        assertThat(fake.versionCount(PROJECT, SECRET)).isEqualTo(2);
        JsonNode latest = MAPPER.readTree(fake.latest(PROJECT, SECRET));
        assertThat(latest.get("owner").asText()).isEqualTo("payments");
        ApiKey newKey = ApiKey.parse(SecretValue.of(latest.get("api_key").asText()), "test");
        assertThat(newKey.sameKeyAs(runtimeKey)).isFalse();
        assertThat(keysNamed("billing-sync")).hasSize(2);
        assertThat(admin.auth().apiKeys().get(keyId).revokedAt())
                .contains(START.plusSeconds(1).plus(Duration.ofDays(7)));
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        callAugno();
        assertThat(clientFailures).isEmpty();
    }

    @Test
    void secretRotateRotatesTheKeyIntoANewVersionAndItsOwnEchoIsIgnored() throws Exception {
        callAugno();
        SecretRotateFunction function = function();

        deliver(function, rotateEvent("m-1"));
        // Its own write makes Secret Manager publish SECRET_VERSION_ADD; and the topic set-up message.
        deliver(function, PubSubEvent.notification("m-2", "SECRET_VERSION_ADD", NAME, clock.instant()));
        deliver(function, PubSubEvent.notification("m-3", "TOPIC_CONFIGURED", NAME, clock.instant()));

        assertThat(fake.adds()).hasSize(1);
        assertThat(LogCapture.linesContaining("only SECRET_ROTATE rotates")).hasSize(2);
        assertRotatedOnce();
    }

    @Test
    void aRedeliveredMessageMintsNothingInThisInstanceOrAnother() throws Exception {
        PubSubEvent event = rotateEvent("m-1");
        SecretRotateFunction function = function();
        deliver(function, event);
        // The ack was lost: Pub/Sub redelivers to this instance, then to a fresh one.
        deliver(function, event);
        deliver(function(), event);

        assertThat(LogCapture.linesContaining("handled already")).hasSize(1);
        assertThat(LogCapture.linesContaining("already rotated")).hasSize(1);
        assertRotatedOnce();
    }

    @Test
    void aMessageDeliveredTwiceAtOnceMintsOneKey() throws Exception {
        PubSubEvent event = rotateEvent("m-1");
        SecretRotateFunction function = function();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    go.await(10, TimeUnit.SECONDS);
                    deliver(function, event);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : runs) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertRotatedOnce();
    }

    @Test
    void aLostRotateAnswerIsReplayedNotMintedTwice() throws Exception {
        server.injectFault(
                "POST /v1/auth/api-keys/{id}/actions/rotate",
                Fault.connectionReset().afterProcessing().times(1));

        deliver(function(), rotateEvent("m-1"));

        assertRotatedOnce();
    }

    @Test
    void aStalledRotationIsLoudIsNotAcknowledgedAndItsRedeliveryStoresTheSameKey() throws Exception {
        for (int i = 0; i < 4; i++) {
            fake.failNext("AddSecretVersion", Status.UNAVAILABLE.withDescription("injected"));
        }
        PubSubEvent event = rotateEvent("m-1");
        SecretRotateFunction function = function();

        assertThatThrownBy(() -> function.accept(event)).isInstanceOf(RotationIncompleteException.class);
        assertThat(LogCapture.linesContaining("ROTATION STALLED")).isNotEmpty();
        callAugno();
        assertThat(fake.versionCount(PROJECT, SECRET)).isEqualTo(1);

        // Pub/Sub redelivers the unacknowledged message: the held key is stored, none is minted.
        deliver(function, event);

        assertRotatedOnce();
    }

    @Test
    void aMalformedMessageIsAcknowledgedAndChangesNothing() {
        SecretRotateFunction function = function();

        function.accept(PubSubEvent.notification("m-1", "SECRET_ROTATE", "not-a-secret-name", clock.instant()));

        assertThat(fake.versionCount(PROJECT, SECRET)).isEqualTo(1);
        assertThat(keysNamed("billing-sync")).hasSize(1);
    }
}
