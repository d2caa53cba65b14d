package com.augno.sdk.secrets.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.build.testhelpers.LogCapture;
import com.augno.build.testhelpers.NetworkGuard;
import com.augno.sdk.errors.ConfigurationException;
import org.junit.jupiter.api.Test;

/**
 * The production credential, {@code DefaultAzureCredential}, with nothing to find. The test JVM
 * sets {@code AZURE_TOKEN_CREDENTIALS=EnvironmentCredential} and clears the {@code AZURE_*}
 * identity variables (see this module's pom), so the chain has no managed-identity step and never
 * probes the instance metadata service at 169.254.169.254; the network guard would refuse it anyway.
 */
class DefaultCredentialTest {
    @Test
    void noCredentialsIsAConfigurationErrorAndNothingLeavesLoopback() {
        assertThat(System.getenv("AZURE_TOKEN_CREDENTIALS")).isEqualTo("EnvironmentCredential");
        assertThat(System.getenv("AZURE_CLIENT_ID")).isNull();
        assertThat(NetworkGuard.isInstalled()).isTrue();
        FakeKeyVault vault = new FakeKeyVault().launch();
        try (AzureKeyVaultSecretProvider p = AzureKeyVaultSecretProvider.builder()
                .vaultName("acme-test")
                .secretName("augno-api-key")
                .endpoint(java.net.URI.create(vault.endpoint()))
                .okHttpClient(vault.trustingClient())
                .disableChallengeResourceVerification()
                .build()) {
            vault.setSecret("augno-api-key", "v");

            assertThatThrownBy(p::fetch)
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("No Azure credentials")
                    .hasMessageContaining("AZURE_CLIENT_ID");
        } finally {
            vault.shutdown();
        }
        assertThat(LogCapture.linesContaining("169.254.169.254")).isEmpty();
    }
}
