package com.augno.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.errors.InvalidApiKeyException;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.common.Notifier;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** fromEnvironment's settings, through the same code with explicit sources (no process-wide state). */
class AugnoClientFromEnvironmentTest {
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

    @TempDir
    Path dir;

    @Test
    void settingsConfigureBaseUrlAccountModeAndSecret() throws Exception {
        String key = TestKeys.canary();
        Path secret = Files.createFile(
                dir.resolve("augno-key"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(secret, key + "\n", StandardCharsets.UTF_8);
        Map<String, String> env = Map.of(
                "AUGNO_BASE_URL",
                server.baseUrl(),
                "AUGNO_ACCOUNT",
                "ac_env",
                "AUGNO_KEY_MODE",
                "sandbox",
                "AUGNO_SECRET",
                "file://" + secret);
        Map<String, String> props = Map.of("augno.account", "ac_prop", "augno.keyMode", "production");
        server.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(okJson("{}")));

        try (AugnoClient client =
                AugnoClient.fromSettings(props::get, env, () -> SecretProviders.fromUri(env.get("AUGNO_SECRET")))) {
            assertThat(client.baseUrl()).isEqualTo(server.baseUrl() + "/");
            assertThat(client.toString()).contains("ac_prop", "production").doesNotContain(key);
            client.request(ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class);
            LeakCanary.assertNoLeak(client);
        }
        LoggedRequest r =
                server.findAll(getRequestedFor(urlPathEqualTo("/v1/things"))).get(0);
        assertThat(r.getHeader("Augno-Account")).isEqualTo("ac_prop");
        assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + key);
    }

    @Test
    void sandboxModeSettingRefusesAProductionKey() throws Exception {
        String key = TestKeys.production();
        Path secret = Files.createFile(
                dir.resolve("augno-key"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(secret, key, StandardCharsets.UTF_8);
        Map<String, String> env = Map.of("AUGNO_BASE_URL", server.baseUrl(), "AUGNO_KEY_MODE", "sandbox");

        try (AugnoClient client =
                AugnoClient.fromSettings(k -> null, env, () -> SecretProviders.fromUri("file://" + secret))) {
            Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> client.request(
                    ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class));
            assertThat(t).isInstanceOf(InvalidApiKeyException.class);
            LeakCanary.assertNoLeak(t);
        }
    }

    @Test
    void plainHttpBaseUrlOffLoopbackIsRefusedBeforeAProviderIsMade() {
        FakeSecretProvider provider = new FakeSecretProvider(TestKeys.canary());
        int[] made = {0};
        assertThatThrownBy(() -> AugnoClient.fromSettings(
                        k -> null, Map.of("AUGNO_BASE_URL", "http://augno.example.com"), () -> {
                            made[0]++;
                            return provider;
                        }))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("https");
        assertThat(made[0]).isZero();
    }

    @Test
    void unknownKeyModeIsAConfigurationError() {
        assertThatThrownBy(() -> AugnoClient.fromSettings(
                        k -> null,
                        Map.of("AUGNO_KEY_MODE", "staging"),
                        () -> new FakeSecretProvider(TestKeys.canary())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("staging");
    }
}
