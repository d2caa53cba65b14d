package com.augno.sdk.testing;

import static com.augno.sdk.testing.Calls.get;
import static com.augno.sdk.testing.Calls.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.build.testhelpers.CustomerFixture;
import com.augno.build.testhelpers.LeakCanary;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.errors.ApiConnectionException;
import com.augno.sdk.errors.ApiServerException;
import com.augno.sdk.errors.ApiTimeoutException;
import com.augno.sdk.errors.ApiVersionException;
import com.augno.sdk.errors.AugnoApiException;
import com.augno.sdk.errors.IdempotencyException;
import com.augno.sdk.errors.RateLimitException;
import com.augno.sdk.errors.ResponseDecodingException;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.ApiResponse;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.http.Page;
import com.augno.sdk.http.RequestOptions;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Idempotency, pagination, rate limits, versions and every fault type, through {@link AugnoClient}. */
class ReliabilityTest {
    private static final String CUSTOMERS = "/v1/sales/customers";

    private final TestClock clock = TestClock.at(Instant.parse("2026-03-01T10:00:00Z"));

    @RegisterExtension
    final FakeAugnoServer server = FakeAugnoServer.builder()
            .clock(clock)
            .onKeyMinted(LeakCanary::register)
            .build();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private AugnoClient client;
    private CustomerFixture customers;

    @BeforeEach
    void setUp() {
        client = Calls.client(server, server.adminKeyStore(), sleeper);
        customers = Customers.seed(server);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private static RequestOptions noRetries() {
        return RequestOptions.builder().maxRetries(0).build();
    }

    private ApiResponse<JsonNode> getCustomers(RequestOptions options) {
        return client.request(
                ApiRequest.builder(HttpMethod.GET, CUSTOMERS).options(options).build(), JsonNode.class);
    }

    @Test
    void threeIdenticalPostsWithOneIdempotencyKeyCreateOnce() {
        RequestOptions sameKey =
                RequestOptions.builder().idempotencyKey("create-acme-1").build();

        List<ApiResponse<JsonNode>> responses = List.of(
                post(client, CUSTOMERS, customers.body("Acme"), sameKey),
                post(client, CUSTOMERS, customers.body("Acme"), sameKey),
                post(client, CUSTOMERS, customers.body("Acme"), sameKey));

        assertThat(server.creationCount("create-acme-1")).isEqualTo(1);
        assertThat(responses.stream().map(r -> r.data().get("id").asText()).distinct())
                .hasSize(1);
        assertThat(responses.stream().map(r -> r.headers().idempotentReplayed()))
                .containsExactly(false, true, true);
        assertThat(responses.get(0).statusCode()).isEqualTo(201);
        assertThat(responses.get(2).statusCode()).isEqualTo(201);
        assertThat(get(client, CUSTOMERS).data().get("data")).hasSize(1);
    }

    @Test
    void reusingAnIdempotencyKeyForAnotherBodyIsRefused() {
        RequestOptions sameKey = RequestOptions.builder().idempotencyKey("k-1").build();
        post(client, CUSTOMERS, customers.body("Acme"), sameKey);

        assertThatThrownBy(() -> post(client, CUSTOMERS, customers.body("Other"), sameKey))
                .isInstanceOfSatisfying(AugnoApiException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.code()).contains("validation_failed");
                    assertThat(e.type()).contains("idempotency_error");
                });
    }

    @Test
    void postRetriedAfterLostResponsesIsReplayedNotRepeated() {
        server.injectFault(
                "POST " + CUSTOMERS, Fault.serverError(503).afterProcessing().times(2));

        ApiResponse<JsonNode> created = post(client, CUSTOMERS, customers.body("Acme"));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().idempotentReplayed()).isTrue();
        assertThat(server.requestCount("POST " + CUSTOMERS)).isEqualTo(3);
        assertThat(server.creationCount("")).isZero();
        assertThat(server.requestCounts().keySet()).contains("POST " + CUSTOMERS);
        assertThat(get(client, CUSTOMERS).data().get("data")).hasSize(1);
        assertThat(sleeper.waits).hasSize(2);
    }

    @Test
    void autoPagerFollowsNextPageUrlAcrossPages() {
        for (int i = 1; i <= 5; i++) {
            post(client, CUSTOMERS, customers.body("Customer " + i));
        }

        Page<JsonNode> first = client.requestPage(
                ApiRequest.builder(HttpMethod.GET, CUSTOMERS)
                        .query("limit", 2)
                        .query("q", "Customer")
                        .build(),
                JsonNode.class);
        List<String> names =
                first.autoPager().stream().map(c -> c.get("name").asText()).collect(Collectors.toList());

        assertThat(first.data()).hasSize(2);
        assertThat(first.hasNextPage()).isTrue();
        assertThat(names).containsExactly("Customer 5", "Customer 4", "Customer 3", "Customer 2", "Customer 1");
        assertThat(server.requestCount("GET " + CUSTOMERS)).isEqualTo(3);
    }

    @Test
    void pageInfoCarriesRelativeUrlsThatKeepTheFilters() {
        for (int i = 1; i <= 3; i++) {
            post(client, CUSTOMERS, customers.body("Customer " + i));
        }

        JsonNode page = get(client, CUSTOMERS, "limit", "1", "q", "Customer").data();
        String next = page.get("page_info").get("next_page_url").asText();
        JsonNode second = get(client, CUSTOMERS, "limit", "1", "q", "Customer", "cursor", cursorOf(next))
                .data();

        assertThat(next).startsWith(CUSTOMERS + "?").contains("limit=1").contains("q=Customer");
        assertThat(page.get("page_info").get("previous_page_url").isNull()).isTrue();
        assertThat(second.get("page_info").get("has_prev_page").asBoolean()).isTrue();
        assertThat(second.get("data").get(0).get("name").asText()).isEqualTo("Customer 2");
    }

    private static String cursorOf(String url) {
        return url.substring(url.indexOf("cursor=") + "cursor=".length());
    }

    @Test
    void rateLimitedRequestWaitsRetryAfterAndSucceeds() {
        server.rateLimitNext(1, Duration.ofSeconds(2));

        ApiResponse<JsonNode> response = getCustomers(RequestOptions.none());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2));
        assertThat(server.requestCount("GET " + CUSTOMERS)).isEqualTo(2);
        assertThat(response.headers().rateLimitLimit()).hasValue(20);
        assertThat(response.headers().rateLimitRemaining()).isPresent();
        assertThat(response.headers().rateLimitReset()).hasValue(1);
    }

    @Test
    void rateLimitWithoutRetriesThrowsWithRetryAfter() {
        server.rateLimitNext(1, Duration.ofSeconds(3));

        assertThatThrownBy(() -> getCustomers(noRetries())).isInstanceOfSatisfying(RateLimitException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(429);
            assertThat(e.code()).contains("rate_limit_exceeded");
            assertThat(e.isTransient()).contains(true);
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
        });
    }

    @Test
    void serverErrorIsRetriedThenSucceeds() {
        server.injectFault("GET " + CUSTOMERS, Fault.serverError(500).times(2));

        assertThat(getCustomers(RequestOptions.none()).statusCode()).isEqualTo(200);
        assertThat(server.requestCount("GET " + CUSTOMERS)).isEqualTo(3);
    }

    @Test
    void serverErrorWithoutRetriesThrowsApiServerException() {
        server.injectFault("GET " + CUSTOMERS, Fault.serverError(503));

        assertThatThrownBy(() -> getCustomers(noRetries())).isInstanceOfSatisfying(ApiServerException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(503);
            assertThat(e.code()).contains("service_unavailable");
            assertThat(e.isTransient()).contains(true);
        });
    }

    @Test
    void idempotencyInProgressFaultMapsToIdempotencyException() {
        server.injectFault("POST " + CUSTOMERS, Fault.error(409, "idempotency_in_progress", true));

        assertThatThrownBy(() -> client.request(
                        ApiRequest.builder(HttpMethod.POST, CUSTOMERS)
                                .body(customers.body("Acme"))
                                .options(noRetries())
                                .build(),
                        JsonNode.class))
                .isInstanceOfSatisfying(
                        IdempotencyException.class, e -> assertThat(e.type()).contains("idempotency_error"));
    }

    @Test
    void connectionResetIsRetriedThenSucceeds() {
        server.injectFault("GET " + CUSTOMERS, Fault.connectionReset().times(1));

        assertThat(getCustomers(RequestOptions.none()).statusCode()).isEqualTo(200);
        assertThat(server.requestCount("GET " + CUSTOMERS)).isEqualTo(2);
    }

    @Test
    void connectionResetWithoutRetriesThrowsApiConnectionException() {
        server.injectFault("GET " + CUSTOMERS, Fault.connectionReset());

        assertThatThrownBy(() -> getCustomers(noRetries())).isInstanceOf(ApiConnectionException.class);
    }

    @Test
    void delayBeyondTheTimeoutThrowsApiTimeoutException() {
        server.injectFault(
                "GET " + CUSTOMERS, Fault.delay(Duration.ofSeconds(2)).times(1));

        assertThatThrownBy(() -> getCustomers(RequestOptions.builder()
                        .maxRetries(0)
                        .timeout(Duration.ofMillis(200))
                        .build()))
                .isInstanceOf(ApiTimeoutException.class);
    }

    @Test
    void shortDelayStillAnswers() {
        server.injectFault("*", Fault.delay(Duration.ofMillis(50)).times(1));

        assertThat(getCustomers(RequestOptions.none()).statusCode()).isEqualTo(200);
    }

    /** An empty 2xx body on a read is a lost reply: a typed decode failure, never an empty object. */
    @Test
    void emptyBodyOnAReadIsATypedDecodeFailure() {
        String id =
                post(client, CUSTOMERS, customers.body("Acme")).data().get("id").asText();
        server.injectFault("GET " + CUSTOMERS + "/{id}", Fault.emptyBody().times(1));

        assertThatThrownBy(() -> get(client, CUSTOMERS + "/" + id))
                .isInstanceOf(ResponseDecodingException.class)
                .hasMessageContaining("the body is empty");
        assertThat(get(client, CUSTOMERS + "/" + id).data().get("id").asText()).isEqualTo(id);
    }

    @Test
    void truncatedBodyOfACreatedKeyFailsToDecodeWithoutLeakingTheSecret() {
        String roleId = get(client, "/v1/identity/roles", "types", "admin")
                .data()
                .get("data")
                .get(0)
                .get("id")
                .asText();
        server.injectFault("POST /v1/auth/api-keys", Fault.truncatedBody().times(1));

        assertThatThrownBy(() -> post(client, "/v1/auth/api-keys", Map.of("name", "lost", "role_id", roleId)))
                .isInstanceOfSatisfying(ResponseDecodingException.class, LeakCanary::assertNoLeak);
        assertThat(server.creationCount("")).isZero();
        assertThat(get(client, "/v1/auth/api-keys", "q", "lost").data().get("data"))
                .hasSize(1);
    }

    @Test
    void unknownRouteForFaultsIsRefusedWithTheKnownRoutes() {
        assertThatThrownBy(() -> server.injectFault("GET /v1/nothing", Fault.connectionReset()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GET /v1/sales/customers/{id}");
        server.injectFault(
                "get /v1/sales/customers/{customer_id}", Fault.serverError(500).times(1));
        assertThat(server.routes()).contains("GET /v1/sales/customers/{id}");
    }

    @Test
    void malformedApiVersionGets400ApiVersionInvalid() {
        try (AugnoClient odd = AugnoClient.builder()
                .secretProvider(server.adminKeyStore())
                .baseUrl(server.baseUrl())
                .apiVersion("not-a-version")
                .sleeper(sleeper)
                .build()) {
            assertThatThrownBy(() -> get(odd, CUSTOMERS))
                    .isInstanceOfSatisfying(
                            ApiVersionException.class, e -> assertThat(e.code()).contains("api_version_invalid"));
        }
    }

    /**
     * The client always sends {@code Augno-Version}, so this one behaviour is checked with a plain
     * HTTP client.
     */
    @Test
    void missingApiVersionGets400ApiVersionRequired() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + CUSTOMERS))
                .header("Authorization", "Bearer " + server.adminKey().reveal())
                .build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\":\"api_version_required\"");
        assertThat(response.body()).contains("\"is_transient\":false");
    }
}
