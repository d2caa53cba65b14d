package com.augno.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.LogCapture;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.errors.ResponseDecodingException;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.ApiResponse;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.http.Page;
import com.augno.sdk.http.RequestOptions;
import com.augno.sdk.http.Sleeper;
import com.augno.sdk.secrets.KeyMode;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.common.Notifier;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client through its public builder, with a real key cache over a fake secret provider. */
class AugnoClientTest {
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
    private final FakeSecretProvider provider = new FakeSecretProvider(key);
    private final List<Duration> waits = new ArrayList<>();
    private final Sleeper sleeper = waits::add;

    private AugnoClient.Builder builder() {
        return AugnoClient.builder()
                .secretProvider(provider)
                .baseUrl(server.baseUrl())
                .sleeper(sleeper);
    }

    @Test
    void everyRequestCarriesTheStandardHeaders() {
        server.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(okJson("{}")));
        try (AugnoClient client = builder().build()) {
            client.request(ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class);
        }
        LoggedRequest r =
                server.findAll(getRequestedFor(urlPathEqualTo("/v1/things"))).get(0);
        assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + key);
        assertThat(r.getHeader("Augno-Version")).isEqualTo("1.0.forge-preview.3");
        assertThat(r.getHeader("Accept")).isEqualTo("application/json");
        assertThat(r.getHeader("User-Agent")).matches("augno-java/\\S+ java/\\S+ \\(.+; .+\\)");
        assertThat(r.containsHeader("Augno-Account")).isFalse();
    }

    @Test
    void accountVersionAndPerRequestHeadersAreSent() {
        server.stubFor(post(urlPathEqualTo("/v1/things")).willReturn(okJson("{}")));
        try (AugnoClient client =
                builder().account("ac_123").apiVersion("1.0.forge-preview.9").build()) {
            client.request(
                    ApiRequest.builder(HttpMethod.POST, "/v1/things")
                            .options(RequestOptions.builder()
                                    .header("X-Trace", "t1")
                                    .build())
                            .body(Map.of("name", "n"))
                            .build(),
                    JsonNode.class);
        }
        LoggedRequest r =
                server.findAll(postRequestedFor(urlPathEqualTo("/v1/things"))).get(0);
        assertThat(r.getHeader("Augno-Account")).isEqualTo("ac_123");
        assertThat(r.getHeader("Augno-Version")).isEqualTo("1.0.forge-preview.9");
        assertThat(r.getHeader("X-Trace")).isEqualTo("t1");
        assertThat(r.getHeader("Content-Type")).startsWith("application/json");
    }

    @Test
    void callerNetworkInterceptorSeesAuthorizationAsDocumented() {
        server.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(okJson("{}")));
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        okhttp3.OkHttpClient callers = new okhttp3.OkHttpClient.Builder()
                .addNetworkInterceptor(chain -> {
                    seen.add(String.valueOf(chain.request().header("Authorization")));
                    return chain.proceed(chain.request());
                })
                .build();
        try (AugnoClient client = builder().okHttpClient(callers).build()) {
            client.request(ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class);
        }
        assertThat(seen).containsExactly("Bearer " + key);
        assertThat(callers.dispatcher().executorService().isShutdown()).isFalse();
    }

    @Test
    void authorizationCannotBeSetPerRequest() {
        assertThatThrownBy(() -> RequestOptions.builder().header("authorization", "Bearer x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SecretProvider");
    }

    @Test
    void queryFollowsTheLiveApiEncoding() {
        server.stubFor(
                post(urlPathEqualTo("/v1/auth/api-keys/apke%2F1%20x/rotate")).willReturn(okJson("{}")));
        try (AugnoClient client = builder().build()) {
            client.request(
                    ApiRequest.builder(HttpMethod.POST, "/v1/auth/api-keys")
                            .addPathSegment("apke/1 x")
                            .addPathSegment("rotate")
                            .query("statuses", List.of("active", "revoked"))
                            .query("created_after", Instant.parse("2026-11-01T10:15:30Z"))
                            .query("limit", 50)
                            .query("filter", Map.of("owner", "me"))
                            .query("q", null)
                            .include(List.of("role", "role.permissions"))
                            .build(),
                    JsonNode.class);
        }
        LoggedRequest r = server.findAll(postRequestedFor(urlPathEqualTo("/v1/auth/api-keys/apke%2F1%20x/rotate")))
                .get(0);
        assertThat(r.queryParameter("statuses").firstValue()).isEqualTo("active,revoked");
        assertThat(r.queryParameter("include").firstValue()).isEqualTo("role,role.permissions");
        assertThat(r.queryParameter("created_after").firstValue()).isEqualTo("2026-11-01T10:15:30Z");
        assertThat(r.queryParameter("limit").firstValue()).isEqualTo("50");
        assertThat(r.queryParameter("filter[owner]").firstValue()).isEqualTo("me");
        assertThat(r.queryParameter("q").isPresent()).isFalse();
    }

    @Test
    void responseHeadersAreAvailable() {
        server.stubFor(post(urlPathEqualTo("/v1/things"))
                .willReturn(okJson("{\"id\":\"x\"}")
                        .withStatus(201)
                        .withHeader("Request-Id", "req_42")
                        .withHeader("RateLimit-Limit", "20")
                        .withHeader("RateLimit-Remaining", "19")
                        .withHeader("RateLimit-Reset", "1")
                        .withHeader("Idempotent-Replayed", "true")));
        try (AugnoClient client = builder().build()) {
            ApiResponse<JsonNode> response = client.request(
                    ApiRequest.builder(HttpMethod.POST, "/v1/things").build(), JsonNode.class);
            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(response.requestId()).contains("req_42");
            assertThat(response.headers().rateLimitLimit()).hasValue(20);
            assertThat(response.headers().rateLimitRemaining()).hasValue(19);
            assertThat(response.headers().rateLimitReset()).hasValue(1);
            assertThat(response.headers().idempotentReplayed()).isTrue();
            assertThat(response.data().get("id").asText()).isEqualTo("x");
            LeakCanary.assertNoLeak(response, response.headers());
        }
    }

    @Test
    void rotatedKeyInTheStoreIsPickedUpAfterA401() {
        String rotated = TestKeys.canary();
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .withHeader("Authorization", equalTo("Bearer " + key))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withBody("{\"error\":{\"code\":\"api_key_revoked\",\"type\":\"invalid_request_error\","
                                + "\"message\":\"The API key has been revoked\",\"is_transient\":false}}")));
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .withHeader("Authorization", equalTo("Bearer " + rotated))
                .willReturn(okJson("{\"ok\":true}")));
        server.stubFor(get(urlPathEqualTo("/v1/ping")).willReturn(okJson("{}")));
        try (AugnoClient client = builder().build()) {
            client.request(ApiRequest.builder(HttpMethod.GET, "/v1/ping").build(), JsonNode.class);
            provider.value.set(rotated); // a rotation writes the store while the client holds the old key
            ApiResponse<JsonNode> ok = client.request(
                    ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class);
            assertThat(ok.data().get("ok").asBoolean()).isTrue();
        }
        List<LoggedRequest> requests = server.findAll(getRequestedFor(urlPathEqualTo("/v1/things")));
        assertThat(requests)
                .extracting(r -> r.getHeader("Authorization"))
                .containsExactly("Bearer " + key, "Bearer " + rotated);
        assertThat(waits).isEmpty();
    }

    @Test
    void buildChecksTheBaseUrl() {
        assertThatThrownBy(() -> AugnoClient.builder()
                        .secretProvider(provider)
                        .baseUrl("http://api.augno.com")
                        .build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("must use https")
                .hasMessageContaining("loopback");
        assertThatThrownBy(() -> AugnoClient.builder()
                        .secretProvider(provider)
                        .baseUrl("http://10.0.0.1:8080")
                        .build())
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> AugnoClient.builder()
                        .secretProvider(provider)
                        .baseUrl("not a url")
                        .build())
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> AugnoClient.builder()
                        .secretProvider(provider)
                        .baseUrl("https://user:pw@example.com")
                        .build())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageNotContaining("pw");
        for (String ok : List.of(
                "http://localhost:8081", "http://127.0.0.5:9", "http://[::1]:8081", "https://api.example.com/prefix")) {
            try (AugnoClient client =
                    AugnoClient.builder().secretProvider(provider).baseUrl(ok).build()) {
                assertThat(client.baseUrl()).endsWith("/");
            }
        }
        try (AugnoClient client = AugnoClient.builder().secretProvider(provider).build()) {
            assertThat(client.baseUrl()).isEqualTo("https://api.augno.com/");
            assertThat(client.apiVersion()).isEqualTo("1.0.forge-preview.3");
        }
        assertThat(provider.fetches.get()).isZero();
    }

    @Test
    void buildNeedsASecretProviderAndFetchesNothing() {
        assertThatThrownBy(() -> AugnoClient.builder().baseUrl(server.baseUrl()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("secretProvider");
        builder().build().close();
        assertThat(provider.fetches.get()).isZero();
    }

    @Test
    void closeClosesTheProviderOnceAndRefusesLaterRequests() {
        AugnoClient client = builder().build();
        client.close();
        client.close();
        assertThat(provider.closed.get()).isTrue();
        assertThatThrownBy(() -> client.request(
                        ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keyModeMismatchIsRefusedWithoutSendingAnything() {
        server.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(okJson("{}")));
        try (AugnoClient client = builder().keyMode(KeyMode.SANDBOX).build()) {
            Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> client.request(
                    ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class));
            assertThat(t).isInstanceOf(com.augno.sdk.errors.InvalidApiKeyException.class);
            LeakCanary.assertNoLeak(t);
        }
        server.verify(0, getRequestedFor(urlPathEqualTo("/v1/things")));
    }

    @Test
    void successBodyThatFailsToDecodeGivesATypedExceptionWithoutTheBody() {
        String secretInBody = TestKeys.canary();
        server.stubFor(post(urlPathEqualTo("/v1/auth/api-keys"))
                .willReturn(okJson("{\"id\":\"apke_1\",\"api_key_secret\":\"" + secretInBody
                                + "\",\"count\":\"not-a-number\"}")
                        .withHeader("Request-Id", "req_7")));
        server.stubFor(post(urlPathEqualTo("/v1/broken"))
                .willReturn(okJson("{\"api_key_secret\":\"" + secretInBody + "\", oops")));
        try (AugnoClient client = builder().build()) {
            ResponseDecodingException e = catchThrowableOfType(
                    () -> client.request(
                            ApiRequest.builder(HttpMethod.POST, "/v1/auth/api-keys")
                                    .build(),
                            Created.class),
                    ResponseDecodingException.class);
            assertThat(e.getMessage())
                    .contains("POST /v1/auth/api-keys", "200", "Created", "req_7", "$.count")
                    .doesNotContain(secretInBody)
                    .doesNotContain("not-a-number");
            assertThat(e.getCause()).isNull();
            assertThat(e.requestId()).contains("req_7");
            LeakCanary.assertNoLeak(e);

            ResponseDecodingException e2 = catchThrowableOfType(
                    () -> client.request(
                            ApiRequest.builder(HttpMethod.POST, "/v1/broken").build(), JsonNode.class),
                    ResponseDecodingException.class);
            assertThat(e2.getMessage()).doesNotContain(secretInBody).contains("line 1");
            LeakCanary.assertNoLeak(e2);
        }
    }

    @Test
    void emptySuccessBodyIsADecodeFailureExceptForBodilessAnswers() {
        server.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(aResponse().withStatus(200)));
        server.stubFor(
                delete(urlPathEqualTo("/v1/things/1")).willReturn(aResponse().withStatus(200)));
        server.stubFor(post(urlPathEqualTo("/v1/things/1/actions/archive"))
                .willReturn(aResponse().withStatus(204)));
        try (AugnoClient client = builder().build()) {
            assertThatThrownBy(() -> client.request(
                            ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class))
                    .isInstanceOf(ResponseDecodingException.class)
                    .hasMessageContaining("the body is empty");

            assertThat(client.request(
                                    ApiRequest.builder(HttpMethod.DELETE, "/v1/things/1")
                                            .build(),
                                    JsonNode.class)
                            .data()
                            .size())
                    .isZero();
            assertThat(client.request(
                                    ApiRequest.builder(HttpMethod.POST, "/v1/things/1/actions/archive")
                                            .build(),
                                    JsonNode.class)
                            .statusCode())
                    .isEqualTo(204);
        }
    }

    /** A created-key-like model. */
    static final class Created {
        public String id = "";
        public String apiKeySecret = "";
        public int count;
    }

    @Test
    void logsOneDebugLinePerAttemptWithTheRedactedKeyAndWarnsOnRetries() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(aResponse().withStatus(503).withHeader("Request-Id", "req_9")));
        try (AugnoClient client = builder().build()) {
            assertThatThrownBy(() -> client.request(
                            ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class))
                    .isInstanceOf(com.augno.sdk.errors.ApiServerException.class);
        }
        List<String> attempts = LogCapture.linesContaining("GET /v1/things -> 503");
        assertThat(attempts)
                .hasSize(3)
                .allSatisfy(line -> assertThat(line)
                        .startsWith("DEBUG")
                        .contains("req_9", TestKeys.redacted(key))
                        .containsPattern("attempt [123]/3")
                        .containsPattern("\\d+ ms"));
        assertThat(LogCapture.linesContaining("Retrying GET /v1/things"))
                .hasSize(2)
                .allSatisfy(l -> assertThat(l).startsWith("WARN"));
        assertThat(LogCapture.linesContaining("failed after 3 attempt(s)"))
                .hasSize(1)
                .allSatisfy(l -> assertThat(l).startsWith("WARN"));
        LeakCanary.assertLogsClean();
    }

    @Test
    void optInBodyLoggingRedactsKeyShapedText() {
        String created = TestKeys.canary();
        server.stubFor(post(urlPathEqualTo("/v1/auth/api-keys"))
                .willReturn(okJson("{\"id\":\"apke_1\",\"api_key_secret\":\"" + created + "\"}")));
        try (AugnoClient client = builder().logBodies(true).build()) {
            client.request(
                    ApiRequest.builder(HttpMethod.POST, "/v1/auth/api-keys")
                            .body(Map.of("name", "ci"))
                            .build(),
                    JsonNode.class);
        }
        assertThat(LogCapture.linesContaining("response body"))
                .hasSize(1)
                .allSatisfy(line -> assertThat(line).contains("apke_1", TestKeys.redacted(created)));
        assertThat(LogCapture.linesContaining("request body")).hasSize(1);
        LeakCanary.assertLogsClean();
    }

    @Test
    void bodiesAreNotLoggedByDefault() {
        server.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(okJson("{\"marker\":\"body-marker-123\"}")));
        try (AugnoClient client = builder().build()) {
            client.request(ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class);
        }
        assertThat(LogCapture.linesContaining("body-marker-123")).isEmpty();
    }

    @Test
    void controlTestTheCanaryCatchesAKeyLoggedOnPurpose() {
        org.slf4j.LoggerFactory.getLogger("com.augno.sdk.ControlTest").info("deliberate leak {}", key);
        assertThat(LogCapture.leaks()).hasSize(1);
        assertThatThrownBy(LeakCanary::assertLogsClean)
                .isInstanceOf(AssertionError.class)
                .hasMessageNotContaining(key);
        LogCapture.reset(); // so the extension does not fail this test
    }

    @Test
    void noToStringShowsTheKey() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(okJson("{\"object\":\"list\",\"data\":[],\"page_info\":{\"has_next_page\":false}}")));
        try (AugnoClient client =
                builder().keyMode(KeyMode.PRODUCTION).account("ac_1").build()) {
            ApiRequest request = ApiRequest.builder(HttpMethod.GET, "/v1/things")
                    .query("q", "x")
                    .options(RequestOptions.builder()
                            .header("X-Extra", "v")
                            .idempotencyKey("k")
                            .build())
                    .build();
            Page<JsonNode> page = client.requestPage(request, JsonNode.class);
            assertThat(client.toString())
                    .contains("fake://test-secret", "production")
                    .doesNotContain(key);
            LeakCanary.assertNoLeak(client, request, request.options(), page, page.autoPager(), page.headers());
        }
    }
}
