package com.augno.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.sdk.errors.ConfigurationException;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: the public entry point of the internal transport checks what {@code
 * AugnoClient.Builder} checks, so calling it directly cannot build a client that follows
 * redirects, sends the key over plain http off loopback, or hands 401s to an authenticator. (The
 * runtime guard is shown in {@code AugnoClientRuntimeGuardForkedJvmTest}.)
 */
class ClientContextConstructionTest {
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final FakeKeySource keys = Fixture.canaryKeys();

    @Test
    void aClientThatFollowsRedirectsIsRefused() {
        OkHttpClient follows = new OkHttpClient.Builder().followRedirects(true).build();
        assertThatThrownBy(
                        () -> ClientContext.create(Fixture.config("https://api.example.test", sleeper), follows, keys))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("redirects");
        OkHttpClient followsTls =
                Fixture.http().newBuilder().followSslRedirects(true).build();
        assertThatThrownBy(() ->
                        ClientContext.create(Fixture.config("https://api.example.test", sleeper), followsTls, keys))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClientWithAnAuthenticatorIsRefused() {
        OkHttpClient withAuthenticator = Fixture.http()
                .newBuilder()
                .authenticator((route, response) -> null)
                .build();
        assertThatThrownBy(() -> ClientContext.create(
                        Fixture.config("https://api.example.test", sleeper), withAuthenticator, keys))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Authenticator");
    }

    @Test
    void aPlainHttpBaseUrlOffLoopbackIsRefusedEvenWhenBuiltByHand() {
        ClientConfig config = new ClientConfig(
                HttpUrl.get("http://api.example.test/"),
                "1.0.forge-preview.3",
                null,
                UserAgent.value(),
                Duration.ofSeconds(10),
                2,
                Fixture.CLOCK,
                sleeper,
                false);
        assertThatThrownBy(() -> ClientContext.create(config, Fixture.http(), keys))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("https");
    }
}
