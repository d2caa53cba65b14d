package com.augno.sdk.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.sdk.errors.ApiConnectionException;
import com.augno.sdk.errors.ApiTimeoutException;
import com.augno.sdk.errors.InvalidRequestException;
import com.augno.sdk.errors.PaginationException;
import com.augno.sdk.errors.ResponseTooLargeException;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.http.Page;
import com.augno.sdk.http.RequestOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 20: the transport's limits. Response bodies are capped, a list walk stops at a repeated
 * cursor or past the page cap, and a timeout that fires while the body is read is a timeout.
 */
class TransportLimitsTest {
    @RegisterExtension
    static WireMockExtension server = Fixture.server();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final FakeKeySource keys = Fixture.canaryKeys();

    private ClientContext limited(long maxBodyBytes, int maxPages) {
        return ClientContext.withLimits(
                Fixture.config(server.baseUrl(), sleeper), Fixture.http(), keys, maxBodyBytes, maxPages);
    }

    private static ApiRequest things() {
        return ApiRequest.builder(HttpMethod.GET, "/v1/things").build();
    }

    @Test
    void successBodyOverTheCapIsATypedErrorAndNotRetried() {
        String big = "{\"pad\":\"" + "x".repeat(4096) + "\"}";
        server.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(okJson(big)));

        Throwable t = catchThrowable(() -> limited(1024, 100).execute(things(), JsonNode.class));

        assertThat(t).isInstanceOf(ResponseTooLargeException.class).hasMessageContaining("larger than 1024 bytes");
        assertThat(((ResponseTooLargeException) t).limitBytes()).isEqualTo(1024);
        server.verify(1, getRequestedFor(urlPathEqualTo("/v1/things")));
        LeakCanary.assertNoLeak(t);
    }

    @Test
    void chunkedBodyWithoutLengthIsCappedToo() {
        String big = "{\"pad\":\"" + "x".repeat(4096) + "\"}";
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("Transfer-Encoding", "chunked")
                        .withBody(big)));

        assertThat(catchThrowable(() -> limited(1024, 100).execute(things(), JsonNode.class)))
                .isInstanceOf(ResponseTooLargeException.class);
    }

    @Test
    void bodyUnderTheCapDecodes() {
        server.stubFor(get(urlPathEqualTo("/v1/things")).willReturn(okJson("{\"id\":\"a\"}")));

        assertThat(limited(1024, 100)
                        .execute(things(), JsonNode.class)
                        .get("id")
                        .asText())
                .isEqualTo("a");
    }

    @Test
    void oversizedErrorBodyStillMapsByStatus() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(aResponse().withStatus(400).withBody("x".repeat(4096))));

        assertThat(catchThrowable(() -> limited(1024, 100).execute(things(), JsonNode.class)))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aServerThatRepeatsACursorStopsTheWalk() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .withQueryParam("cursor", absent())
                .willReturn(okJson(PaginationTest.cursorPage(List.of("a"), "c2"))));
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .withQueryParam("cursor", equalTo("c2"))
                .willReturn(okJson(PaginationTest.cursorPage(List.of("b"), "c2"))));

        Page<JsonNode> first = limited(Transport.MAX_BODY_BYTES, 1000).executePage(things(), JsonNode.class);
        Throwable t = catchThrowable(() -> first.autoPager().stream().count());

        assertThat(t).isInstanceOf(PaginationException.class).hasMessageContaining("repeated a cursor");
        server.verify(1, getRequestedFor(urlPathEqualTo("/v1/things")).withQueryParam("cursor", equalTo("c2")));
    }

    @Test
    void aLoopThroughNextPageUrlsStopsTheWalk() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .withQueryParam("cursor", absent())
                .willReturn(okJson(PaginationTest.page(List.of("a"), "/v1/things?cursor=c2"))));
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .withQueryParam("cursor", equalTo("c2"))
                .willReturn(okJson(PaginationTest.page(List.of("b"), "/v1/things?cursor=c3"))));
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .withQueryParam("cursor", equalTo("c3"))
                .willReturn(okJson(PaginationTest.page(List.of("c"), "/v1/things?cursor=c2"))));

        Page<JsonNode> first = limited(Transport.MAX_BODY_BYTES, 1000).executePage(things(), JsonNode.class);

        assertThat(catchThrowable(() -> first.autoPager().stream().count()))
                .isInstanceOf(PaginationException.class)
                .hasMessageContaining("page 4 points back at page 2");
    }

    @Test
    void iteratingTheSameListTwiceIsNotALoop() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .withQueryParam("cursor", absent())
                .willReturn(okJson(PaginationTest.cursorPage(List.of("a"), "c2"))));
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .withQueryParam("cursor", equalTo("c2"))
                .willReturn(okJson(PaginationTest.cursorPage(List.of("b"), null))));

        Page<JsonNode> first = limited(Transport.MAX_BODY_BYTES, 1000).executePage(things(), JsonNode.class);

        assertThat(first.autoPager().stream().count()).isEqualTo(2);
        assertThat(first.autoPager().stream().count()).isEqualTo(2);
    }

    @Test
    void anEndlessListStopsAtThePageCap() {
        AtomicInteger unused = new AtomicInteger();
        for (int i = 1; i <= 5; i++) {
            server.stubFor(get(urlPathEqualTo("/v1/things"))
                    .withQueryParam("cursor", i == 1 ? absent() : equalTo("c" + i))
                    .willReturn(okJson(PaginationTest.cursorPage(List.of("i" + i), "c" + (i + 1)))));
        }

        Page<JsonNode> first = limited(Transport.MAX_BODY_BYTES, 3).executePage(things(), JsonNode.class);
        Throwable t = catchThrowable(() -> first.autoPager().forEach(item -> unused.incrementAndGet()));

        assertThat(t).isInstanceOf(PaginationException.class).hasMessageContaining("after 3 pages");
        assertThat(unused.get()).isEqualTo(3);
    }

    /** Headers arrive, then nothing: the attempt's timeout fires inside the body read. */
    @Test
    void timeoutWhileWaitingForTheBodyIsAnApiTimeoutException() throws Exception {
        try (SilentAfterHeaders silent = new SilentAfterHeaders()) {
            ClientContext context =
                    ClientContext.create(Fixture.config(silent.baseUrl(), sleeper), Fixture.http(), keys);
            Throwable t = catchThrowable(() -> context.execute(shortTimeout(), JsonNode.class));

            assertThat(t).isInstanceOf(ApiTimeoutException.class).hasMessageContaining("did not arrive in time");
            LeakCanary.assertNoLeak(t);
        }
    }

    /** The body trickles in slower than the attempt's timeout allows. */
    @Test
    void timeoutWhileTheBodyTricklesInIsAnApiTimeoutException() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(okJson("{\"pad\":\"" + "x".repeat(200) + "\"}").withChunkedDribbleDelay(20, 4_000)));

        Throwable t =
                catchThrowable(() -> Fixture.context(server, sleeper, keys).execute(shortTimeout(), JsonNode.class));

        assertThat(t).isInstanceOf(ApiTimeoutException.class);
        LeakCanary.assertNoLeak(t);
    }

    @Test
    void aBodyThatBreaksOffIsStillAConnectionFailureNotATimeout() {
        server.stubFor(get(urlPathEqualTo("/v1/things"))
                .willReturn(
                        aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.MALFORMED_RESPONSE_CHUNK)));

        Throwable t =
                catchThrowable(() -> Fixture.context(server, sleeper, keys).execute(shortTimeout(), JsonNode.class));

        assertThat(t).isInstanceOf(ApiConnectionException.class).isNotInstanceOf(ApiTimeoutException.class);
    }

    private static ApiRequest shortTimeout() {
        return ApiRequest.builder(HttpMethod.GET, "/v1/things")
                .options(RequestOptions.builder()
                        .timeout(Duration.ofMillis(300))
                        .maxRetries(0)
                        .build())
                .build();
    }

    /**
     * A loopback server that answers every connection with a 200's headers and a Content-Length, then
     * sends nothing until the client hangs up.
     */
    private static final class SilentAfterHeaders implements AutoCloseable {
        private final ServerSocket socket;
        private final Thread thread;

        SilentAfterHeaders() throws IOException {
            socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
            thread = new Thread(this::serve, "silent-after-headers");
            thread.setDaemon(true);
            thread.start();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    InputStream in = client.getInputStream();
                    readHeaders(in);
                    OutputStream out = client.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    // Blocks until the client closes the connection (its timeout fired).
                    while (in.read() >= 0) {
                        // discard
                    }
                } catch (IOException e) {
                    // closed: the test is over
                }
            }
        }

        private static void readHeaders(InputStream in) throws IOException {
            int matched = 0;
            byte[] end = {'\r', '\n', '\r', '\n'};
            int b;
            while (matched < 4 && (b = in.read()) >= 0) {
                matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            }
        }

        @Override
        public void close() throws Exception {
            socket.close();
            thread.join(5_000);
        }
    }
}
