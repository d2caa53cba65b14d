package com.augno.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.LogCapture;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.internal.resources.ResourceTestKit;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.secrets.SecretProvider;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A key pasted anywhere but a secret reference (issue 20): every entry point that takes a string
 * from a user refuses a key-shaped value with a typed error that never echoes it, and nothing is
 * sent. Each case failed on the code before: the value was echoed, sent as a header, or put into a
 * URL and a log line. Both key brands are tried.
 */
class KeyShapedInputTest {
    @RegisterExtension
    static WireMockExtension server = ResourceTestKit.server();

    private static String key(String brand) {
        return TestKeys.production(brand);
    }

    /** Runs {@code entry} with a key of the brand and checks the refusal: typed, not echoed, not logged. */
    private static void refused(String brand, Consumer<String> entry) {
        String key = key(brand);
        Throwable t = catchThrowable(() -> entry.accept(key));
        assertThat(t).isInstanceOf(ConfigurationException.class).hasMessageContaining("looks like an API key");
        LeakCanary.assertNoLeak(t);
        LeakCanary.assertLogsClean();
        assertThat(LogCapture.linesContaining(key.substring(key.length() - 12))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mrp_sk_", "aug_sk_"})
    void environmentVariableNameTheNameCheckRunsFirst(String brand) {
        refused(brand, SecretProviders::environmentVariable);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mrp_sk_", "aug_sk_"})
    void secretFilePath(String brand) {
        refused(brand, k -> SecretProviders.file(Path.of("/run/secrets/" + k)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mrp_sk_", "aug_sk_"})
    void baseUrlOnTheBuilder(String brand) {
        refused(brand, k -> AugnoClient.builder().baseUrl("https://" + k + ".example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mrp_sk_", "aug_sk_"})
    void accountOnTheBuilder(String brand) {
        refused(brand, k -> AugnoClient.builder().account(k));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mrp_sk_", "aug_sk_"})
    void keyModeParse(String brand) {
        refused(brand, KeyMode::parse);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AUGNO_BASE_URL", "AUGNO_ACCOUNT", "AUGNO_KEY_MODE"})
    void settingsFromTheEnvironment(String variable) {
        int[] made = {0};
        refused(
                "mrp_sk_",
                k -> AugnoClient.fromSettings(name -> null, Map.of(variable, k), () -> {
                    made[0]++;
                    return SecretProviders.environmentVariable("AUGNO_API_KEY");
                }));
        assertThat(made[0]).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mrp_sk_", "aug_sk_"})
    void anIdArgumentNeverReachesTheUrlOrTheServer(String brand) {
        try (AugnoClient client = ResourceTestKit.client(server, TestKeys.production())) {
            refused(brand, k -> client.auth().apiKeys().get(k));
            refused(brand, k -> client.auth().apiKeys().revoke(k));
            refused(brand, k -> client.auth().apiKeys().rotate(k));
            refused(brand, k -> client.catalog().units().get(k));
        }
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void aKeyOfABrandThatDoesNotExistYetIsRefusedToo() {
        refused(TestKeys.UNKNOWN_BRAND, k -> AugnoClient.builder().account(k));
    }

    @Test
    void ordinaryValuesStillPass() {
        SecretProvider p = SecretProviders.environmentVariable("AUGNO_API_KEY");
        assertThat(KeyMode.parse("production")).isEqualTo(KeyMode.PRODUCTION);
        AugnoClient.builder().baseUrl("https://api.openmrp.ai").account("ac_01gf7a8200eaj8fke1xvw4h50x");
        p.close();
    }
}
