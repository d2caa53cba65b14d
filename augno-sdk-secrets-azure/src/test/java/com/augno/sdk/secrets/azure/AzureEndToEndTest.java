package com.augno.sdk.secrets.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.keys.KeyRotator;
import com.augno.sdk.keys.RotationReport;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.testing.FakeAugnoServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End to end: a client reads its key from the fake Key Vault (the real Azure client, over HTTPS),
 * {@link KeyRotator} rotates the key on {@link FakeAugnoServer} and writes the new one into the
 * vault as a new version, and the client moves to it once the old key is revoked.
 */
class AzureEndToEndTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @RegisterExtension
    final FakeAugnoServer server =
            FakeAugnoServer.builder().onKeyMinted(LeakCanary::register).build();

    private final List<Duration> sleeps = new ArrayList<>();
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private FakeKeyVault vault;

    @BeforeEach
    void setUp() {
        vault = new FakeKeyVault().launch();
    }

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable c : closeables) {
            c.close();
        }
        vault.shutdown();
    }

    private <T extends AutoCloseable> T closing(T c) {
        closeables.add(c);
        return c;
    }

    private AugnoClient client(com.augno.sdk.secrets.SecretProvider provider) {
        return closing(AugnoClient.builder()
                .secretProvider(provider)
                .baseUrl(server.baseUrl())
                .sleeper(sleeps::add)
                .build());
    }

    private static JsonNode customers(AugnoClient client) {
        return client.request(
                        ApiRequest.builder(HttpMethod.GET, "/v1/sales/customers")
                                .query("limit", 1)
                                .build(),
                        JsonNode.class)
                .data();
    }

    @Test
    void aClientReadsItsKeyFromKeyVaultAndFollowsARotationWrittenByKeyRotator() throws Exception {
        ApiKey runtimeKey = server.mintKey("billing-sync", "customers:read");
        String keyId = server.keyId(runtimeKey);
        vault.setSecret(
                "augno-api-key", MAPPER.writeValueAsString(Map.of("owner", "billing", "api_key", runtimeKey.reveal())));
        AzureKeyVaultSecretProvider workerStore =
                closing(vault.provider("augno-api-key").jsonField("api_key").build());
        AugnoClient worker = client(workerStore);
        assertThat(customers(worker)).isNotNull();

        AzureKeyVaultSecretProvider rotatorStore =
                closing(vault.provider("augno-api-key").jsonField("api_key").build());
        AugnoClient admin = client(server.adminKeyStore());
        // Key Vault cannot say in advance whether the credential may write (canWrite() is UNKNOWN),
        // so the rotator requires a fallback for the new secret; here it is never used.
        RotationReport report = KeyRotator.builder(admin, rotatorStore)
                .fallbackStore(
                        com.augno.sdk.testing.InMemorySecretStore.builder().build())
                .sleeper(sleeps::add)
                .build()
                .rotate(keyId);

        // The new key is the vault's latest version; the other fields of the document are kept.
        assertThat(vault.versionCount("augno-api-key")).isEqualTo(2);
        assertThat(report.storeVersion()).isEqualTo(vault.latest("augno-api-key").id);
        JsonNode stored = MAPPER.readTree(vault.latest("augno-api-key").value);
        assertThat(stored.get("owner").asText()).isEqualTo("billing");
        ApiKey newKey = ApiKey.parse(
                com.augno.sdk.secrets.SecretValue.of(stored.get("api_key").asText()), "test");
        assertThat(newKey.sameKeyAs(runtimeKey)).isFalse();
        assertThat(newKey.redacted()).isEqualTo(report.newKeyRedacted());

        // Once the old key is revoked, the worker's next call meets a 401, refetches from the vault
        // and succeeds with the new key.
        KeyRotator.builder(admin, rotatorStore).build().revoke(keyId);
        assertThat(customers(worker)).isNotNull();
        assertThat(workerStore.fetch().versionId()).contains(report.storeVersion());
        LeakCanary.assertNoLeak(report, worker, workerStore, rotatorStore);
    }
}
