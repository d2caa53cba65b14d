package com.augno.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.errors.AuthenticationException;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.http.Sleeper;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.common.Notifier;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 20: a caller-supplied OkHttpClient's Authenticator and EventListener never receive an SDK
 * request (both would see the key); its connection pool and dispatcher are still shared.
 */
class CallerOkHttpClientTest {
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
    private final Sleeper sleeper = d -> {};
    private final List<String> seen = new CopyOnWriteArrayList<>();

    private AugnoClient client(OkHttpClient callers) {
        return AugnoClient.builder()
                .secretProvider(new FakeSecretProvider(key))
                .baseUrl(server.baseUrl())
                .sleeper(sleeper)
                .okHttpClient(callers)
                .build();
    }

    @Test
    void theCallersAuthenticatorNeverSeesAnAugno401() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("WWW-Authenticate", "Bearer")
                        .withBody("{\"error\":{\"code\":\"api_key_revoked\",\"type\":\"invalid_request_error\"}}")));
        OkHttpClient callers = new OkHttpClient.Builder()
                .authenticator((route, response) -> {
                    seen.add(String.valueOf(response.request().header("Authorization")));
                    return null;
                })
                .build();

        Throwable t;
        try (AugnoClient client = client(callers)) {
            t = catchThrowable(() -> client.request(
                    ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class));
        }

        assertThat(t).isInstanceOf(AuthenticationException.class);
        assertThat(seen).isEmpty();
        assertThat(callers.authenticator()).isNotSameAs(okhttp3.Authenticator.NONE); // the caller's is untouched
        LeakCanary.assertNoLeak(t);
    }

    @Test
    void theCallersEventListenerSeesNoSdkRequest() {
        server.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(okJson("{}")));
        OkHttpClient callers = new OkHttpClient.Builder()
                .eventListener(new EventListener() {
                    @Override
                    public void requestHeadersEnd(Call call, Request request) {
                        seen.add(String.valueOf(request.header("Authorization")));
                    }

                    @Override
                    public void callStart(Call call) {
                        seen.add(String.valueOf(call.request().header("Authorization")));
                    }
                })
                .build();

        try (AugnoClient client = client(callers)) {
            client.request(ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class);
        }

        server.verify(1, getRequestedFor(urlPathEqualTo("/v1/things")));
        assertThat(seen).isEmpty();
    }
}
