package com.augno.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.KeyMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Lifecycle, key hand-over and safety of the server itself. */
class FakeAugnoServerTest {

    @Test
    void startBindsLoopbackOnAFreePortAndStopReleasesIt() {
        FakeAugnoServer server = FakeAugnoServer.builder().build();
        assertThat(server.isRunning()).isFalse();
        assertThatThrownBy(server::baseUrl).isInstanceOf(IllegalStateException.class);

        try (FakeAugnoServer started = server.start()) {
            assertThat(started.isRunning()).isTrue();
            assertThat(started.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
            assertThat(started.port()).isPositive();
            assertThat(started.start()).isSameAs(started);
        }

        assertThat(server.isRunning()).isFalse();
        assertThat(server.toString()).isEqualTo("FakeAugnoServer(stopped)");
    }

    @Test
    void stateSurvivesARestart() {
        FakeAugnoServer server =
                FakeAugnoServer.builder().onKeyMinted(LeakCanary::register).build();
        ApiKey key = server.mintKey("reader", "units:read");
        server.start();
        RecordingSleeper sleeper = new RecordingSleeper();
        try (AugnoClient client = Calls.client(server, key, sleeper)) {
            Calls.get(client, "/v1/catalog/units");
        }
        server.stop();

        server.start();
        try (AugnoClient client = Calls.client(server, key, sleeper)) {
            assertThat(Calls.get(client, "/v1/catalog/units").statusCode()).isEqualTo(200);
        } finally {
            server.close();
        }
        assertThat(server.requestCount("GET /v1/catalog/units")).isEqualTo(2);
    }

    @Test
    void everyMintedKeyReachesTheListenerAndNeverItsToString() {
        List<String> minted = new CopyOnWriteArrayList<>();
        FakeAugnoServer server = FakeAugnoServer.builder()
                .defaultMode(KeyMode.PRODUCTION)
                .onKeyMinted(LeakCanary::register)
                .onKeyMinted(minted::add)
                .build();
        List<String> late = new ArrayList<>();
        server.onKeyMinted(late::add);

        ApiKey extra = server.mintKey("extra", "customers:read");

        assertThat(minted).hasSize(3).contains(server.adminKey().reveal(), extra.reveal());
        assertThat(late).containsExactlyElementsOf(minted);
        assertThat(server.adminKey().mode()).isEqualTo(KeyMode.PRODUCTION);
        assertThat(server.adminKey().reveal()).startsWith(KeyMode.PRODUCTION.prefix());
        assertThat(server.adminKey(KeyMode.SANDBOX).reveal()).startsWith(KeyMode.SANDBOX.prefix());
        assertThat(server.adminKeyStore().fetch().reveal())
                .isEqualTo(server.adminKey().reveal());
        assertThat(server.keyId(extra)).startsWith("apke_");
        assertThat(server.accountId(KeyMode.PRODUCTION)).isNotEqualTo(server.accountId(KeyMode.SANDBOX));
        LeakCanary.assertNoLeak(server, server.adminKey(), server.adminKeyStore(), extra);
    }

    @Test
    void mintedKeysAreRandomAndUrlSafe() {
        FakeAugnoServer server =
                FakeAugnoServer.builder().onKeyMinted(LeakCanary::register).build();

        String a = server.mintKey("a").reveal();
        String b = server.mintKey("b").reveal();

        assertThat(a).isNotEqualTo(b);
        assertThat(a.substring(KeyMode.SANDBOX.prefix().length())).matches("[A-Za-z0-9_-]{64}");
    }

    @Test
    void invalidPermissionsAreRefusedWhenMinting() {
        FakeAugnoServer server = FakeAugnoServer.builder().build();

        assertThatThrownBy(() -> server.mintKey("bad", "customers:fly"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customers:fly");
        assertThatThrownBy(() -> server.keyId(ApiKey.parse(
                        com.augno.sdk.secrets.SecretValue.of(com.augno.build.testhelpers.TestKeys.sandbox()), "test")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void builderRejectsNonsense() {
        assertThatThrownBy(() -> FakeAugnoServer.builder().rateLimit(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FakeAugnoServer.builder().requestJournalSize(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FakeAugnoServer.builder().containerThreads(1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FakeAugnoServer.builder().maxRequestLogs(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.serverError(404)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.connectionReset().times(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Fault.serverError(503).times(2).afterProcessing().toString())
                .isEqualTo("Fault(ERROR 503 service_unavailable times=2 afterProcessing)");
    }
}
