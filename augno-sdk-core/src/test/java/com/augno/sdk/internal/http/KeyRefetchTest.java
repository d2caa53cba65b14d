package com.augno.sdk.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.errors.AuthenticationException;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The 401 key-refetch path of DESIGN.md section 5. */
class KeyRefetchTest {
    @RegisterExtension
    static WireMockExtension server = Fixture.server();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final String oldKey = TestKeys.canary();
    private final String newKey = TestKeys.canary();

    @Test
    void revokedKeyIsReplacedAndTheRequestRetriedOnceWithTheNewKey() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .withHeader(
                        "Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + oldKey))
                .willReturn(ErrorMappingTest.error(401, "api_key_revoked", "invalid_request_error", false)));
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .withHeader(
                        "Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + newKey))
                .willReturn(okJson("{\"ok\":true}")));
        FakeKeySource keys = new FakeKeySource(oldKey).thenReplaceWith(newKey);

        JsonNode result = Fixture.context(server, sleeper, keys)
                .execute(ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class);

        assertThat(result.get("ok").asBoolean()).isTrue();
        assertThat(keys.rejected).hasSize(1);
        assertThat(keys.rejected.get(0).reveal()).isEqualTo(oldKey);
        List<LoggedRequest> requests = server.findAll(getRequestedFor(urlPathEqualTo("/v1/things")));
        assertThat(requests)
                .extracting(r -> r.getHeader("Authorization"))
                .containsExactly("Bearer " + oldKey, "Bearer " + newKey);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void refetchRunsEvenWhenShouldRetryHeaderSaysFalse() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .withHeader(
                        "Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + oldKey))
                .willReturn(ErrorMappingTest.error(401, "api_key_expired", "invalid_request_error", false)
                        .withHeader("x-should-retry", "false")));
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .withHeader(
                        "Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + newKey))
                .willReturn(okJson("{}")));
        FakeKeySource keys = new FakeKeySource(oldKey).thenReplaceWith(newKey);

        Fixture.context(server, sleeper, keys)
                .execute(ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class);

        server.verify(2, getRequestedFor(urlPathEqualTo("/v1/things")));
    }

    @Test
    void noReplacementThrowsAuthenticationExceptionAfterOneAttempt() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(ErrorMappingTest.error(401, "invalid_credentials", "invalid_request_error", false)));
        FakeKeySource keys = new FakeKeySource(oldKey);

        AuthenticationException e = catchThrowableOfType(
                () -> Fixture.context(server, sleeper, keys)
                        .execute(
                                ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class),
                AuthenticationException.class);

        assertThat(e.code()).contains("invalid_credentials");
        assertThat(keys.rejected).hasSize(1);
        server.verify(1, getRequestedFor(urlPathEqualTo("/v1/things")));
        LeakCanary.assertNoLeak(e);
    }

    @Test
    void replacementWithTheSameValueIsNotRetried() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(ErrorMappingTest.error(401, "api_key_revoked", "invalid_request_error", false)));
        FakeKeySource keys = new FakeKeySource(oldKey).thenReplaceWith(oldKey);

        var unused = catchThrowableOfType(
                () -> Fixture.context(server, sleeper, keys)
                        .execute(
                                ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class),
                AuthenticationException.class);

        server.verify(1, getRequestedFor(urlPathEqualTo("/v1/things")));
    }

    @Test
    void secondRejectionAfterTheReplacementIsThrownWithoutAnotherRefetch() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(ErrorMappingTest.error(401, "api_key_revoked", "invalid_request_error", false)));
        FakeKeySource keys = new FakeKeySource(oldKey).thenReplaceWith(newKey).thenReplaceWith(TestKeys.canary());

        var unused = catchThrowableOfType(
                () -> Fixture.context(server, sleeper, keys)
                        .execute(
                                ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class),
                AuthenticationException.class);

        server.verify(2, getRequestedFor(urlPathEqualTo("/v1/things")));
        assertThat(keys.rejected).hasSize(1);
    }

    @Test
    void permissionErrorDoesNotTouchTheKeySource() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(ErrorMappingTest.error(403, "insufficient_permissions", "invalid_request_error", false)));
        FakeKeySource keys = new FakeKeySource(oldKey).thenReplaceWith(newKey);

        var unused = catchThrowableOfType(
                () -> Fixture.context(server, sleeper, keys)
                        .execute(
                                ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class),
                com.augno.sdk.errors.PermissionDeniedException.class);

        assertThat(keys.rejected).isEmpty();
    }
}
