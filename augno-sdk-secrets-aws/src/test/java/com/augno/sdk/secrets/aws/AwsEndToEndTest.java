package com.augno.sdk.secrets.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.SecretProviders;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.secrets.PutOptions;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.secrets.WritableSecretStore;
import com.augno.sdk.testing.FakeAugnoServer;
import com.augno.sdk.testing.TestClock;
import com.augno.sdk.testing.aws.FakeSecretsManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End to end, configured as ops would: {@code augno.secret=aws-sm://...?endpoint=http://127.0.0.1:<port>#api_key},
 * AWS credentials from the default chain (fake ones in system properties), the real AWS SDK
 * client against the emulated Secrets Manager, and {@link AugnoClient} against {@link
 * FakeAugnoServer}. Runs in its own JVM (surefire execution {@code end-to-end}) because it sets
 * {@code augno.secret}.
 */
@EnabledIfSystemProperty(named = "augno.test.endToEnd", matches = "true")
class AwsEndToEndTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final TestClock clock = TestClock.at(Instant.parse("2026-11-28T03:00:00Z"));

    @RegisterExtension
    final FakeAugnoServer server = FakeAugnoServer.builder()
            .clock(clock)
            .onKeyMinted(LeakCanary::register)
            .build();

    private final List<Duration> sleeps = new ArrayList<>();
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private FakeSecretsManager sm;
    private AugnoClient admin;

    @BeforeEach
    void setUp() {
        sm = new FakeSecretsManager("eu-west-1").launch();
        admin = client(server.adminKeyStore());
    }

    @AfterEach
    void tearDown() throws Exception {
        System.clearProperty("augno.secret");
        for (AutoCloseable c : closeables) {
            c.close();
        }
        sm.shutdown();
    }

    private AugnoClient client(SecretProvider provider) {
        AugnoClient c = AugnoClient.builder()
                .secretProvider(provider)
                .baseUrl(server.baseUrl())
                .clock(clock)
                .sleeper(sleeps::add)
                .build();
        closeables.add(c);
        return c;
    }

    private static JsonNode call(
            AugnoClient client, HttpMethod method, String path, Map<String, ?> query, Object body) {
        ApiRequest.Builder b = ApiRequest.builder(method, path);
        query.forEach((k, v) -> b.query(k, String.valueOf(v)));
        if (body != null) {
            b.body(body);
        }
        return client.request(b.build(), JsonNode.class).data();
    }

    private static JsonNode get(AugnoClient client, String path, Map<String, ?> query) {
        return call(client, HttpMethod.GET, path, query, null);
    }

    @Test
    void clientReadsItsKeyFromSecretsManagerAndRecoversAfterRotationAndPut() throws Exception {
        // A runtime key, created through the API; its secret goes straight into the store.
        String adminRole = get(admin, "/v1/identity/roles", Map.of("types", "admin"))
                .get("data")
                .get(0)
                .get("id")
                .asText();
        JsonNode created = call(
                admin, HttpMethod.POST, "/v1/auth/api-keys", Map.of(), Map.of("name", "worker", "role_id", adminRole));
        sm.createSecret(
                "prod/augno",
                MAPPER.writeValueAsString(Map.of(
                        "owner",
                        "payments",
                        "api_key",
                        created.get("api_key_secret").asText())));
        String reference = "aws-sm://prod/augno?region=eu-west-1&endpoint=" + sm.endpoint() + "#api_key";
        System.setProperty("augno.secret", reference);

        AugnoClient worker = client(SecretProviders.fromEnvironment());
        assertThat(get(worker, "/v1/catalog/units", Map.of()).get("data").size())
                .isGreaterThan(0);
        sm.server()
                .verify(postRequestedFor(urlEqualTo("/"))
                        .withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue"))
                        .withHeader(
                                "Authorization",
                                matching(
                                        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/\\d{8}/eu-west-1/secretsmanager/.*")));

        // Rotation on the fake revokes the old key now; the rotator writes the new one to the store.
        String oldId = get(admin, "/v1/auth/api-keys", Map.of("q", "worker"))
                .get("data")
                .get(0)
                .get("id")
                .asText();
        JsonNode rotated =
                call(admin, HttpMethod.POST, "/v1/auth/api-keys/" + oldId + "/actions/rotate", Map.of(), Map.of());
        WritableSecretStore rotatorStore = (WritableSecretStore) SecretProviders.fromUri(reference);
        closeables.add(rotatorStore);
        String newVersion = rotatorStore.put(
                SecretValue.of(rotated.get("api_key_secret").asText()),
                PutOptions.withRequestToken(UUID.randomUUID().toString()));

        // The worker's next call meets a 401 for the revoked key, refetches, and succeeds.
        assertThat(get(worker, "/v1/catalog/units", Map.of()).get("data").size())
                .isGreaterThan(0);
        assertThat(get(admin, "/v1/auth/api-keys/" + oldId, Map.of())
                        .get("revoked_at")
                        .isNull())
                .isFalse();
        assertThat(sm.versionIdOf("prod/augno", "AWSCURRENT")).isEqualTo(newVersion);
        assertThat(MAPPER.readTree(sm.valueOf("prod/augno", "AWSCURRENT"))
                        .get("owner")
                        .asText())
                .isEqualTo("payments");
        assertThat(sm.server()
                        .findAll(postRequestedFor(urlEqualTo("/"))
                                .withHeader("X-Amz-Target", equalTo("secretsmanager.GetSecretValue")))
                        .size())
                .isGreaterThanOrEqualTo(2);
        LeakCanary.assertNoLeak(worker, rotatorStore, created.get("id"));
    }
}
