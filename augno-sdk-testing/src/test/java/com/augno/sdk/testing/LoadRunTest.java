package com.augno.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.CustomerFixture;
import com.augno.build.testhelpers.LeakCanary;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 10,000 calls through one {@link AugnoClient} on 8 threads against the fake, WireMock's journal
 * off. Reports the duration (log line and {@code target/fake-server-load-run.txt}); asserts only
 * correctness, never speed.
 */
class LoadRunTest {
    private static final Logger log = LoggerFactory.getLogger(LoadRunTest.class);
    private static final int THREADS = 8;
    private static final int CALLS = 10_000;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void tenThousandCallsOnEightThreads() throws Exception {
        try (FakeAugnoServer server = FakeAugnoServer.builder()
                        .onKeyMinted(LeakCanary::register)
                        .build()
                        .start();
                AugnoClient client = Calls.client(
                        server,
                        server.mintKey("load", "customers:read", "customers:create", "units:read"),
                        new RecordingSleeper())) {
            CustomerFixture customers = Customers.seed(server);
            String customerId = Calls.post(client, "/v1/sales/customers", customers.body("Warm-up"))
                    .data()
                    .get("id")
                    .asText();
            server.resetCounters();
            AtomicInteger next = new AtomicInteger();
            AtomicInteger ok = new AtomicInteger();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> futures = new ArrayList<>();
            try {
                for (int t = 0; t < THREADS; t++) {
                    futures.add(pool.submit(() -> {
                        go.await();
                        int i;
                        while ((i = next.getAndIncrement()) < CALLS) {
                            if (call(client, customers, customerId, i) / 100 == 2) {
                                ok.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                long start = System.nanoTime();
                go.countDown();
                for (Future<?> f : futures) {
                    f.get(4, TimeUnit.MINUTES);
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                report(millis);
            } finally {
                pool.shutdownNow();
            }

            assertThat(ok.get()).isEqualTo(CALLS);
            assertThat(server.totalRequestCount()).isEqualTo(CALLS);
            assertThat(server.requestCount("GET /v1/sales/customers/{id}")).isEqualTo(CALLS * 8L / 10);
            assertThat(server.creationCount("")).isZero();
        }
    }

    /** 80 % reads by id, 10 % list pages, 10 % creations. */
    private static int call(AugnoClient client, CustomerFixture customers, String customerId, int i) {
        int kind = i % 10;
        ApiRequest request;
        if (kind < 8) {
            request = ApiRequest.builder(HttpMethod.GET, "/v1/sales/customers")
                    .addPathSegment(customerId)
                    .build();
        } else if (kind == 8) {
            request = ApiRequest.builder(HttpMethod.GET, "/v1/catalog/units")
                    .query("limit", 5)
                    .build();
        } else {
            request = ApiRequest.builder(HttpMethod.POST, "/v1/sales/customers")
                    .body(customers.body("Load " + i))
                    .build();
        }
        return client.request(request, JsonNode.class).statusCode();
    }

    private static void report(long millis) throws IOException {
        String line = String.format(
                "FakeAugnoServer load run: %,d calls through AugnoClient on %d threads in %,d ms (%,.0f calls/s)",
                CALLS, THREADS, millis, CALLS * 1000.0 / Math.max(1, millis));
        log.info(line);
        Path out = Path.of("target", "fake-server-load-run.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, line + System.lineSeparator(), StandardCharsets.UTF_8);
    }
}
