package com.augno.sdk.observability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.LogCapture;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.errors.NotFoundException;
import com.augno.sdk.errors.SecretUnavailableException;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.ApiResponse;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.observability.KeyCacheEvent.Kind;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.common.Notifier;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The listener SPI through a real client against WireMock: what it hears, and that it cannot break a call. */
class AugnoListenerTest {
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
    private final AtomicReference<String> stored = new AtomicReference<>(key);
    private final AtomicReference<RuntimeException> storeFailure = new AtomicReference<>();
    private final Recorder recorder = new Recorder();

    /** A store whose value and failure the test sets. */
    private final SecretProvider provider = new SecretProvider() {
        @Override
        public SecretValue fetch() {
            RuntimeException f = storeFailure.get();
            if (f != null) {
                throw f;
            }
            return SecretValue.of(stored.get());
        }

        @Override
        public String description() {
            return "fake://listener-test";
        }
    };

    private AugnoClient.Builder builder() {
        return AugnoClient.builder()
                .secretProvider(provider)
                .baseUrl(server.baseUrl())
                .sleeper(d -> {})
                .listener(recorder);
    }

    @Test
    void aSuccessfulCallReportsStartAndEndWithTemplateStatusAndRequestId() {
        server.stubFor(
                get(urlPathEqualTo("/v1/things/th_1")).willReturn(okJson("{}").withHeader("Request-Id", "req_ok")));
        try (AugnoClient client = builder().build()) {
            ApiResponse<JsonNode> response = client.request(
                    ApiRequest.builder(HttpMethod.GET, "/v1/things")
                            .addPathSegment("th_1")
                            .build(),
                    JsonNode.class);
            assertThat(response.requestId()).contains("req_ok");
        }
        assertThat(recorder.started).hasSize(1);
        RequestStarted start = recorder.started.get(0);
        assertThat(start.operation()).isEqualTo("GET /v1/things/{id}");
        assertThat(start.uriTemplate()).isEqualTo("/v1/things/{id}");
        assertThat(start.attempt()).isEqualTo(1);
        RequestFinished end = recorder.finished.get(0);
        assertThat(end.status()).hasValue(200);
        assertThat(end.outcome()).isEqualTo(RequestFinished.Outcome.SUCCESS);
        assertThat(end.requestId()).contains("req_ok");
        assertThat(end.retryReason()).isEmpty();
        assertThat(recorder.keyEvents).extracting(KeyCacheEvent::kind).containsExactly(Kind.FETCHED);
        assertThat(recorder.keyEvents.get(0).redactedKey()).contains(TestKeys.redacted(key));
        LeakCanary.assertNoLeak(recorder.everything());
    }

    @Test
    void aRetriedCallReportsEachAttemptWithTheRetryReasonAndErrorCode() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .inScenario("retry")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(503)
                        .withHeader("Request-Id", "req_1")
                        .withBody("{\"error\":{\"code\":\"service_unavailable\",\"message\":\"down\"}}"))
                .willSetStateTo("up"));
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .inScenario("retry")
                .whenScenarioStateIs("up")
                .willReturn(okJson("{}")));
        try (AugnoClient client = builder().build()) {
            client.request(
                    ApiRequest.builder(HttpMethod.GET, "/v1/things")
                            .operationName("things.list")
                            .build(),
                    JsonNode.class);
        }
        assertThat(recorder.finished).hasSize(2);
        RequestFinished first = recorder.finished.get(0);
        assertThat(first.operation()).isEqualTo("things.list");
        assertThat(first.status()).hasValue(503);
        assertThat(first.outcome()).isEqualTo(RequestFinished.Outcome.SERVER_ERROR);
        assertThat(first.errorCode()).contains("service_unavailable");
        assertThat(first.requestId()).contains("req_1");
        assertThat(first.retryReason()).contains(RetryReason.RETRYABLE_STATUS);
        assertThat(recorder.finished.get(1).attempt()).isEqualTo(2);
        assertThat(recorder.finished.get(1).retryReason()).isEmpty();
    }

    @Test
    void aRefusedKeyReportsTheRecoveryAndTheKeyChangeRedacted() {
        String next = TestKeys.canary();
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .withHeader("Authorization", equalTo("Bearer " + key))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withBody("{\"error\":{\"code\":\"api_key_revoked\",\"message\":\"revoked\"}}")));
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .withHeader("Authorization", equalTo("Bearer " + next))
                .willReturn(okJson("{}")));
        server.stubFor(get(urlPathEqualTo("/v1/warm")).willReturn(okJson("{}")));
        try (AugnoClient client = builder().build()) {
            client.request(ApiRequest.builder(HttpMethod.GET, "/v1/warm").build(), JsonNode.class);
            stored.set(next); // a rotation wrote the store; the cache still holds the revoked key
            client.request(ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class);
            assertThat(client.keyCacheStatus().redactedKey()).contains(TestKeys.redacted(next));
        }
        assertThat(recorder.keyEvents)
                .extracting(KeyCacheEvent::kind)
                .contains(Kind.RECOVERY_STARTED, Kind.KEY_CHANGED, Kind.RECOVERY_SUCCEEDED);
        KeyCacheEvent changed = recorder.keyEvents.stream()
                .filter(e -> e.kind() == Kind.KEY_CHANGED)
                .findFirst()
                .orElseThrow();
        assertThat(changed.redactedKey()).contains(TestKeys.redacted(next));
        assertThat(changed.previousRedactedKey()).contains(TestKeys.redacted(key));
        assertThat(changed.fingerprint()).isPresent();
        assertThat(recorder.finished)
                .anySatisfy(f -> assertThat(f.retryReason()).contains(RetryReason.KEY_REJECTED));
        LeakCanary.assertNoLeak(recorder.everything());
    }

    @Test
    void aFailingStoreReportsTheFailureKindThenStaleUseWithItsAge() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
        server.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(okJson("{}")));
        try (AugnoClient client =
                builder().clock(clock).keyRefreshInterval(Duration.ofMinutes(5)).build()) {
            assertThat(client.keyCacheStatus().state()).isEqualTo(KeyCacheStatus.State.EMPTY);
            client.request(ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class);
            assertThat(client.keyCacheStatus().state()).isEqualTo(KeyCacheStatus.State.FRESH);

            storeFailure.set(new SecretUnavailableException("fake://listener-test", "store down"));
            clock.advance(Duration.ofMinutes(10));
            // This call is served with the cached key and starts the (failing) refresh.
            client.request(ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class);
            recorder.awaitKeyEvent(Kind.REFRESH_FAILED);
            client.request(ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class);

            KeyCacheStatus status = client.keyCacheStatus();
            assertThat(status.state()).isEqualTo(KeyCacheStatus.State.STALE);
            assertThat(status.keyAge()).contains(Duration.ofMinutes(10));
            assertThat(status.staleFor()).isPositive();
            assertThat(status.lastFailure()).contains(KeyFailureKind.TRANSIENT);
            LeakCanary.assertNoLeak(status);
        }
        KeyCacheEvent failed = recorder.keyEvents.stream()
                .filter(e -> e.kind() == Kind.REFRESH_FAILED)
                .findFirst()
                .orElseThrow();
        assertThat(failed.failureKind()).contains(KeyFailureKind.TRANSIENT);
        assertThat(failed.consecutiveFailures()).isEqualTo(1);
        KeyCacheEvent stale = recorder.keyEvents.stream()
                .filter(e -> e.kind() == Kind.STALE_KEY_USED)
                .findFirst()
                .orElseThrow();
        assertThat(stale.keyAge()).contains(Duration.ofMinutes(10));
        LeakCanary.assertNoLeak(recorder.everything());
    }

    @Test
    void aListenerThatThrowsNeverBreaksACallAndIsLoggedOnce() {
        server.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(aResponse().withStatus(404)));
        AtomicInteger calls = new AtomicInteger();
        AugnoListener broken = new AugnoListener() {
            @Override
            public void onRequestStarted(RequestStarted event) {
                calls.incrementAndGet();
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void onRequestFinished(RequestFinished event) {
                throw new IllegalStateException("listener bug");
            }
        };
        LogCapture.reset();
        try (AugnoClient client = builder().listener(broken).build()) {
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> client.request(
                                ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class))
                        .isInstanceOf(NotFoundException.class);
            }
        }
        assertThat(calls).hasValue(3);
        // The listener added before the broken one still heard everything.
        assertThat(recorder.finished).hasSize(3);
        assertThat(LogCapture.linesContaining("threw java.lang.IllegalStateException"))
                .hasSize(1);
    }

    @Test
    void theCallFactoryWrapperSeesEveryAttemptOnTheSdksOwnClient() {
        server.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(okJson("{}")));
        AtomicInteger wrapped = new AtomicInteger();
        AtomicReference<Boolean> followsRedirects = new AtomicReference<>();
        try (AugnoClient client = builder()
                .callFactory(http -> {
                    followsRedirects.set(http.followRedirects());
                    return (Call.Factory) request -> {
                        wrapped.incrementAndGet();
                        return http.newCall(request);
                    };
                })
                .build()) {
            client.request(ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class);
        }
        assertThat(wrapped).hasValue(1);
        assertThat(followsRedirects).hasValue(false);
    }

    /** Records every event. */
    static final class Recorder implements AugnoListener {
        final List<RequestStarted> started = new CopyOnWriteArrayList<>();
        final List<RequestFinished> finished = new CopyOnWriteArrayList<>();
        final List<KeyCacheEvent> keyEvents = new CopyOnWriteArrayList<>();

        @Override
        public void onRequestStarted(RequestStarted event) {
            started.add(event);
        }

        @Override
        public void onRequestFinished(RequestFinished event) {
            finished.add(event);
        }

        @Override
        public void onKeyCacheEvent(KeyCacheEvent event) {
            synchronized (this) {
                keyEvents.add(event);
                notifyAll();
            }
        }

        synchronized void awaitKeyEvent(Kind kind) {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (keyEvents.stream().noneMatch(e -> e.kind() == kind)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no " + kind + " event within 10 s: " + keyEvents);
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }

        Object[] everything() {
            return List.of(started, finished, keyEvents).toArray();
        }
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
