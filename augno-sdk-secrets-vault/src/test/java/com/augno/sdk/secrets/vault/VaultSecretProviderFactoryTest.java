package com.augno.sdk.secrets.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.SecretProviders;
import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretReference;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reference parsing: every parameter, every refusal, and discovery through ServiceLoader. */
class VaultSecretProviderFactoryTest {
    private static final String ADDR = "https://vault.example.com:8200";

    private final Map<String, String> env = new HashMap<>(Map.of("VAULT_ADDR", ADDR));
    private final VaultSecretProviderFactory factory = new VaultSecretProviderFactory(env::get);

    private VaultSecretProvider create(String reference) {
        return factory.create(SecretReference.parse(reference));
    }

    @Test
    void serviceLoaderFindsTheFactoryForTheVaultScheme() {
        try (SecretProvider p =
                SecretProviders.fromUri("vault://secret/prod/augno?endpoint=https://vault.example.com")) {
            assertThat(p).isInstanceOf(VaultSecretProvider.class);
            assertThat(p.description())
                    .isEqualTo("vault://secret/prod/augno (latest version, https://vault.example.com/, token auth)"
                            + "#api_key");
        }
    }

    @Test
    void defaultsAreTokenAuthTheApiKeyFieldTheLatestVersionAndVaultAddr() {
        VaultSecretProvider p = create("vault://secret/prod/augno");

        assertThat(p.mount()).isEqualTo("secret");
        assertThat(p.path()).isEqualTo("prod/augno");
        assertThat(p.jsonField()).isEqualTo("api_key");
        assertThat(p.version()).isNull();
        assertThat(p.namespace()).isNull();
        assertThat(p.auth()).isEqualTo(VaultAuth.token());
        assertThat(p.description()).contains(ADDR);
    }

    @Test
    void everyParameterIsHonoured() {
        VaultSecretProvider k = create("vault://kv/team/billing/augno?version=7&namespace=admin/team-a"
                + "&endpoint=http://127.0.0.1:8200&ca=/etc/vault/ca.pem&auth=kubernetes&role=augno"
                + "&jwtFile=/var/run/jwt&authMount=k8s-prod#key");
        assertThat(k.mount()).isEqualTo("kv");
        assertThat(k.path()).isEqualTo("team/billing/augno");
        assertThat(k.version()).isEqualTo(7L);
        assertThat(k.namespace()).isEqualTo("admin/team-a");
        assertThat(k.jsonField()).isEqualTo("key");
        assertThat(k.auth()).isEqualTo(VaultAuth.kubernetes("augno", Path.of("/var/run/jwt"), "k8s-prod"));
        assertThat(k.description()).contains("http://127.0.0.1:8200/", "version 7", "namespace admin/team-a");

        assertThat(create("vault://secret/augno?auth=kubernetes&role=augno").auth())
                .isEqualTo(VaultAuth.kubernetes("augno"));
        assertThat(create("vault://secret/augno?auth=approle&roleId=r-1&secretIdFile=/run/secret-id")
                        .auth())
                .isEqualTo(VaultAuth.appRole("r-1", Path.of("/run/secret-id")));
        assertThat(create("vault://secret/augno?auth=token&tokenFile=/run/agent/token")
                        .auth())
                .isEqualTo(VaultAuth.tokenFile(Path.of("/run/agent/token")));
    }

    @Test
    void malformedReferencesAreRefusedWithTheAcceptedForm() {
        assertThatThrownBy(() -> create("vault://secret"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("names no secret under its mount")
                .hasMessageContaining(VaultSecretProviderFactory.FORM);
        assertThatThrownBy(() -> create("vault://secret/")).isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> create("vault://secret/a/../../sys/seal"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'..'");
        assertThatThrownBy(() -> create("vault://secret/augno?region=eu"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("unknown parameter 'region'");
        assertThatThrownBy(() -> create("vault://secret/augno?role=augno"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("unknown parameter 'role'");
        assertThatThrownBy(() -> create("vault://secret/augno?auth=ldap"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("unknown auth method 'ldap'");
        assertThatThrownBy(() -> create("vault://secret/augno?auth=kubernetes"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("no role= parameter");
        assertThatThrownBy(() -> create("vault://secret/augno?auth=approle&roleId=r"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("no secretIdFile= parameter");
        assertThatThrownBy(() -> create("vault://secret/augno?version=0"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("positive number");
        assertThatThrownBy(() -> create("vault://secret/augno?version=latest"))
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> create("vault://secret/augno?namespace="))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("empty parameter 'namespace'");
    }

    @Test
    void endpointMustBeNamedAndSafe() {
        env.remove("VAULT_ADDR");
        assertThatThrownBy(() -> create("vault://secret/augno"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("VAULT_ADDR");
        assertThatThrownBy(() -> create("vault://secret/augno?endpoint=http://vault.example.com:8200"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("plain http");
        assertThatThrownBy(() -> create("vault://secret/augno?endpoint=https://user:pw@vault.example.com"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("user info");
        assertThat(create("vault://secret/augno?endpoint=http://localhost:8200").description())
                .contains("http://localhost:8200/");
    }

    @Test
    void keyShapedContentIsRefusedWithoutEchoingItWhereverItIsPasted() {
        String key = LeakCanary.register(TestKeys.production());
        String encoded = key.replace("_", "%5F");
        for (String reference : new String[] {
            "vault://secret/" + key,
            "vault://secret/augno#" + key,
            "vault://secret/augno?auth=kubernetes&role=" + encoded,
            "vault://secret/augno?namespace=" + encoded,
            "vault://secret/augno?region=" + encoded,
            "vault://secret/augno?endpoint=https://" + encoded + ".example.com",
        }) {
            assertThatThrownBy(() -> SecretProviders.fromUri(reference))
                    .as("a reference with a key in it")
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("not shown")
                    .satisfies(LeakCanary::assertNoLeak);
        }
    }
}
