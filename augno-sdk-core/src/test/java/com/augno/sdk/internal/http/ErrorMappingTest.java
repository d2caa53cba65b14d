package com.augno.sdk.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.sdk.errors.ApiServerException;
import com.augno.sdk.errors.ApiVersionException;
import com.augno.sdk.errors.AugnoApiException;
import com.augno.sdk.errors.AuthenticationException;
import com.augno.sdk.errors.ConflictException;
import com.augno.sdk.errors.IdempotencyException;
import com.augno.sdk.errors.InvalidRequestException;
import com.augno.sdk.errors.NotFoundException;
import com.augno.sdk.errors.PermissionDeniedException;
import com.augno.sdk.errors.PlanLimitException;
import com.augno.sdk.errors.RateLimitException;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.OffsetDateTime;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of the DESIGN.md section 6 table, and the overrides and odd bodies. */
class ErrorMappingTest {
    @RegisterExtension
    static WireMockExtension server = Fixture.server();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final FakeKeySource keys = Fixture.canaryKeys();

    static Stream<Arguments> table() {
        return Stream.of(
                arguments(401, "api_key_revoked", "invalid_request_error", AuthenticationException.class, false),
                arguments(401, "api_key_expired", "invalid_request_error", AuthenticationException.class, false),
                arguments(401, "invalid_credentials", "invalid_request_error", AuthenticationException.class, false),
                arguments(401, "expired_token", "invalid_request_error", AuthenticationException.class, false),
                arguments(
                        403,
                        "insufficient_permissions",
                        "invalid_request_error",
                        PermissionDeniedException.class,
                        false),
                arguments(404, "resource_not_found", "invalid_request_error", NotFoundException.class, false),
                arguments(409, "resource_exists", "invalid_request_error", ConflictException.class, false),
                arguments(409, "resource_conflict", "invalid_request_error", ConflictException.class, false),
                arguments(409, "idempotency_in_progress", "idempotency_error", IdempotencyException.class, true),
                arguments(422, "idempotency_key_reused", "idempotency_error", IdempotencyException.class, false),
                arguments(429, "rate_limit_exceeded", "api_error", RateLimitException.class, true),
                arguments(403, "limit_exceeded", "invalid_request_error", PlanLimitException.class, false),
                arguments(402, "payment_required", "invalid_request_error", PlanLimitException.class, false),
                arguments(403, "agent_spending_cap_reached", "invalid_request_error", PlanLimitException.class, false),
                arguments(403, "registration_closed", "invalid_request_error", PlanLimitException.class, false),
                arguments(400, "api_version_required", "invalid_request_error", ApiVersionException.class, false),
                arguments(400, "api_version_invalid", "invalid_request_error", ApiVersionException.class, false),
                arguments(400, "api_version_too_old", "invalid_request_error", ApiVersionException.class, false),
                arguments(422, "validation_failed", "invalid_request_error", InvalidRequestException.class, false),
                arguments(400, "missing_field", "invalid_request_error", InvalidRequestException.class, false),
                arguments(400, "invalid_format", "invalid_request_error", InvalidRequestException.class, false),
                arguments(400, "parameter_missing", "invalid_request_error", InvalidRequestException.class, false),
                arguments(400, "parameter_invalid", "invalid_request_error", InvalidRequestException.class, false),
                arguments(400, "parameter_unknown", "invalid_request_error", InvalidRequestException.class, false),
                arguments(400, "parameters_exclusive", "invalid_request_error", InvalidRequestException.class, false),
                arguments(400, "parameter_brand_new", "invalid_request_error", InvalidRequestException.class, false),
                arguments(405, "method_not_allowed", "invalid_request_error", InvalidRequestException.class, false),
                arguments(410, "resource_gone", "invalid_request_error", InvalidRequestException.class, false),
                arguments(500, "internal_error", "api_error", ApiServerException.class, true),
                arguments(503, "service_unavailable", "api_error", ApiServerException.class, true),
                arguments(502, "external_service_error", "api_error", ApiServerException.class, true),
                arguments(504, "timeout", "api_error", ApiServerException.class, true),
                arguments(502, "connection_error", "api_error", ApiServerException.class, true),
                arguments(408, "request_timeout", "api_error", ApiServerException.class, true),
                arguments(499, "client_closed_request", "api_error", ApiServerException.class, true),
                // Unknown codes: by status; else the base class.
                arguments(400, "brand_new_code", "invalid_request_error", InvalidRequestException.class, false),
                arguments(403, "brand_new_code", "invalid_request_error", PermissionDeniedException.class, false),
                arguments(404, "brand_new_code", "invalid_request_error", NotFoundException.class, false),
                arguments(409, "brand_new_code", "invalid_request_error", ConflictException.class, false),
                arguments(422, "brand_new_code", "invalid_request_error", InvalidRequestException.class, false),
                arguments(429, "brand_new_code", "api_error", RateLimitException.class, true),
                arguments(408, "brand_new_code", "api_error", ApiServerException.class, true),
                arguments(500, "brand_new_code", "api_error", ApiServerException.class, true),
                arguments(503, "brand_new_code", "api_error", ApiServerException.class, true),
                arguments(418, "brand_new_code", "api_error", AugnoApiException.class, false),
                // The code wins over the status.
                arguments(400, "resource_not_found", "invalid_request_error", NotFoundException.class, false),
                arguments(500, "insufficient_permissions", "api_error", PermissionDeniedException.class, false));
    }

    @ParameterizedTest(name = "{0} {1} -> {3}, retried={4}")
    @MethodSource("table")
    void everyRowOfTheErrorTableMapsAndRetriesAsDesigned(
            int status, String code, String type, Class<? extends AugnoApiException> expected, boolean retried) {
        server.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(error(status, code, type, null)));

        AugnoApiException e = call();

        assertThat(e).isExactlyInstanceOf(expected);
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.code()).contains(code);
        assertThat(e.type()).contains(type);
        int attempts = retried ? 3 : 1;
        server.verify(attempts, getRequestedFor(urlPathEqualTo("/v1/things")));
        assertThat(sleeper.waits).hasSize(attempts - 1);
        LeakCanary.assertNoLeak(e);
    }

    @ParameterizedTest(name = "403 {0} -> key authenticated: {1}")
    @org.junit.jupiter.params.provider.CsvSource({"insufficient_permissions,true", "ip_not_allowed,false"})
    void a403ProvesTheKeyAuthenticatedOnlyWhenItIsAboutPermissions(String code, boolean authenticated) {
        server.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(error(403, code, "invalid_request_error", null)));

        AugnoApiException e = call();

        assertThat(e).isExactlyInstanceOf(PermissionDeniedException.class);
        assertThat(((PermissionDeniedException) e).keyAuthenticated()).isEqualTo(authenticated);
    }

    @Test
    void a403WithoutACodeCountsAsAuthenticated() {
        server.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(aResponse().withStatus(403)));

        AugnoApiException e = call();

        assertThat(e).isExactlyInstanceOf(PermissionDeniedException.class);
        assertThat(((PermissionDeniedException) e).keyAuthenticated()).isTrue();
    }

    @Test
    void everyFieldOfTheEnvelopeAndTheRequestIdAreCarried() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(aResponse()
                        .withStatus(403)
                        .withHeader("Request-Id", "req_abc123")
                        .withBody("{\"error\":{\"code\":\"limit_exceeded\",\"type\":\"invalid_request_error\","
                                + "\"message\":\"Plan limit of 5 users reached\",\"param\":\"users\","
                                + "\"doc_url\":\"https://docs.augno.com/errors/limit_exceeded\",\"is_transient\":false,"
                                + "\"quota\":{\"limit\":5,\"used\":5,\"reset_at\":\"2026-12-01T00:00:00Z\"},"
                                + "\"request_log_url\":\"https://app.augno.com/logs/rq_1\"}}")));

        AugnoApiException e = call();

        assertThat(e).isInstanceOf(PlanLimitException.class);
        assertThat(e.serverMessage()).contains("Plan limit of 5 users reached");
        assertThat(e.param()).contains("users");
        assertThat(e.docUrl()).contains("https://docs.augno.com/errors/limit_exceeded");
        assertThat(e.isTransient()).contains(false);
        assertThat(e.quota()).hasValueSatisfying(q -> {
            assertThat(q.limit()).isEqualTo(5);
            assertThat(q.used()).isEqualTo(5);
            assertThat(q.resetAt()).contains(OffsetDateTime.parse("2026-12-01T00:00:00Z"));
        });
        assertThat(e.requestLogUrl()).contains("https://app.augno.com/logs/rq_1");
        assertThat(e.requestId()).contains("req_abc123");
        assertThat(e.getMessage())
                .contains("GET /v1/things", "403", "limit_exceeded", "Plan limit of 5 users reached", "req_abc123");
    }

    @Test
    void isTransientTrueMakesAnOtherwiseFinalErrorRetried() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(error(400, "validation_failed", "invalid_request_error", true)));

        assertThat(call()).isInstanceOf(InvalidRequestException.class);
        server.verify(3, getRequestedFor(urlPathEqualTo("/v1/things")));
    }

    @Test
    void isTransientFalseStopsRetriesOfA503() {
        server.stubFor(
                get(urlPathEqualTo("/v1/things")).willReturn(error(503, "service_unavailable", "api_error", false)));

        assertThat(call()).isInstanceOf(ApiServerException.class);
        server.verify(1, getRequestedFor(urlPathEqualTo("/v1/things")));
    }

    @Test
    void shouldRetryHeaderFalseOverridesIsTransientTrue() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(
                        error(429, "rate_limit_exceeded", "api_error", true).withHeader("x-should-retry", "false")));

        assertThat(call()).isInstanceOf(RateLimitException.class);
        server.verify(1, getRequestedFor(urlPathEqualTo("/v1/things")));
    }

    @Test
    void shouldRetryHeaderTrueOverridesIsTransientFalseAndTheTable() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(error(404, "resource_not_found", "invalid_request_error", false)
                        .withHeader("x-should-retry", "true")));

        assertThat(call()).isInstanceOf(NotFoundException.class);
        server.verify(3, getRequestedFor(urlPathEqualTo("/v1/things")));
    }

    @Test
    void malformedJsonBodyStillGivesTheExceptionOfTheStatus() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(aResponse().withStatus(404).withBody("{\"error\": {\"code\": ")));

        AugnoApiException e = call();
        assertThat(e).isExactlyInstanceOf(NotFoundException.class);
        assertThat(e.code()).isEmpty();
    }

    @Test
    void emptyBodyStillGivesTheExceptionOfTheStatus() {
        server.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(aResponse().withStatus(403)));

        assertThat(call()).isExactlyInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void htmlBodyFromAProxyStillGivesTheExceptionOfTheStatusAndIsRetried() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(aResponse()
                        .withStatus(502)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html><body><h1>502 Bad Gateway</h1></body></html>")));

        AugnoApiException e = call();
        assertThat(e).isExactlyInstanceOf(ApiServerException.class);
        assertThat(e.getMessage()).doesNotContain("<html>").contains("not an Augno error");
        server.verify(3, getRequestedFor(urlPathEqualTo("/v1/things")));
    }

    @Test
    void truncatedErrorBodyStillGivesTheExceptionOfTheStatus() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(aResponse().withStatus(409).withBody("{\"error\":{\"code\":\"resource_exi")));

        assertThat(call()).isExactlyInstanceOf(ConflictException.class);
    }

    @Test
    void jsonOfAnotherShapeStillGivesTheExceptionOfTheStatus() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(aResponse().withStatus(401).withBody("[1,2,3]")));

        assertThat(call()).isExactlyInstanceOf(AuthenticationException.class);
    }

    @Test
    void keyShapedTextInTheServerMessageIsRedacted() {
        String leaked = keys.currentKey().reveal();
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withBody("{\"error\":{\"code\":\"parameter_invalid\",\"type\":\"invalid_request_error\","
                                + "\"message\":\"Do not send " + leaked + " in a query\"}}")));

        AugnoApiException e = call();
        assertThat(e.getMessage()).contains(keys.currentKey().redacted()).doesNotContain(leaked);
        assertThat(e.serverMessage().orElseThrow()).doesNotContain(leaked);
    }

    /** Issue 20: a key written with JSON escapes is only key-shaped after decoding. */
    @Test
    void keyWrittenWithJsonEscapesIsRedactedInEveryDecodedField() {
        String leaked = keys.currentKey().reveal();
        String escaped = leaked.replace("_", "\\u005f");
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withBody("{\"error\":{\"code\":\"parameter_invalid\",\"type\":\"invalid_request_error\","
                                + "\"message\":\"Do not send " + escaped + "\",\"param\":\"" + escaped
                                + "\",\"doc_url\":\"https://docs.augno.com/x?k=" + escaped + "\"}}")));

        AugnoApiException e = call();
        assertThat(e.serverMessage().orElseThrow())
                .doesNotContain(leaked)
                .contains(keys.currentKey().redacted());
        assertThat(e.param().orElseThrow()).doesNotContain(leaked);
        assertThat(e.docUrl().orElseThrow()).doesNotContain(leaked);
        assertThat(e.getMessage()).doesNotContain(leaked);
    }

    private AugnoApiException call() {
        ClientContext context = Fixture.context(server, sleeper, keys);
        ApiRequest request = ApiRequest.builder(HttpMethod.GET, "/v1/things").build();
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> context.execute(request, JsonNode.class));
        assertThat(t).isInstanceOf(AugnoApiException.class);
        LeakCanary.assertNoLeak(t);
        return (AugnoApiException) t;
    }

    static ResponseDefinitionBuilder error(int status, String code, String type, @Nullable Boolean isTransient) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"" + code + "\",\"type\":\"" + type
                        + "\",\"message\":\"m\",\"param\":null,"
                        + "\"doc_url\":null," + (isTransient == null ? "" : "\"is_transient\":" + isTransient + ",")
                        + "\"quota\":null,\"request_log_url\":null}}");
    }
}
