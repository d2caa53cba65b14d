package com.augno.sdk.internal.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.SecretProviders;
import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.internal.config.Setting;
import com.augno.sdk.secrets.SecretProvider;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** fromEnvironment: system properties win over environment variables; nothing found lists every place. */
class SecretSettingsTest {
    private final Map<String, String> props = new HashMap<>();
    private final Map<String, String> env = new HashMap<>();

    private SecretProvider resolve() {
        return SecretSettings.provider(Setting.SECRET, props::get, env);
    }

    @Test
    void systemPropertyWinsOverEnvironmentVariable() {
        String fromProp = TestKeys.production();
        env.put("FROM_PROP", fromProp);
        env.put("FROM_ENV", TestKeys.production());
        env.put("AUGNO_API_KEY", TestKeys.production());
        props.put("augno.secret", "env://FROM_PROP");
        env.put("AUGNO_SECRET", "env://FROM_ENV");
        SecretProvider provider = resolve();
        assertThat(provider.description()).isEqualTo("env://FROM_PROP");
        assertThat(provider.fetch().reveal()).isEqualTo(fromProp);
    }

    @Test
    void environmentVariableWinsOverTheDefault() {
        String fromEnv = TestKeys.production();
        env.put("FROM_ENV", fromEnv);
        env.put("AUGNO_API_KEY", TestKeys.production());
        env.put("AUGNO_SECRET", "env://FROM_ENV");
        props.put("augno.secret", "  "); // blank counts as unset
        assertThat(resolve().fetch().reveal()).isEqualTo(fromEnv);
    }

    @Test
    void defaultIsTheAugnoApiKeyVariable() {
        String key = TestKeys.sandbox();
        env.put("AUGNO_API_KEY", key);
        SecretProvider provider = resolve();
        assertThat(provider.description()).isEqualTo("env://AUGNO_API_KEY");
        assertThat(provider.fetch().reveal()).isEqualTo(key);
    }

    @Test
    void nothingConfiguredListsEveryPlaceLooked() {
        assertThatThrownBy(this::resolve)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("augno.secret")
                .hasMessageContaining("AUGNO_SECRET")
                .hasMessageContaining("AUGNO_API_KEY");
    }

    @Test
    void keyPutWhereTheReferenceBelongsIsRefusedWithoutEchoingIt() {
        String key = TestKeys.canary();
        env.put("AUGNO_SECRET", key);
        assertThatThrownBy(this::resolve)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("AUGNO_SECRET")
                .hasMessageContaining("looks like an API key")
                .satisfies(e -> LeakCanary.assertNoLeak(e));
    }

    @Test
    void cloudReferenceWithoutItsModuleNamesTheArtifact() {
        env.put("AUGNO_SECRET", "aws-sm://prod/augno?region=eu-west-1#api_key");
        assertThatThrownBy(this::resolve)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("com.augno:augno-sdk-secrets-aws");
        props.put("augno.secret", "gcp-sm://acme/augno");
        assertThatThrownBy(this::resolve).hasMessageContaining("com.augno:augno-sdk-secrets-gcp");
    }

    @Test
    void adminSecretHasNoDefault() {
        env.put("AUGNO_API_KEY", TestKeys.sandbox());
        assertThatThrownBy(() -> SecretSettings.provider(Setting.ADMIN_SECRET, props::get, env))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("augno.adminSecret")
                .hasMessageContaining("AUGNO_ADMIN_SECRET");
    }

    @Test
    void realFromEnvironmentReportsEveryPlaceWhenNothingIsSet() {
        assumeTrue(System.getenv("AUGNO_SECRET") == null && System.getenv("AUGNO_API_KEY") == null);
        assumeTrue(System.getProperty("augno.secret") == null);
        assertThatThrownBy(SecretProviders::fromEnvironment)
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("AUGNO_API_KEY");
    }
}
