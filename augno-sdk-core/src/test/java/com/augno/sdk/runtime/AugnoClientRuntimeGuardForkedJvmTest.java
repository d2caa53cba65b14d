package com.augno.sdk.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code AugnoClient.builder()...build()} in a new JVM against a loopback fake server in this one:
 * refused on Android (before the secret provider or the server is touched), allowed with one warning
 * when Android stubs sit on an ordinary JVM's class path.
 */
class AugnoClientRuntimeGuardForkedJvmTest {
    private final WireMockServer server =
            new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    @BeforeEach
    void startServer() {
        server.start();
        server.stubFor(any(anyUrl())
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":true}")));
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void onAndroidBuildThrowsBeforeTheProviderOrTheServerIsTouched() throws Exception {
        ChildJvm.Result child =
                ChildJvm.run(ClientChildMain.class, List.of(), List.of(), "android-properties", baseUrl());

        assertThat(child.exitCode).as(child.output).isZero();
        assertThat(child.linesStartingWith("BUILT")).as(child.output).isEmpty();
        assertThat(child.linesStartingWith("REFUSED "))
                .as(child.output)
                .singleElement()
                .asString()
                .startsWith("ANDROID ")
                .contains("java.vm.name=\"Dalvik\"");
        assertThat(child.linesStartingWith("PROVIDER_CALLS ")).as(child.output).containsExactly("0");
        assertThat(server.getAllServeEvents())
                .as("requests the fake server received")
                .isEmpty();
    }

    /** Issue 20: the internal transport's public entry point runs the guard too. */
    @Test
    void onAndroidTheInternalContextEntryPointIsRefusedToo() throws Exception {
        ChildJvm.Result child =
                ChildJvm.run(ClientChildMain.class, List.of(), List.of(), "internal-context", baseUrl());

        assertThat(child.exitCode).as(child.output).isZero();
        assertThat(child.linesStartingWith("BUILT")).as(child.output).isEmpty();
        assertThat(child.linesStartingWith("REFUSED "))
                .as(child.output)
                .singleElement()
                .asString()
                .startsWith("ANDROID ");
        assertThat(child.linesStartingWith("PROVIDER_CALLS ")).as(child.output).containsExactly("0");
    }

    @Test
    void withAndroidStubsOnTheClassPathTheClientBuildsAndWorksWithOneWarning(@TempDir Path dir) throws Exception {
        Path stubs = RuntimeGuardForkedJvmTest.compileAndroidStubs(dir);

        ChildJvm.Result child =
                ChildJvm.run(ClientChildMain.class, List.of(stubs), List.of(), "build-and-call", baseUrl());

        assertThat(child.exitCode).as(child.output).isZero();
        assertThat(child.linesStartingWith("BUILT")).as(child.output).hasSize(1);
        assertThat(child.linesStartingWith("STATUS ")).as(child.output).containsExactly("200");
        assertThat(child.linesStartingWith("REFUSED ")).as(child.output).isEmpty();
        assertThat(server.getAllServeEvents()).hasSize(1);
        assertThat(child.linesStartingWith("LOG "))
                .as(child.output)
                .singleElement()
                .asString()
                .startsWith("WARN com.augno.sdk.runtime.RuntimeGuard - ")
                .contains("Android classes on the class path of an ordinary JVM");
    }

    private String baseUrl() {
        return "http://localhost:" + server.port();
    }
}
