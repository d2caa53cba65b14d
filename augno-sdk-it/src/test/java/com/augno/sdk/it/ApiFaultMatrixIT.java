package com.augno.sdk.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.LogCapture;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.api.sales.Customer;
import com.augno.sdk.errors.ApiConnectionException;
import com.augno.sdk.errors.ApiServerException;
import com.augno.sdk.errors.ApiTimeoutException;
import com.augno.sdk.errors.AugnoException;
import com.augno.sdk.errors.AuthenticationException;
import com.augno.sdk.errors.PermissionDeniedException;
import com.augno.sdk.errors.ResponseDecodingException;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.testing.FakeAugnoServer;
import com.augno.sdk.testing.Fault;
import com.augno.sdk.testing.InMemorySecretStore;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The API half of the fault matrix (docs/reliability.md): each fault the API or the network can
 * produce, through a real {@link AugnoClient} (real OkHttp) against {@link FakeAugnoServer} (the
 * HTML error page against WireMock, which the fake does not serve). Each cell asserts the outcome,
 * the exception type, the number of attempts, and that no minted key reaches the exception or the
 * captured logs. Retries wait through a recording sleeper, never in real time.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ApiFaultMatrixIT {
    private static final String CUSTOMERS = "GET /v1/sales/customers";

    enum ApiCase {
        CONNECTION_RESET,
        EMPTY_REPLY,
        TRUNCATED_JSON,
        HTML_ERROR_PAGE,
        SERVER_ERROR_500,
        UNAVAILABLE_503_THEN_SUCCESS,
        RATE_LIMITED_429_RETRY_AFTER,
        REVOKED_401,
        FORBIDDEN_403,
        SLOW_BEYOND_TIMEOUT
    }

    @RegisterExtension
    final FakeAugnoServer server =
            FakeAugnoServer.builder().onKeyMinted(LeakCanary::register).build();

    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private @Nullable WireMockServer wireMock;
    private @Nullable AugnoClient client;

    @BeforeEach
    void setUp() {
        LogCapture.reset();
    }

    @AfterEach
    void tearDown() {
        if (client != null) {
            client.close();
        }
        if (wireMock != null) {
            wireMock.stop();
        }
        LeakCanary.assertLogsClean();
    }

    private AugnoClient client(SecretProvider provider, String baseUrl, Duration timeout) {
        AugnoClient c = AugnoClient.builder()
                .secretProvider(provider)
                .baseUrl(baseUrl)
                .timeout(timeout)
                .sleeper(waits::add)
                .build();
        client = c;
        return c;
    }

    private AugnoClient client(ApiKey key) {
        return client(server.storeFor(key), server.baseUrl(), Duration.ofSeconds(10));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ApiCase.class)
    void apiFault(ApiCase c) {
        ApiKey key = server.mintKey("matrix", "customers:read", "customers:create");
        AugnoClient api = client(key);
        Class<? extends AugnoException> expected = null;
        long attempts = 1;
        switch (c) {
            case CONNECTION_RESET:
                server.injectFault(CUSTOMERS, Fault.connectionReset());
                expected = ApiConnectionException.class;
                attempts = 3; // the first try and the default 2 retries
                break;
            case EMPTY_REPLY:
                // An empty 2xx body on a list is a lost reply, never an empty page.
                server.injectFault(CUSTOMERS, Fault.emptyBody());
                expected = ResponseDecodingException.class;
                break;
            case TRUNCATED_JSON:
                server.injectFault(CUSTOMERS, Fault.truncatedBody());
                expected = ResponseDecodingException.class;
                break;
            case HTML_ERROR_PAGE:
                api.close();
                WireMockServer wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
                wm.start();
                wireMock = wm;
                wm.stubFor(any(anyUrl())
                        .willReturn(aResponse()
                                .withStatus(502)
                                .withHeader("Content-Type", "text/html")
                                .withBody("<html><head><title>502 Bad Gateway</title></head>"
                                        + "<body><h1>Bad Gateway</h1></body></html>")));
                api = client(InMemorySecretStore.of(key), "http://127.0.0.1:" + wm.port(), Duration.ofSeconds(10));
                expected = ApiServerException.class;
                attempts = 3;
                break;
            case SERVER_ERROR_500:
                server.injectFault(CUSTOMERS, Fault.serverError(500));
                expected = ApiServerException.class;
                attempts = 3;
                break;
            case UNAVAILABLE_503_THEN_SUCCESS:
                server.injectFault(CUSTOMERS, Fault.serverError(503).times(1));
                attempts = 2;
                break;
            case RATE_LIMITED_429_RETRY_AFTER:
                server.rateLimitNext(1, Duration.ofSeconds(2));
                attempts = 2;
                break;
            case REVOKED_401:
                try (AugnoClient admin = AugnoClient.builder()
                        .secretProvider(server.adminKeyStore())
                        .baseUrl(server.baseUrl())
                        .sleeper(waits::add)
                        .build()) {
                    admin.auth().apiKeys().revoke(server.keyId(key));
                }
                expected = AuthenticationException.class;
                break;
            case FORBIDDEN_403:
                api.close();
                api = client(server.mintKey("units-only", "units:read"));
                expected = PermissionDeniedException.class;
                break;
            case SLOW_BEYOND_TIMEOUT:
                api.close();
                // 5 s of delay against a 200 ms timeout (25x): no flake on a loaded machine.
                server.injectFault(CUSTOMERS, Fault.delay(Duration.ofSeconds(5)));
                api = client(server.storeFor(key), server.baseUrl(), Duration.ofMillis(200));
                expected = ApiTimeoutException.class;
                attempts = 3;
                break;
            default:
                throw new AssertionError(c);
        }
        server.resetCounters();
        waits.clear();
        AugnoClient call = api;

        List<Customer> listed = new CopyOnWriteArrayList<>();
        Throwable thrown = catchThrowable(
                () -> listed.addAll(call.sales().customers().list().data()));

        if (expected == null) {
            assertThat(thrown).isNull();
        } else {
            assertThat(thrown).isInstanceOf(expected);
            LeakCanary.assertNoLeak(thrown);
        }
        long received = wireMock != null ? wireMock.getAllServeEvents().size() : server.requestCount(CUSTOMERS);
        assertThat(received).as("attempts").isEqualTo(attempts);
        if (c == ApiCase.RATE_LIMITED_429_RETRY_AFTER) {
            assertThat(waits).containsExactly(Duration.ofSeconds(2));
        }
        LeakCanary.assertNoLeak(call);
    }
}
