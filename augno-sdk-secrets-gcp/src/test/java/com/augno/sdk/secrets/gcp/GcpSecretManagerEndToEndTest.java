package com.augno.sdk.secrets.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.SecretProviders;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.http.Sleeper;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.PutOptions;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.secrets.WritableSecretStore;
import com.augno.sdk.testing.FakeAugnoServer;
import com.augno.sdk.testing.TestClock;
import com.augno.sdk.testing.gcp.SecretManagerServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End to end: {@link AugnoClient} configured with a {@code gcp-sm://} reference (through {@link
 * SecretProviders#fromUri}, as ops configure it) calls {@link FakeAugnoServer} with the key that
 * the real Google client fetched from a Secret Manager on a loopback port; after a rotation on the
 * fake and a {@code put} of the new key into Secret Manager, the next call succeeds without a
 * failed call reaching the caller.
 */
class GcpSecretManagerEndToEndTest {
    private final TestClock clock = TestClock.at(Instant.parse("2026-11-28T04:00:00Z"));

    @RegisterExtension
    final FakeAugnoServer augno = FakeAugnoServer.builder()
            .clock(clock)
            .onKeyMinted(LeakCanary::register)
            .build();

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final Sleeper sleeper = sleeps::add;

    private AugnoClient client(com.augno.sdk.secrets.SecretProvider provider) {
        return AugnoClient.builder()
                .secretProvider(provider)
                .baseUrl(augno.baseUrl())
                .clock(augno.clock())
                .sleeper(sleeper)
                .build();
    }

    private static JsonNode get(AugnoClient client, String path) {
        return client.request(ApiRequest.builder(HttpMethod.GET, path).build(), JsonNode.class)
                .data();
    }

    @Test
    void clientUsesTheKeyFromSecretManagerAndRecoversAfterRotationAndPut() throws Exception {
        try (SecretManagerServer secretManager = SecretManagerServer.loopback()) {
            ApiKey runtimeKey = augno.mintKey("runtime", "units:read");
            secretManager
                    .fake()
                    .addVersion("acme", "augno", "{\"api_key\":\"" + runtimeKey.reveal() + "\",\"team\":\"payments\"}");
            String reference = "gcp-sm://projects/acme/secrets/augno/versions/latest?endpoint="
                    + secretManager.endpoint() + "#api_key";

            try (AugnoClient worker = client(SecretProviders.fromUri(reference));
                    AugnoClient admin = client(augno.adminKeyStore());
                    WritableSecretStore rotationStore = (WritableSecretStore) SecretProviders.fromUri(reference)) {
                assertThat(get(worker, "/v1/catalog/units").get("object").asText())
                        .isEqualTo("list");
                int fetchesBefore = secretManager.fake().calls("AccessSecretVersion");

                // Rotate on Augno (without revoke_at: the old key dies at once), then store the new key.
                JsonNode rotated = admin.request(
                                ApiRequest.builder(
                                                HttpMethod.POST,
                                                "/v1/auth/api-keys/" + augno.keyId(runtimeKey) + "/actions/rotate")
                                        .body(Map.of())
                                        .build(),
                                JsonNode.class)
                        .data();
                String newKey = rotated.get("api_key_secret").asText();
                LeakCanary.register(newKey);
                assertThat(rotationStore.put(SecretValue.of(newKey), PutOptions.none()))
                        .isEqualTo("2");

                // The worker's cached key is now revoked: its next call gets a 401 internally, refetches
                // from Secret Manager, retries with the new key and succeeds.
                assertThat(get(worker, "/v1/catalog/units").get("object").asText())
                        .isEqualTo("list");
                assertThat(secretManager.fake().calls("AccessSecretVersion")).isGreaterThan(fetchesBefore);
                assertThat(secretManager.fake().value("acme", "augno", 2)).contains("\"team\":\"payments\"");
                LeakCanary.assertNoLeak(worker, rotationStore, rotated.get("api_key_info"));
            }
        }
    }
}
