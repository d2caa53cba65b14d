package com.augno.sdk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.augno.build.testhelpers.CustomerFixture;
import com.augno.build.testhelpers.LeakCanary;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.api.sales.Customer;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.keys.KeyRotator;
import com.augno.sdk.keys.RotationReport;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.testing.FakeAugnoServer;
import com.augno.sdk.testing.InMemorySecretStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Soak: N calls (system property {@code augno.soak.calls}, 10,000 unless set; the {@code soak}
 * profile sets 100,000) through one client on 8 threads against {@link FakeAugnoServer}, with a
 * {@link KeyRotator} rotation every N/5 calls after which the old key is revoked (its overlap
 * ended), so that the client must notice the 401 and pick up the new key. Asserts zero failed
 * calls, and after {@code close()}: no SDK thread alive and no connection to the server left open.
 * Figures go to the log and {@code target/soak.txt}; speed is never asserted.
 */
class SoakIT {
    private static final Logger log = LoggerFactory.getLogger(SoakIT.class);
    private static final int THREADS = 8;
    private static final int CALLS = Integer.getInteger("augno.soak.calls", 10_000);
    /** Thread names the SDK gives its threads, and OkHttp's per-client dispatcher threads. */
    private static final List<String> SDK_THREAD_PREFIXES = List.of("augno-", "OkHttp Dispatch");

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void callsOnEightThreadsThroughRotationsNeverFailAndCloseLeavesNothingBehind() throws Exception {
        try (FakeAugnoServer server = FakeAugnoServer.builder()
                .onKeyMinted(LeakCanary::register)
                .rateLimit(1_000_000)
                .build()
                .start()) {
            ApiKey runtimeKey = server.mintKey("soak", "customers:read", "customers:create");
            InMemorySecretStore store = server.storeFor(runtimeKey);
            AugnoClient admin = AugnoClient.builder()
                    .secretProvider(server.adminKeyStore())
                    .baseUrl(server.baseUrl())
                    .build();
            AugnoClient client = AugnoClient.builder()
                    .secretProvider(store)
                    .baseUrl(server.baseUrl())
                    .build();
            KeyRotator rotator = KeyRotator.builder(admin, store).build();
            String customerId = client.request(
                            ApiRequest.builder(HttpMethod.POST, "/v1/sales/customers")
                                    .body(CustomerFixture.seed(
                                                    (path, fields) -> server.seed(server.defaultMode(), path, fields))
                                            .body("Soak"))
                                    .build(),
                            JsonNode.class)
                    .data()
                    .get("id")
                    .asText();

            int rotateEvery = Math.max(1, CALLS / 5);
            AtomicReference<String> currentKeyId = new AtomicReference<>(server.keyId(runtimeKey));
            AtomicInteger next = new AtomicInteger();
            AtomicInteger ok = new AtomicInteger();
            AtomicInteger rotations = new AtomicInteger();
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> new Thread(r, "soak-caller"));
            List<Future<?>> futures = new ArrayList<>();
            long millis;
            try {
                for (int t = 0; t < THREADS; t++) {
                    futures.add(pool.submit(() -> {
                        go.await();
                        int i;
                        while ((i = next.getAndIncrement()) < CALLS) {
                            if (i > 0 && i % rotateEvery == rotateEvery / 2) {
                                // Rotate on this thread while the other 7 keep calling; then the
                                // old key's overlap "ends": revoked, so the client must switch.
                                RotationReport report = rotator.rotate(currentKeyId.get());
                                currentKeyId.set(report.newKeyId());
                                rotator.revoke(report.oldKeyId());
                                rotations.incrementAndGet();
                            }
                            try {
                                Customer c = client.sales().customers().get(customerId);
                                if (c.id().equals(customerId)) {
                                    ok.incrementAndGet();
                                }
                            } catch (RuntimeException e) {
                                failures.add(e);
                            }
                        }
                        return null;
                    }));
                }
                long start = System.nanoTime();
                go.countDown();
                for (Future<?> f : futures) {
                    f.get(14, TimeUnit.MINUTES);
                }
                millis = (System.nanoTime() - start) / 1_000_000;
            } finally {
                pool.shutdownNow();
            }

            assertThat(failures).as("failed calls").isEmpty();
            assertThat(ok.get()).isEqualTo(CALLS);
            assertThat(rotations.get()).isEqualTo(5);
            assertThat(ApiKeyOf.current(store).sameKeyAs(runtimeKey)).isFalse();
            assertThat(establishedTo(server.port()))
                    .as("connections before close")
                    .isPositive();

            client.close();
            admin.close();

            for (Thread t : sdkThreads()) {
                t.join(TimeUnit.SECONDS.toMillis(10)); // a closed scheduler's thread exits promptly
            }
            assertThat(sdkThreads()).as("SDK threads alive after close()").isEmpty();
            assertThat(establishedTo(server.port()))
                    .as("client connections open after close()")
                    .isZero();
            report(millis, rotations.get(), server.totalRequestCount());
        }
    }

    private static List<Thread> sdkThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(t ->
                        SDK_THREAD_PREFIXES.stream().anyMatch(p -> t.getName().startsWith(p)))
                .collect(Collectors.toList());
    }

    /**
     * Counts ESTABLISHED TCP connections whose remote port is the server's: the client ends of
     * connections (Linux {@code /proc/net/tcp*}; the test is skipped where it is missing).
     */
    private static long establishedTo(int port) throws IOException {
        Path v4 = Path.of("/proc/net/tcp");
        Path v6 = Path.of("/proc/net/tcp6");
        assumeThat(Files.isReadable(v4)).as("/proc/net/tcp readable").isTrue();
        String portHex = String.format(Locale.ROOT, "%04X", port);
        long n = 0;
        for (Path p : List.of(v4, v6)) {
            if (!Files.isReadable(p)) {
                continue;
            }
            for (String line : Files.readAllLines(p, StandardCharsets.US_ASCII)) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 3 && f[2].endsWith(":" + portHex) && f[3].equals("01")) {
                    n++;
                }
            }
        }
        return n;
    }

    private static void report(long millis, int rotations, long requests) throws IOException {
        String line = String.format(
                Locale.ROOT,
                "Soak: %,d calls on %d threads, %d rotations (old key revoked after each), %,d requests"
                        + " received, 0 failed, in %,d ms (%,.0f calls/s); after close(): 0 SDK threads, 0"
                        + " open connections",
                CALLS,
                THREADS,
                rotations,
                requests,
                millis,
                CALLS * 1000.0 / Math.max(1, millis));
        log.info(line);
        Path out = Path.of("target", "soak.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, line + System.lineSeparator(), StandardCharsets.UTF_8);
    }

    /** Reads the store's current value as a key. */
    private static final class ApiKeyOf {
        static ApiKey current(InMemorySecretStore store) {
            return ApiKey.parse(store.current().orElseThrow(), "soak store");
        }
    }
}
