package com.augno.sdk.internal.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.augno.sdk.errors.ConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The endpoint= rule shared by aws-sm and gcp-sm: https anywhere, http on loopback only. */
class StoreEndpointsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://secretsmanager.eu-west-1.amazonaws.com",
                "https://secretmanager.googleapis.com:443",
                "https://localhost:4566",
                "http://localhost:4566",
                "http://LOCALHOST:4566/",
                "http://emulator.localhost:8080",
                "http://127.0.0.1:8080",
                "http://127.10.20.30:8080",
                "http://[::1]:9000"
            })
    void acceptedEndpoints(String endpoint) {
        assertThat(StoreEndpoints.parse(endpoint, "aws-sm://x").getHost()).isNotEmpty();
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
        assertThatThrownBy(() -> StoreEndpoints.parse(endpoint, "aws-sm://x"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("aws-sm://x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com", "http://10.0.0.1:4566"})
    void plainHttpOffLoopbackIsRefusedAsSuch(String endpoint) {
        assertThatThrownBy(() -> StoreEndpoints.parse(endpoint, "gcp-sm://x")).hasMessageContaining("not loopback");
    }
}
