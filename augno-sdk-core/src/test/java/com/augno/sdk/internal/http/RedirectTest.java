package com.augno.sdk.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.errors.AugnoApiException;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedirectTest {
    @RegisterExtension
    static WireMockExtension server = Fixture.server();

    @RegisterExtension
    static WireMockExtension otherHost = Fixture.server();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final String key = TestKeys.canary();

    @Test
    void redirectIsNotFollowedAndTheOtherServerReceivesNothing() {
        stubRedirect();
        try (AugnoClient client = client(null)) {
            assertNotFollowed(client);
        }
    }

    @Test
    void redirectIsNotFollowedOnACallerClientWithRedirectsOn() {
        stubRedirect();
        OkHttpClient callers = new OkHttpClient.Builder()
                .followRedirects(true)
                .followSslRedirects(true)
                .build();
        try (AugnoClient client = client(callers)) {
            assertNotFollowed(client);
        }
        // The caller's client still works after ours is closed: the SDK did not shut it down.
        assertThat(callers.dispatcher().executorService().isShutdown()).isFalse();
        assertThat(callers.followRedirects()).isTrue();
    }

    private void stubRedirect() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(aResponse().withStatus(302).withHeader("Location", otherHost.baseUrl() + "/v1/things")));
        otherHost.stubFor(get(anyUrl()).willReturn(okJson("{}")));
    }

    private void assertNotFollowed(AugnoClient client) {
        AugnoApiException e = catchThrowableOfType(
                () -> client.request(
                        ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class),
                AugnoApiException.class);
        assertThat(e.statusCode()).isEqualTo(302);
        assertThat(e.getMessage()).contains("redirects are not followed");
        otherHost.verify(0, anyRequestedFor(anyUrl()));
        assertThat(sleeper.waits).isEmpty();
        LeakCanary.assertNoLeak(e, client);
    }

    private AugnoClient client(OkHttpClient callers) {
        SecretProvider provider = new SecretProvider() {
            @Override
            public SecretValue fetch() {
                return SecretValue.of(key);
            }

            @Override
            public String description() {
                return "test provider";
            }
        };
        AugnoClient.Builder b = AugnoClient.builder()
                .secretProvider(provider)
                .baseUrl(server.baseUrl())
                .sleeper(sleeper);
        if (callers != null) {
            b.okHttpClient(callers);
        }
        return b.build();
    }
}
