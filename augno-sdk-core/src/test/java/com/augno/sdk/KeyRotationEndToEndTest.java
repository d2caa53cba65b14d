package com.augno.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rotation recovery through the real client: WireMock answers 401 {@code api_key_revoked} to the
 * old key, the provider now holds the new key.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS) // 400 real HTTP exchanges on a shared 2-core machine
class KeyRotationEndToEndTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private final String oldKey = TestKeys.canary();
    private final String newKey = TestKeys.canary();

    private void revokeOldKey() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .withHeader("Authorization", equalTo("Bearer " + oldKey))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":\"api_key_revoked\",\"type\":\"invalid_request_error\","
                                + "\"message\":\"This API key has been revoked.\",\"is_transient\":false}}")));
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .withHeader("Authorization", equalTo("Bearer " + newKey))
                .willReturn(okJson("{\"ok\":true}")));
    }

    private AugnoClient client(SecretProvider provider) {
        return AugnoClient.builder()
                .secretProvider(provider)
                .baseUrl(server.baseUrl())
                .sleeper(d -> {})
                .build();
    }

    @Test
    void twoHundredCallsOnARevokedKeySucceedWithOneExtraFetch() throws Exception {
        revokeOldKey();
        CountingProvider provider = new CountingProvider(n -> n == 1 ? oldKey : newKey);
        ExecutorService threads = Executors.newFixedThreadPool(32);
        try (AugnoClient client = client(provider)) {
            List<Future<JsonNode>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(threads.submit(() -> client.request(
                                ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class)
                        .data()));
            }
            for (Future<JsonNode> f : results) {
                assertThat(f.get(30, TimeUnit.SECONDS).get("ok").asBoolean()).isTrue();
            }
            assertThat(provider.fetches).hasValue(2);
            LeakCanary.assertNoLeak(client, provider);
        } finally {
            threads.shutdownNow();
        }
        LeakCanary.assertLogsClean();
    }

    @Test
    void storeStillMidWriteFor300MillisIsWaitedOutByTheBoundedRefetch() {
        revokeOldKey();
        AtomicLong rotationStarted = new AtomicLong();
        CountingProvider provider = new CountingProvider(n -> {
            if (n == 1) {
                return oldKey;
            }
            rotationStarted.compareAndSet(0, System.nanoTime());
            // The rotation writes the store 300 ms after the server revoked the old key.
            boolean written = System.nanoTime() - rotationStarted.get() >= TimeUnit.MILLISECONDS.toNanos(300);
            return written ? newKey : oldKey;
        });
        try (AugnoClient client = client(provider)) {
            JsonNode result = client.request(
                            ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class)
                    .data();
            assertThat(result.get("ok").asBoolean()).isTrue();
            // 1 first fetch, then refetches at about 0, 250 and 750 ms: the last brings the new key.
            assertThat(provider.fetches.get()).isBetween(3, 5);
        }
        LeakCanary.assertLogsClean();
    }

    /** Counts fetches; answer n (1-based) comes from the function. */
    private static final class CountingProvider implements SecretProvider {
        final AtomicInteger fetches = new AtomicInteger();
        private final IntFunction<String> answers;

        CountingProvider(IntFunction<String> answers) {
            this.answers = answers;
        }

        @Override
        public SecretValue fetch() {
            int n = fetches.incrementAndGet();
            return SecretValue.of(answers.apply(n), "v" + n, Instant.now());
        }

        @Override
        public String description() {
            return "counting://store";
        }
    }
}
