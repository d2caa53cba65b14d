package com.augno.sdk.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.sdk.errors.ApiConnectionException;
import com.augno.sdk.errors.ApiServerException;
import com.augno.sdk.errors.ApiTimeoutException;
import com.augno.sdk.errors.RateLimitException;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.http.RequestOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RetryTest {
    @RegisterExtension
    static WireMockExtension server = Fixture.server();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final FakeKeySource keys = Fixture.canaryKeys();

    @Test
    void postFailingTwiceWith503ThenSucceedingMakesThreeAttemptsWithOneIdempotencyKey() {
        server.stubFor(post(urlPathEqualTo("/v1/things"))
                .inScenario("s")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(ErrorMappingTest.error(503, "service_unavailable", "api_error", null))
                .willSetStateTo("second"));
        server.stubFor(post(urlPathEqualTo("/v1/things"))
                .inScenario("s")
                .whenScenarioStateIs("second")
                .willReturn(ErrorMappingTest.error(503, "service_unavailable", "api_error", null))
                .willSetStateTo("third"));
        server.stubFor(post(urlPathEqualTo("/v1/things"))
                .inScenario("s")
                .whenScenarioStateIs("third")
                .willReturn(okJson("{\"id\":\"th_1\"}")));

        JsonNode result = context()
                .execute(
                        ApiRequest.builder(HttpMethod.POST, "/v1/things")
                                .body(Map.of("name", "x"))
                                .build(),
                        JsonNode.class);

        assertThat(result.get("id").asText()).isEqualTo("th_1");
        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlPathEqualTo("/v1/things")));
        assertThat(requests).hasSize(3);
        List<String> idempotencyKeys = requests.stream()
                .map(r -> r.getHeader("Idempotency-Key"))
                .distinct()
                .collect(Collectors.toList());
        assertThat(idempotencyKeys).hasSize(1);
        assertThat(UUID.fromString(idempotencyKeys.get(0)).version()).isEqualTo(4);
        assertThat(requests).allSatisfy(r -> assertThat(r.getBodyAsString()).isEqualTo("{\"name\":\"x\"}"));
        // 0.5 s and 1 s, each with 75-100 % jitter, through the sleeper.
        assertThat(sleeper.waits).hasSize(2);
        assertThat(sleeper.waits.get(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
        assertThat(sleeper.waits.get(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1000));
    }

    @Test
    void eachCallGetsItsOwnIdempotencyKey() {
        server.stubFor(post(urlPathEqualTo("/v1/things")).willReturn(okJson("{}")));
        ClientContext context = context();
        ApiRequest request = ApiRequest.builder(HttpMethod.POST, "/v1/things").build();

        context.execute(request, JsonNode.class);
        context.execute(request, JsonNode.class);

        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlPathEqualTo("/v1/things")));
        assertThat(requests.get(0).getHeader("Idempotency-Key"))
                .isNotEqualTo(requests.get(1).getHeader("Idempotency-Key"));
    }

    @Test
    void callerIdempotencyKeyIsSentOnEveryRetry() {
        server.stubFor(post(urlPathEqualTo("/v1/things"))
                .willReturn(ErrorMappingTest.error(500, "internal_error", "api_error", null)));

        assertThatThrownBy(() -> context()
                        .execute(
                                ApiRequest.builder(HttpMethod.POST, "/v1/things")
                                        .options(RequestOptions.builder()
                                                .idempotencyKey("order-4711")
                                                .build())
                                        .build(),
                                JsonNode.class))
                .isInstanceOf(ApiServerException.class);

        List<LoggedRequest> requests = server.findAll(postRequestedFor(urlPathEqualTo("/v1/things")));
        assertThat(requests)
                .hasSize(3)
                .allSatisfy(r -> assertThat(r.getHeader("Idempotency-Key")).isEqualTo("order-4711"));
    }

    @Test
    void getHasNoIdempotencyKey() {
        server.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(okJson("{}")));
        context().execute(ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class);
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo("/v1/things")))
                        .get(0)
                        .containsHeader("Idempotency-Key"))
                .isFalse();
    }

    @Test
    void retryAfterTwoSecondsWaitsTwoSecondsThroughTheSleeper() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .inScenario("r")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(ErrorMappingTest.error(429, "rate_limit_exceeded", "api_error", true)
                        .withHeader("Retry-After", "2"))
                .willSetStateTo("ok"));
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .inScenario("r")
                .whenScenarioStateIs("ok")
                .willReturn(okJson("{}")));

        context().execute(ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class);

        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2));
        server.verify(2, getRequestedFor(urlPathEqualTo("/v1/things")));
    }

    @Test
    void retryAfterMsWinsOverRetryAfter() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(ErrorMappingTest.error(503, "service_unavailable", "api_error", null)
                        .withHeader("Retry-After-Ms", "1500")
                        .withHeader("Retry-After", "9")));

        assertThatThrownBy(() -> context()
                        .execute(
                                ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class))
                .isInstanceOf(ApiServerException.class);
        assertThat(sleeper.waits).containsExactly(Duration.ofMillis(1500), Duration.ofMillis(1500));
    }

    @Test
    void retryAfterAsHttpDateIsMeasuredAgainstTheClock() {
        // Fixture.CLOCK is 2026-11-28T03:00:00Z.
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .inScenario("d")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(ErrorMappingTest.error(429, "rate_limit_exceeded", "api_error", true)
                        .withHeader("Retry-After", "Sat, 28 Nov 2026 03:00:05 GMT"))
                .willSetStateTo("ok"));
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .inScenario("d")
                .whenScenarioStateIs("ok")
                .willReturn(okJson("{}")));

        context().execute(ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class);
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void retryAfterOfAnHourThrowsAtOnceCarryingTheWait() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(ErrorMappingTest.error(429, "rate_limit_exceeded", "api_error", true)
                        .withHeader("Retry-After", "3600")));

        RateLimitException e = catchThrowableOfType(
                () -> context()
                        .execute(
                                ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class),
                RateLimitException.class);

        assertThat(e.retryAfter()).contains(Duration.ofHours(1));
        assertThat(e.getMessage()).contains("retry after 3600000 ms");
        assertThat(sleeper.waits).isEmpty();
        server.verify(1, getRequestedFor(urlPathEqualTo("/v1/things")));
        LeakCanary.assertNoLeak(e);
    }

    @Test
    void perRequestMaxRetriesOverridesTheClient() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(ErrorMappingTest.error(503, "service_unavailable", "api_error", null)));

        assertThatThrownBy(() -> context()
                        .execute(
                                ApiRequest.builder(HttpMethod.GET, "/v1/things")
                                        .options(RequestOptions.builder()
                                                .maxRetries(0)
                                                .build())
                                        .build(),
                                JsonNode.class))
                .isInstanceOf(ApiServerException.class);
        server.verify(1, getRequestedFor(urlPathEqualTo("/v1/things")));
    }

    @Test
    void deadlineShorterThanTheBackoffStopsRetrying() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(ErrorMappingTest.error(503, "service_unavailable", "api_error", null)));

        assertThatThrownBy(() -> context()
                        .execute(
                                ApiRequest.builder(HttpMethod.GET, "/v1/things")
                                        .options(RequestOptions.builder()
                                                .deadline(Duration.ofMillis(300))
                                                .build())
                                        .build(),
                                JsonNode.class))
                .isInstanceOf(ApiServerException.class);
        server.verify(1, getRequestedFor(urlPathEqualTo("/v1/things")));
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void connectionResetIsRetriedThenThrownAsApiConnectionException() {
        server.stubFor(
                get(urlPathEqualTo("/v1/things")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        ApiConnectionException e = catchThrowableOfType(
                () -> context()
                        .execute(
                                ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class),
                ApiConnectionException.class);

        assertThat(e).isNotInstanceOf(ApiTimeoutException.class);
        assertThat(e.getMessage()).contains("GET /v1/things");
        server.verify(3, getRequestedFor(urlPathEqualTo("/v1/things")));
        assertThat(sleeper.waits).hasSize(2);
        LeakCanary.assertNoLeak(e);
    }

    @Test
    void slowResponseBeyondThePerRequestTimeoutIsAnApiTimeoutException() {
        server.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(okJson("{}").withFixedDelay(3_000)));

        ApiTimeoutException e = catchThrowableOfType(
                () -> context()
                        .execute(
                                ApiRequest.builder(HttpMethod.GET, "/v1/things")
                                        .options(RequestOptions.builder()
                                                .timeout(Duration.ofMillis(200))
                                                .maxRetries(0)
                                                .build())
                                        .build(),
                                JsonNode.class),
                ApiTimeoutException.class);

        assertThat(e.getMessage()).contains("timed out");
    }

    @Test
    void successBodyThatBreaksOffIsRetriedLikeALostResponse() {
        server.stubFor(
                get(urlPathEqualTo("/v1/things")).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

        assertThatThrownBy(() -> context()
                        .execute(
                                ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class))
                .isInstanceOf(ApiConnectionException.class);
        server.verify(3, getRequestedFor(urlPathEqualTo("/v1/things")));
    }

    private ClientContext context() {
        return Fixture.context(server, sleeper, keys);
    }
}
