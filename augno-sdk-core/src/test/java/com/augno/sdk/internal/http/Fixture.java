package com.augno.sdk.internal.http;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.http.Sleeper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.OkHttpClient;

/** Builds transports against loopback WireMock servers with a canary key. */
final class Fixture {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T03:00:00Z"), ZoneOffset.UTC);

    private Fixture() {}

    static WireMockExtension server() {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").notifier(new SilentNotifier()))
                .build();
    }

    static ClientConfig config(String baseUrl, Sleeper sleeper) {
        return new ClientConfig(
                BaseUrls.parse(baseUrl),
                "1.0.forge-preview.3",
                null,
                UserAgent.value(),
                Duration.ofSeconds(10),
                2,
                CLOCK,
                sleeper,
                false);
    }

    static OkHttpClient http() {
        return new OkHttpClient.Builder()
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .build();
    }

    /** A context with a fresh canary key from a fake key source. */
    static ClientContext context(WireMockExtension server, RecordingSleeper sleeper, FakeKeySource keys) {
        return ClientContext.create(config(server.baseUrl(), sleeper), http(), keys);
    }

    static FakeKeySource canaryKeys() {
        return new FakeKeySource(TestKeys.canary());
    }
}
