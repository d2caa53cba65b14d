package com.augno.sdk.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server (the JDK's own) that answers every request with the same canned JSON body,
 * so that both sides of a benchmark pay the same network and server cost.
 */
final class CannedServer implements AutoCloseable {
    /** An API key object as {@code GET /v1/auth/api-keys/{id}} returns it (fake values, no secret). */
    static final String API_KEY_JSON = "{\"id\":\"apke_eiylmwr6q7oz\",\"object\":\"api_key\",\"name\":\"ci-deploy\","
            + "\"redacted_value\":\"aug_sk_prod_****hjt4\",\"status\":\"active\","
            + "\"role\":{\"id\":\"rl_3xknmfqflhvb\",\"object\":\"role\",\"name\":\"Deployer\",\"type\":\"custom\","
            + "\"created_at\":\"2026-09-30T12:00:00Z\",\"updated_at\":\"2026-09-30T12:00:00Z\"},"
            + "\"created_by\":{\"id\":\"us_k2j4h5g6f7d8\",\"type\":\"user\",\"name\":\"Ada\",\"handle\":\"ada@example.com\"},"
            + "\"last_used_at\":\"2026-11-27T23:59:01Z\",\"expires_at\":null,\"revoked_at\":null,"
            + "\"created_at\":\"2026-10-01T08:00:00Z\",\"updated_at\":\"2026-11-27T23:59:01Z\"}";

    private final HttpServer server;
    private final ExecutorService executor;

    CannedServer(String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        // TCP_NODELAY on the JDK server (read once, when its first server is made): without it,
        // Nagle and delayed ACKs add ~40 ms to every exchange. The benchmark forks also pass it.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("Request-Id", "req_bench");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        executor = Executors.newFixedThreadPool(2);
        server.setExecutor(executor);
        server.start();
    }

    /** Returns {@code http://127.0.0.1:<port>}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
