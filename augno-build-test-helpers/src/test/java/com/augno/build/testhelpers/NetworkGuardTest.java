package com.augno.build.testhelpers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class NetworkGuardTest {
    private static final String GUARD = "Network guard: refused a connection to";

    @Test
    void guardIsInstalledInEveryTestJvm() {
        assertThat(NetworkGuard.isInstalled()).isTrue();
    }

    @Test
    void httpToInvalidHostNameIsRefusedBeforeAnySocketOpens() throws Exception {
        URL url = URI.create("http://augno-guard-check.invalid/v1/ping").toURL();
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setConnectTimeout(1_000);
        assertThatThrownBy(connection::connect)
                .isInstanceOf(NetworkGuard.NetworkGuardException.class)
                .hasMessageContaining(GUARD)
                .hasMessageContaining("augno-guard-check.invalid");
    }

    @Test
    void httpToNonLoopbackAddressIsRefused() throws Exception {
        // 192.0.2.0/24 is TEST-NET-1: documentation only, never routed.
        URL url = URI.create("http://192.0.2.10:8080/").toURL();
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setConnectTimeout(1_000);
        assertThatThrownBy(connection::connect)
                .isInstanceOf(NetworkGuard.NetworkGuardException.class)
                .hasMessageContaining(GUARD + " 192.0.2.10");
    }

    @Test
    void rawSocketToCloudMetadataAddressIsRefused() {
        assertThatThrownBy(() -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress(InetAddress.getByName("169.254.169.254"), 80), 1_000);
                    }
                })
                .isInstanceOf(NetworkGuard.NetworkGuardException.class)
                .hasMessageContaining(GUARD + " 169.254.169.254");
    }

    @Test
    void namesOtherThanLocalhostDoNotResolve() {
        assertThatThrownBy(() -> InetAddress.getByName("metadata.google.internal"))
                .isInstanceOf(UnknownHostException.class);
    }

    @Test
    void loopbackConnectionsWork() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), 1_000);
            assertThat(socket.isConnected()).isTrue();
        }
    }

    @Test
    void loopbackClassification() {
        assertThat(NetworkGuard.isLoopback("localhost")).isTrue();
        assertThat(NetworkGuard.isLoopback("127.0.0.1")).isTrue();
        assertThat(NetworkGuard.isLoopback("127.8.9.10")).isTrue();
        assertThat(NetworkGuard.isLoopback("[::1]")).isTrue();
        assertThat(NetworkGuard.isLoopback("::1")).isTrue();
        assertThat(NetworkGuard.isLoopback("10.0.0.1")).isFalse();
        assertThat(NetworkGuard.isLoopback("localhost.evil.example")).isFalse();
        assertThat(NetworkGuard.isLoopback("api.augno.com")).isFalse();
        assertThat(NetworkGuard.isLoopback(null)).isFalse();
    }
}
