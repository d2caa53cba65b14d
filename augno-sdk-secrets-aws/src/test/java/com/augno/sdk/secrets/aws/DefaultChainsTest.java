package com.augno.sdk.secrets.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.internal.secrets.StoreEndpoints;
import com.augno.sdk.testing.aws.FakeSecretsManager;
import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * AWS's default region and credentials chains finding nothing. Runs in its own JVM (surefire
 * execution {@code default-chains} of this module) with no region setting, no credentials, config
 * files that do not exist and metadata disabled; a recording proxy selector proves that nothing
 * tried to leave loopback (no metadata probe). Skipped in any other JVM.
 */
@EnabledIfSystemProperty(named = "augno.test.defaultChains", matches = "true")
class DefaultChainsTest {
    private static final List<URI> OFF_LOOPBACK = new CopyOnWriteArrayList<>();
    private static ProxySelector previous;

    @BeforeAll
    static void recordConnections() {
        previous = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                String host = uri.getHost();
                if (host == null || !StoreEndpoints.isLoopbackHost(host)) {
                    OFF_LOOPBACK.add(uri);
                }
                return previous.select(uri);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
                previous.connectFailed(uri, sa, ioe);
            }
        });
    }

    @AfterAll
    static void nothingLeftLoopback() {
        ProxySelector.setDefault(previous);
        assertThat(OFF_LOOPBACK).isEmpty();
    }

    @Test
    void theJvmReallyHasNoRegionSetting() {
        assertThat(System.getenv("AWS_REGION")).isNull();
        assertThat(System.getProperty("aws.region")).isNull();
    }

    @Test
    void missingRegionIsAConfigurationErrorListingTheRegionChain() {
        AwsSecretsManagerSecretProvider provider = AwsSecretsManagerSecretProvider.builder()
                .secretId("prod/augno")
                .endpointOverride(URI.create("http://127.0.0.1:9"))
                .build();
        try {
            assertThatThrownBy(provider::fetch)
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("No AWS region for aws-sm://prod/augno")
                    .hasMessageContaining("aws.region system property")
                    .hasMessageContaining("AWS_REGION environment variable")
                    .hasMessageContaining("AWS config file")
                    .hasMessageContaining("EC2 instance metadata")
                    .hasMessageContaining("?region=");
        } finally {
            provider.close();
        }
    }

    @Test
    void missingCredentialsIsAConfigurationErrorListingTheCredentialsChain() {
        FakeSecretsManager sm = new FakeSecretsManager("eu-west-1").launch();
        AwsSecretsManagerSecretProvider provider = AwsSecretsManagerSecretProvider.builder()
                .secretId("prod/augno")
                .region("eu-west-1")
                .endpointOverride(URI.create(sm.endpoint()))
                .build();
        try {
            assertThatThrownBy(provider::fetch)
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("No AWS credentials for aws-sm://prod/augno")
                    .hasMessageContaining("AWS's default credentials chain")
                    .hasMessageContaining("AWS_ACCESS_KEY_ID")
                    .hasMessageContaining("AWS_WEB_IDENTITY_TOKEN_FILE")
                    .hasMessageContaining("container credentials endpoint")
                    .hasMessageContaining("EC2 instance metadata");
            assertThat(sm.server().getAllServeEvents()).isEmpty();
        } finally {
            provider.close();
            sm.shutdown();
        }
    }
}
