package com.augno.sdk.internal.resources;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretValue;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Builds clients for the resource contract tests: loopback WireMock, a generated key, a fixed clock. */
public final class ResourceTestKit {
    /** The fixed "now" of every resource test. */
    public static final Instant NOW = Instant.parse("2026-05-20T00:00:00Z");

    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private ResourceTestKit() {}

    /** A loopback WireMock server on a dynamic port. */
    public static WireMockExtension server() {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").notifier(new ConsoleNotifier(false)))
                .build();
    }

    /** A client on {@code server} authenticating with {@code key}; no retries wait. */
    public static AugnoClient client(WireMockExtension server, String key) {
        SecretProvider provider = new SecretProvider() {
            @Override
            public SecretValue fetch() {
                return SecretValue.of(key);
            }

            @Override
            public String description() {
                return "test://resources";
            }
        };
        return AugnoClient.builder()
                .secretProvider(provider)
                .baseUrl(server.baseUrl())
                .clock(CLOCK)
                .sleeper(d -> {})
                .build();
    }

    /** A fresh sandbox-mode key generated at run time. */
    public static String newKey() {
        return TestKeys.sandbox();
    }

    /** The standard request headers every call must carry (the version under both header brands). */
    public static RequestPatternBuilder withStandardHeaders(RequestPatternBuilder pattern, String key) {
        return pattern.withHeader("Authorization", equalTo("Bearer " + key))
                .withHeader("OpenMRP-Version", equalTo("1.0.forge-preview.3"))
                .withHeader("Augno-Version", equalTo("1.0.forge-preview.3"))
                .withHeader("Accept", matching(".*application/json.*"));
    }

    /** Adds the headers of a request with a JSON body and an idempotency key (POST, PATCH). */
    public static RequestPatternBuilder withBodyHeaders(RequestPatternBuilder pattern, String key) {
        return withStandardHeaders(pattern, key)
                .withHeader("Content-Type", matching("application/json.*"))
                .withHeader("Idempotency-Key", matching(".{8,}"));
    }

    /** A {@code 201 Created} JSON answer whose body is the named fixture. */
    public static ResponseDefinitionBuilder created(String fixtureName) {
        return aResponse()
                .withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(fixture(fixtureName));
    }

    /** Reads a copied OpenAPI example; {@code ${API_KEY_SECRET}} is replaced by {@code secret}. */
    public static String fixture(String name, String secret) {
        return fixture(name).replace("${API_KEY_SECRET}", secret);
    }

    /** Reads a copied OpenAPI example from {@code src/test/resources/com/augno/sdk/fixtures}. */
    public static String fixture(String name) {
        try (InputStream in = ResourceTestKit.class.getResourceAsStream("/com/augno/sdk/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
