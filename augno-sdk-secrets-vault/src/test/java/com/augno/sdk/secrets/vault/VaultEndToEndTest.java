package com.augno.sdk.secrets.vault;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.SecretProviders;
import com.augno.sdk.keys.KeyRotator;
import com.augno.sdk.keys.RotationReport;
import com.augno.sdk.keys.Verification;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.WritableSecretStore;
import com.augno.sdk.testing.FakeAugnoServer;
import com.augno.sdk.testing.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end as ops would configure it: a {@code vault://} reference through {@link
 * SecretProviders#fromUri}, real OkHttp against {@link FakeVault}, {@link AugnoClient} (and its key
 * cache) and {@link KeyRotator} against {@link FakeAugnoServer}, one test clock for both.
 */
@Timeout(60)
class VaultEndToEndTest {
    private static final String SECRET = "secret/prod/augno";

    private final TestClock clock = TestClock.at(Instant.parse("2026-11-28T03:00:00Z"));

    @RegisterExtension
    final FakeAugnoServer server = FakeAugnoServer.builder()
            .clock(clock)
            .onKeyMinted(LeakCanary::register)
            .build();

    @TempDir
    Path dir;

    private final List<AutoCloseable> closeables = new ArrayList<>();
    private FakeVault vault;
    private ApiKey runtimeKey;
    private String reference;

    @BeforeEach
    void setUp() throws IOException {
        vault = new FakeVault(clock).launch();
        runtimeKey = server.mintKey("orders-worker", "units:read");
        vault.write(SECRET, Map.of("api_key", runtimeKey.reveal(), "owner", "payments"));
        Path tokenFile = dir.resolve("agent-token");
        Files.writeString(tokenFile, LeakCanary.register(vault.issueToken("read", "update")));
        reference = "vault://secret/prod/augno?endpoint=" + vault.endpoint() + "&tokenFile=" + tokenFile + "#api_key";
    }

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable c : closeables) {
            c.close();
        }
        vault.shutdown();
    }

    private AugnoClient client(SecretProvider provider) {
        AugnoClient c = AugnoClient.builder()
                .secretProvider(provider)
                .baseUrl(server.baseUrl())
                .clock(clock)
                .sleeper(d -> {})
                .build();
        closeables.add(c);
        return c;
    }

    private WritableSecretStore store() {
        WritableSecretStore store = (WritableSecretStore) SecretProviders.fromUri(reference);
        closeables.add(store);
        return store;
    }

    private KeyRotator rotator() {
        return KeyRotator.builder(client(server.adminKeyStore()), store())
                .clock(clock)
                .sleeper(d -> {})
                .build();
    }

    @Test
    void scheduledRotationWritesTheNewKeyIntoVaultWithCheckAndSet() {
        AugnoClient worker = client(SecretProviders.fromUri(reference));
        assertThat(worker.catalog().units().list().data()).isNotEmpty();

        RotationReport report = rotator().rotate(server.keyId(runtimeKey));

        assertThat(report.storeVersion()).isEqualTo("2");
        assertThat(report.verification()).isEqualTo(Verification.AUTHENTICATED_SCOPED);
        assertThat(report.store()).startsWith("vault://secret/prod/augno");
        ApiKey stored = ApiKey.parse(
                com.augno.sdk.secrets.SecretValue.of(java.util.Objects.requireNonNull(vault.field(SECRET, "api_key"))),
                "test");
        assertThat(stored.sameKeyAs(runtimeKey)).isFalse();
        assertThat(stored.redacted()).isEqualTo(report.newKeyRedacted());
        assertThat(vault.field(SECRET, "owner")).isEqualTo("payments");
        assertThat(worker.catalog().units().list().data()).isNotEmpty(); // the old key works through the overlap
        LeakCanary.assertNoLeak(report, worker);
    }

    @Test
    void emergencyRotationRevokesTheOldKeyAndTheWorkerRecoversFromVault() {
        AugnoClient worker = client(SecretProviders.fromUri(reference));
        assertThat(worker.catalog().units().list().data()).isNotEmpty();

        RotationReport report = rotator().emergencyRotate(server.keyId(runtimeKey));

        // The worker's next call meets a 401 for the revoked key, refetches from Vault, and succeeds.
        assertThat(worker.catalog().units().list().data()).isNotEmpty();
        assertThat(vault.currentVersion(SECRET)).isEqualTo(2);
        vault.server().verify(getRequestedFor(urlEqualTo("/v1/secret/data/prod/augno")));
        LeakCanary.assertNoLeak(report, worker);
    }

    @Test
    void sealedVaultDuringARefreshKeepsTheStaleKeyServing() throws Exception {
        AugnoClient worker = client(SecretProviders.fromUri(reference));
        assertThat(worker.catalog().units().list().data()).isNotEmpty();
        CountDownLatch refreshHitTheSeal = new CountDownLatch(1);
        vault.onSealedRequest(refreshHitTheSeal::countDown);
        vault.sealed(true);

        clock.advance(Duration.ofMinutes(6)); // past the 5-minute refresh: the cache refreshes in the background
        assertThat(worker.catalog().units().list().data()).isNotEmpty();
        assertThat(refreshHitTheSeal.await(10, TimeUnit.SECONDS)).isTrue();

        clock.advance(Duration.ofMinutes(30)); // still inside the 1-hour stale window
        assertThat(worker.catalog().units().list().data()).isNotEmpty();
        assertThat(server.requestCount("GET /v1/catalog/units")).isEqualTo(3);

        vault.sealed(false);
        clock.advance(Duration.ofMinutes(10));
        assertThat(worker.catalog().units().list().data()).isNotEmpty();
        LeakCanary.assertNoLeak(worker);
    }
}
