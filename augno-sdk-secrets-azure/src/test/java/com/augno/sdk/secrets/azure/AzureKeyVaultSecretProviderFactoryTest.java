package com.augno.sdk.secrets.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.build.testhelpers.TestKeys;
import com.augno.sdk.SecretProviders;
import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretReference;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** References to providers, through ServiceLoader; nothing here contacts Azure. */
class AzureKeyVaultSecretProviderFactoryTest {

    @Test
    void theSchemeIsFoundThroughServiceLoaderAndBuildsWithoutContactingAzure() {
        try (SecretProvider p = SecretProviders.fromUri("azure-kv://acme-prod/augno-api-key#api_key")) {
            assertThat(p).isInstanceOf(AzureKeyVaultSecretProvider.class);
            AzureKeyVaultSecretProvider kv = (AzureKeyVaultSecretProvider) p;
            assertThat(kv.vaultName()).isEqualTo("acme-prod");
            assertThat(kv.secretName()).isEqualTo("augno-api-key");
            assertThat(kv.version()).isNull();
            assertThat(kv.jsonField()).isEqualTo("api_key");
            assertThat(kv.vaultUrl()).isEqualTo(URI.create("https://acme-prod.vault.azure.net"));
            assertThat(kv.description()).isEqualTo("azure-kv://acme-prod/augno-api-key#api_key");
            assertThat(kv.clientsCreated()).isZero();
        }
    }

    @Test
    void aVersionAndAnEndpointAreTaken() {
        AzureKeyVaultSecretProvider p = new AzureKeyVaultSecretProviderFactory()
                .create(
                        SecretReference.parse(
                                "azure-kv://acme-prod/augno/0123456789abcdef0123456789abcdef?endpoint=https://acme-prod.vault.azure.cn"));
        assertThat(p.version()).isEqualTo("0123456789abcdef0123456789abcdef");
        assertThat(p.vaultUrl()).isEqualTo(URI.create("https://acme-prod.vault.azure.cn"));
        assertThat(p.canWrite()).isEqualTo(com.augno.sdk.secrets.WriteAccess.NO);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "azure-kv://acme-prod|does not name a vault and a secret",
                "azure-kv://acme-prod/a/b/c|does not name a vault and a secret",
                "azure-kv://acme-prod/|not a secret name",
                "azure-kv://ac/augno|not a vault name",
                "azure-kv://9acme/augno|not a vault name",
                "azure-kv://acme--prod/augno|not a vault name",
                "azure-kv://acme-prod/aug.no|not a secret name",
                "azure-kv://acme-prod/augno/not-a-version|not a version id",
                "azure-kv://acme-prod/augno?region=westeurope|unknown parameter 'region'",
                "azure-kv://acme-prod/augno?endpoint=|empty parameter 'endpoint'",
                "azure-kv://acme-prod/augno?endpoint=http://acme-prod.vault.azure.net|not loopback",
                "azure-kv://acme-prod/augno?endpoint=ftp://x|must be an absolute URL",
                // The endpoint receives the Azure token and, in a rotation, the new secret.
                "azure-kv://acme-prod/augno?endpoint=https://vault.example.com|not one of azure-kv's own endpoints",
                "azure-kv://acme-prod/augno?endpoint=https://evil.vault.azure.net.example.com|not one of azure-kv",
            })
    void malformedReferencesAreRefusedWithTheRule(String reference, String message) {
        assertThatThrownBy(() -> SecretProviders.fromUri(reference))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my_vault/augno", "acme-prod/my_secret", "acme-prod/augno/my_version"})
    void anInvalidNameIsNotEchoed(String target) {
        String bad = target.substring(target.indexOf("my_"));
        assertThatThrownBy(() -> SecretProviders.fromUri("azure-kv://" + target))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("(not shown)")
                .hasMessageNotContaining(bad);
    }

    @Test
    void aKeyPastedIntoTheReferenceIsRefusedWithoutEchoingIt() {
        String key = LeakCanary.register(TestKeys.canary());
        for (String text : new String[] {
            "azure-kv://acme-prod/" + key, "azure-kv://" + key + "/augno", "azure-kv://acme-prod/augno#" + key
        }) {
            assertThatThrownBy(() -> SecretProviders.fromUri(text))
                    .isInstanceOf(ConfigurationException.class)
                    .satisfies(e -> LeakCanary.assertNoLeak(e));
        }
        assertThatThrownBy(() -> AzureKeyVaultSecretProvider.builder().secretName(key))
                .isInstanceOf(ConfigurationException.class)
                .satisfies(e -> LeakCanary.assertNoLeak(e));
    }

    @Test
    void anotherSchemeIsRefused() {
        assertThatThrownBy(() -> new AzureKeyVaultSecretProviderFactory().create(SecretReference.parse("env://X")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(AzureKeyVaultSecretProviderFactory.FORM);
    }

    @Test
    void aBuilderWithoutNamesIsIncomplete() {
        assertThatThrownBy(() -> AzureKeyVaultSecretProvider.builder()
                        .vaultName("acme-prod")
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("secretName");
    }
}
