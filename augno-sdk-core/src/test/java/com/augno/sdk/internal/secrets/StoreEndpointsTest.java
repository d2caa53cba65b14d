package com.augno.sdk.internal.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.sdk.errors.ConfigurationException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The endpoint rule of the secret stores: the store's own hosts over https, loopback literals, and
 * hosts the operator opted in to; nothing else receives the workload's credentials or a secret.
 */
class StoreEndpointsTest {
    private static final StoreEndpoints.Policy AWS = StoreEndpoints.AWS_SECRETS_MANAGER;
    private static final StoreEndpoints.Policy GCP = StoreEndpoints.GCP_SECRET_MANAGER;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://secretsmanager.eu-west-1.amazonaws.com",
                "https://secretsmanager-fips.us-gov-west-1.amazonaws.com",
                "https://secretsmanager.cn-north-1.amazonaws.com.cn",
                "https://secretsmanager.eu-west-1.api.aws",
                "https://vpce-0a1b2c3d4e5f-abcdefgh.secretsmanager.eu-west-1.vpce.amazonaws.com",
                "https://vpce-1.secretsmanager.eu-west-1.vpce.amazonaws.com",
                "https://localhost:4566",
                "http://localhost:4566",
                "http://LOCALHOST:4566/",
                "http://127.0.0.1:8080",
                "http://127.10.20.30:8080",
                "http://[::1]:9000"
            })
    void awsAcceptsItsOwnHostsAndLoopback(String endpoint) {
        assertThat(parse(endpoint, AWS, Map.of()).getHost()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://secretmanager.googleapis.com:443",
                "https://secretmanager.europe-west1.rep.googleapis.com",
                "https://private.googleapis.com",
                "https://restricted.googleapis.com",
                "https://secretmanager-psc1.p.googleapis.com",
                "http://127.0.0.1:9090"
            })
    void gcpAcceptsItsOwnHostsAndLoopback(String endpoint) {
        assertThat(parse(endpoint, GCP, Map.of()).getHost()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://attacker.example",
                "https://secretsmanager.eu-west-1.amazonaws.com.attacker.example",
                "https://secretsmanager.s3.amazonaws.com", // a bucket named like the service
                "https://mybucket.s3.amazonaws.com",
                "https://secretmanager.googleapis.com", // Google's host for an AWS store
                "https://emulator.localhost:8080", // *.localhost resolves wherever the resolver says
                "http://emulator.localhost:8080"
            })
    void awsRefusesAnyOtherHost(String endpoint) {
        assertThatThrownBy(() -> parse(endpoint, AWS, Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("aws-sm://x");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://attacker.example",
                "https://storage.googleapis.com",
                "https://evil.googleapis.com.attacker.example",
                "https://secretsmanager.eu-west-1.amazonaws.com"
            })
    void gcpRefusesAnyOtherHostBeforeSendingItsToken(String endpoint) {
        assertThatThrownBy(() -> parse(endpoint, GCP, Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("not one of gcp-sm's own endpoints")
                .hasMessageContaining(StoreEndpoints.HOSTS_ENV);
    }

    @Test
    void anOperatorMayOptInToAnExactHostOverHttpsOnly() {
        Map<String, String> env = Map.of(StoreEndpoints.HOSTS_ENV, "sm-proxy.corp.example, other.example");

        assertThat(parse("https://SM-PROXY.corp.example:8443", AWS, env).getPort())
                .isEqualTo(8443);
        assertThat(StoreEndpoints.parse(
                                "https://sm-proxy.corp.example",
                                "aws-sm://x",
                                AWS,
                                p -> p.equals(StoreEndpoints.HOSTS_PROPERTY) ? "sm-proxy.corp.example" : null,
                                Map.of())
                        .getHost())
                .isEqualTo("sm-proxy.corp.example");
        assertThatThrownBy(() -> parse("https://x.sm-proxy.corp.example", AWS, env))
                .isInstanceOf(ConfigurationException.class);
        assertThatThrownBy(() -> parse("http://sm-proxy.corp.example", AWS, env))
                .hasMessageContaining("not loopback");
    }

    @Test
    void storeModulesDeclareTheirOwnDomainsOrTheOperatorsHost() {
        StoreEndpoints.Policy azure = StoreEndpoints.Policy.builder("azure-kv")
                .allowDomain("vault.azure.net")
                .allowDomain(".vault.azure.cn")
                .build();
        StoreEndpoints.Policy vault = StoreEndpoints.Policy.builder("vault")
                .allowHosts("vault.ops.example")
                .build();

        assertThat(azure.allows("myvault.vault.azure.net")).isTrue();
        assertThat(azure.allows("myvault.vault.azure.cn")).isTrue();
        assertThat(azure.allows("vault.azure.net")).isFalse();
        assertThat(azure.allows("myvault.vault.azure.net.attacker.example")).isFalse();
        assertThat(vault.allows("VAULT.ops.example")).isTrue();
        assertThat(vault.allows("other.ops.example")).isFalse();
        assertThat(azure.describe()).isEqualTo("*.vault.azure.net, *.vault.azure.cn");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://example.com",
                "http://10.0.0.1:4566",
                "http://169.254.169.254",
                "http://127.0.0.1.example.com",
                "http://localhost.example.com",
                "http://[::2]:9000",
                "ftp://localhost",
                "localhost:4566",
                "//localhost:4566",
                "https://user:pw@localhost:4566",
                "https://localhost:4566?x=1",
                "not a url"
            })
    void refusedEndpoints(String endpoint) {
        assertThatThrownBy(() -> parse(endpoint, AWS, Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("aws-sm://x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com", "http://10.0.0.1:4566"})
    void plainHttpOffLoopbackIsRefusedAsSuch(String endpoint) {
        assertThatThrownBy(() -> parse(endpoint, GCP, Map.of())).hasMessageContaining("not loopback");
    }

    @Test
    void dotLocalhostNamesAreNotLoopbackAsForTheBaseUrl() {
        assertThat(StoreEndpoints.isLoopbackHost("localhost")).isTrue();
        assertThat(StoreEndpoints.isLoopbackHost("emulator.localhost")).isFalse();
    }

    private static java.net.URI parse(String endpoint, StoreEndpoints.Policy policy, Map<String, String> env) {
        return StoreEndpoints.parse(endpoint, "aws-sm://x", policy, p -> null, env);
    }
}
