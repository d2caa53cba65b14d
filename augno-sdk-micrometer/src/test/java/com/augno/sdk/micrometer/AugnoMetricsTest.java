package com.augno.sdk.micrometer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.errors.NotFoundException;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.observability.KeyCacheEvent;
import com.augno.sdk.observability.KeyFailureKind;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.common.Notifier;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Micrometer listener on a real client against WireMock, with Micrometer's test registries. */
class AugnoMetricsTest {
    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").notifier(new Notifier() {
                @Override
                public void info(String message) {}

                @Override
                public void error(String message) {}

                @Override
                public void error(String message, Throwable t) {}
            }))
            .build();

    private final String key = TestKeys.canary();
    private final TestObservationRegistry observations = TestObservationRegistry.create();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AugnoMetrics metrics = AugnoMetrics.builder()
            .meterRegistry(meters)
            .observationRegistry(observations)
            .tag("client", "billing")
            .build();

    private AugnoClient client() {
        SecretProvider provider = new SecretProvider() {
            @Override
            public SecretValue fetch() {
                return SecretValue.of(key);
            }

            @Override
            public String description() {
                return "fake://metrics-test";
            }
        };
        AugnoClient client = AugnoClient.builder()
                .secretProvider(provider)
                .baseUrl(server.baseUrl())
                .sleeper(d -> {})
                .listener(metrics)
                .build();
        metrics.bindTo(client);
        return client;
    }

    @Test
    void eachAttemptIsAnObservationWithLowCardinalityTags() {
        server.stubFor(get(urlPathEqualTo("/v1/things/th_9"))
                .inScenario("s")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Request-Id", "req_9"))
                .willSetStateTo("up"));
        server.stubFor(get(urlPathEqualTo("/v1/things/th_9"))
                .inScenario("s")
                .whenScenarioStateIs("up")
                .willReturn(okJson("{}")));
        try (AugnoClient client = client()) {
            client.request(
                    ApiRequest.builder(HttpMethod.GET, "/v1/things")
                            .addPathSegment("th_9")
                            .build(),
                    JsonNode.class);
        }
        assertThat(observations)
                .hasNumberOfObservationsWithNameEqualTo(AugnoMetrics.REQUESTS, 2)
                .hasAnObservation(o -> o.hasLowCardinalityKeyValue("operation", "GET /v1/things/{id}")
                        .hasLowCardinalityKeyValue("uri", "/v1/things/{id}")
                        .hasLowCardinalityKeyValue("method", "GET")
                        .hasLowCardinalityKeyValue("status", "503")
                        .hasLowCardinalityKeyValue("outcome", "server_error")
                        .hasLowCardinalityKeyValue("error.code", "none")
                        .hasLowCardinalityKeyValue("client", "billing")
                        .hasHighCardinalityKeyValue("request.id", "req_9"))
                .hasAnObservation(o -> o.hasLowCardinalityKeyValue("status", "200")
                        .hasLowCardinalityKeyValue("outcome", "success")
                        .hasHighCardinalityKeyValue("attempt", "2"));
        assertThat(meters.get(AugnoMetrics.RETRIES)
                        .tag("reason", "retryable_status")
                        .counter()
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void anErrorCodeIsATag() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withBody("{\"error\":{\"code\":\"resource_not_found\",\"message\":\"no\"}}")));
        try (AugnoClient client = client()) {
            assertThatThrownBy(() -> client.request(
                            ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(observations)
                .hasAnObservation(o -> o.hasLowCardinalityKeyValue("outcome", "client_error")
                        .hasLowCardinalityKeyValue("error.code", "resource_not_found"));
    }

    @Test
    void keyCacheMetersShowTheKeyStateAndCountFetches() {
        server.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(okJson("{}")));
        try (AugnoClient client = client()) {
            assertThat(meters.get(AugnoMetrics.KEY_STATE)
                            .tag("state", "empty")
                            .gauge()
                            .value())
                    .isEqualTo(1.0);
            assertThat(meters.get(AugnoMetrics.KEY_AGE).gauge().value()).isNaN();
            client.request(ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class);
            assertThat(meters.get(AugnoMetrics.KEY_STATE)
                            .tag("state", "fresh")
                            .gauge()
                            .value())
                    .isEqualTo(1.0);
            assertThat(meters.get(AugnoMetrics.KEY_AGE).gauge().value()).isGreaterThanOrEqualTo(0.0);
            assertThat(meters.get(AugnoMetrics.KEY_STALE).gauge().value()).isZero();
        }
        assertThat(meters.get(AugnoMetrics.KEY_REFRESHES)
                        .tags("outcome", "success", "failure", "none", "client", "billing")
                        .counter()
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void failuresRecoveriesAndChangesAreCountedByOutcome() {
        metrics.onKeyCacheEvent(KeyCacheEvent.builder(KeyCacheEvent.Kind.REFRESH_FAILED, "fake://x")
                .failureKind(KeyFailureKind.ACCESS_DENIED)
                .consecutiveFailures(1)
                .build());
        metrics.onKeyCacheEvent(KeyCacheEvent.builder(KeyCacheEvent.Kind.RECOVERY_STARTED, "fake://x")
                .build());
        metrics.onKeyCacheEvent(KeyCacheEvent.builder(KeyCacheEvent.Kind.RECOVERY_SUCCEEDED, "fake://x")
                .build());
        metrics.onKeyCacheEvent(KeyCacheEvent.builder(KeyCacheEvent.Kind.KEY_CHANGED, "fake://x")
                .build());
        assertThat(meters.get(AugnoMetrics.KEY_REFRESHES)
                        .tags("outcome", "failure", "failure", "access_denied")
                        .counter()
                        .count())
                .isEqualTo(1.0);
        assertThat(meters.get(AugnoMetrics.KEY_RECOVERIES)
                        .tag("outcome", "succeeded")
                        .counter()
                        .count())
                .isEqualTo(1.0);
        assertThat(meters.get(AugnoMetrics.KEY_CHANGES).counter().count()).isEqualTo(1.0);
    }

    @Test
    void noMeterTagOrObservationHoldsTheKey() {
        List<String> stopped = new CopyOnWriteArrayList<>();
        observations.observationConfig().observationHandler(new ObservationHandler<Observation.Context>() {
            @Override
            public void onStop(Observation.Context context) {
                stopped.add(context.toString());
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });
        server.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(okJson("{}")));
        try (AugnoClient client = client()) {
            client.request(ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class);
        }
        String allTags = meters.getMeters().stream()
                .map(Meter::getId)
                .map(Object::toString)
                .collect(Collectors.joining("\n"));
        String allObservations = String.join("\n", stopped);
        assertThat(allTags).contains("augno.key.age");
        assertThat(allObservations).contains("/v1/things");
        LeakCanary.assertNoLeak(allTags, allObservations);
        assertThat(allTags + allObservations)
                .doesNotContain(TestKeys.redacted(key).substring(0, 12) + "*");
    }
}
