package com.augno.sdk.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.sdk.SecretProviders;
import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.errors.SecretNotFoundException;
import com.augno.sdk.internal.secrets.EnvironmentVariableSecretProviderFactory;
import com.augno.sdk.internal.secrets.FileSecretProviderFactory;
import com.augno.sdk.internal.secrets.SecretProviderRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretProvidersTest {

    @Test
    void coreRegistersEnvAndFileThroughServiceLoader() {
        Map<String, SecretProviderFactory> factories = SecretProviderRegistry.factories();
        assertThat(factories.get("env")).isInstanceOf(EnvironmentVariableSecretProviderFactory.class);
        assertThat(factories.get("file")).isInstanceOf(FileSecretProviderFactory.class);
    }

    @Test
    void envReferenceCreatesAProviderWithoutReadingTheVariable() {
        SecretProvider provider = SecretProviders.fromUri("env://AUGNO_TEST_SURELY_UNSET_VARIABLE");
        assertThat(provider.description()).isEqualTo("env://AUGNO_TEST_SURELY_UNSET_VARIABLE");
        assertThatThrownBy(provider::fetch)
                .isInstanceOf(SecretNotFoundException.class)
                .hasMessageContaining("AUGNO_TEST_SURELY_UNSET_VARIABLE is not set");
    }

    @Test
    void environmentVariableProviderChecksTheName() {
        assertThat(SecretProviders.environmentVariable("AUGNO_API_KEY").description())
                .isEqualTo("env://AUGNO_API_KEY");
        assertThatThrownBy(() -> SecretProviders.environmentVariable("1BAD"))
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> SecretProviders.fromUri("env://AUGNO-API-KEY"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("letters, digits and '_'");
        assertThatThrownBy(() -> SecretProviders.fromUri("env://AUGNO_API_KEY?region=x"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("unknown parameter 'region'");
    }

    @Test
    void knownCloudSchemeWithoutItsModuleNamesTheArtifactToAdd() {
        assertThatThrownBy(() -> SecretProviders.fromUri("aws-sm://prod/augno?region=eu-west-1#api_key"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("add the dependency com.augno:augno-sdk-secrets-aws");
        assertThatThrownBy(() -> SecretProviders.fromUri(
                        "aws-sm://arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/augno-AbCdEf"))
                .hasMessageContaining("com.augno:augno-sdk-secrets-aws");
        assertThatThrownBy(() -> SecretProviders.fromUri("gcp-sm://projects/acme/secrets/augno/versions/latest"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("add the dependency com.augno:augno-sdk-secrets-gcp");
        assertThatThrownBy(() -> SecretProviders.fromUri("azure-kv://acme-prod/augno-api-key#api_key"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("add the dependency com.augno:augno-sdk-secrets-azure");
        assertThatThrownBy(() -> SecretProviders.fromUri("vault://secret/prod/augno?auth=kubernetes&role=augno"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("add the dependency com.augno:augno-sdk-secrets-vault");
    }

    @Test
    void unknownSchemeListsTheAcceptedForms() {
        assertThatThrownBy(() -> SecretProviders.fromUri("keepass://secret/augno"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Unknown secret reference scheme 'keepass'")
                .hasMessageContaining(SecretReference.ACCEPTED_FORMS);
    }

    @Test
    void aFactoryOnTheClassPathAddsItsScheme() {
        String key = com.augno.build.testhelpers.TestKeys.canary();
        FakeStoreFactory.stored = "{\"api_key\":\"" + key + "\"}";
        SecretProvider provider =
                SecretProviders.fromUri("FAKE-SM://team@ops+x=y/augno?endpoint=http://127.0.0.1:1#api_key");
        assertThat(provider.description()).isEqualTo("fake-sm://team@ops+x=y/augno (http://127.0.0.1:1)#api_key");
        assertThat(provider.fetch().reveal()).isEqualTo(key);
        com.augno.build.testhelpers.LeakCanary.assertNoLeak(provider);
    }

    @Test
    void aFactoryRefusesPlainHttpEndpointsOffLoopback() {
        assertThatThrownBy(() -> SecretProviders.fromUri("fake-sm://augno?endpoint=http://10.1.2.3:8080"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("not loopback");
        assertThatThrownBy(() -> SecretProviders.fromUri("fake-sm://augno?region=x"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("unknown parameter 'region'");
    }
}
