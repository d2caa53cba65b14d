package com.augno.sdk.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.sdk.AugnoClient;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.PutOptions;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.secrets.WritableSecretStore;
import com.augno.sdk.secrets.WriteAccess;
import com.augno.sdk.testing.FakeAugnoServer;
import com.augno.sdk.testing.InMemorySecretStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Rotation while 16 threads call the API the whole time through a client that reads the store. */
class RotationUnderLoadTest {
    private static final int THREADS = 16;
    private static final int CALLS_AFTER = 10;

    @RegisterExtension
    final FakeAugnoServer server =
            FakeAugnoServer.builder().onKeyMinted(LeakCanary::register).build();

    /** Counts of one run. */
    private record Load(long calls, long failures, long failuresAfterStoreWrite) {}

    @Test
    void scheduledRotationUnderLoadHasZeroFailedCalls() throws Exception {
        ApiKey key = server.mintKey("load", "customers:read");
        InMemorySecretStore store = server.storeFor(key);
        Load load = underLoad(store, (s, a) -> KeyRotator.builder(a, s).build().rotate(server.keyId(key)));

        assertThat(load.failures()).isZero();
        assertThat(load.calls()).isGreaterThan(THREADS * CALLS_AFTER);
    }

    @Test
    void emergencyRotationUnderLoadHasZeroFailuresAfterTheStoreWrite() throws Exception {
        ApiKey key = server.mintKey("load", "customers:read");
        InMemorySecretStore store = server.storeFor(key);
        Load load = underLoad(store, (s, a) -> KeyRotator.builder(a, s).build().emergencyRotate(server.keyId(key)));

        assertThat(load.failuresAfterStoreWrite()).isZero();
        // Not asserted: calls that failed inside the revoke-to-store window depend on timing.
        System.out.println("emergency rotation under load: " + load.calls() + " calls, " + load.failures()
                + " failed inside the revoke-to-store window");
    }

    private interface Rotation {
        RotationReport run(WritableSecretStore store, AugnoClient admin);
    }

    private Load underLoad(InMemorySecretStore store, Rotation rotation) throws Exception {
        AtomicLong writtenAt = new AtomicLong(Long.MAX_VALUE);
        WritableSecretStore recording = new Recording(store, writtenAt);
        AtomicBoolean rotated = new AtomicBoolean();
        AtomicLong calls = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        AtomicLong failuresAfter = new AtomicLong();
        CountDownLatch started = new CountDownLatch(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (AugnoClient admin = admin();
                AugnoClient runtime = AugnoClient.builder()
                        .secretProvider(store)
                        .baseUrl(server.baseUrl())
                        .build()) {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    int after = 0;
                    boolean first = true;
                    while (after < CALLS_AFTER) {
                        long start = System.nanoTime();
                        try {
                            runtime.request(
                                    ApiRequest.builder(HttpMethod.GET, "/v1/sales/customers")
                                            .query("limit", 1)
                                            .build(),
                                    JsonNode.class);
                        } catch (RuntimeException e) {
                            failures.incrementAndGet();
                            if (start > writtenAt.get()) {
                                failuresAfter.incrementAndGet();
                            }
                        }
                        calls.incrementAndGet();
                        if (first) {
                            started.countDown();
                            first = false;
                        }
                        if (rotated.get()) {
                            after++;
                        }
                    }
                    return null;
                }));
            }
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            RotationReport report = rotation.run(recording, admin);
            rotated.set(true);
            for (Future<?> w : workers) {
                w.get(60, TimeUnit.SECONDS);
            }
            assertThat(report.verified()).isTrue();
        } finally {
            pool.shutdownNow();
        }
        return new Load(calls.get(), failures.get(), failuresAfter.get());
    }

    private AugnoClient admin() {
        return AugnoClient.builder()
                .secretProvider(server.adminKeyStore())
                .baseUrl(server.baseUrl())
                .build();
    }

    /** Delegates to the store and records when the write completed. */
    private static final class Recording implements WritableSecretStore {
        private final InMemorySecretStore delegate;
        private final AtomicLong writtenAt;

        Recording(InMemorySecretStore delegate, AtomicLong writtenAt) {
            this.delegate = delegate;
            this.writtenAt = writtenAt;
        }

        @Override
        public String put(SecretValue value, PutOptions options) {
            String v = delegate.put(value, options);
            writtenAt.set(System.nanoTime());
            return v;
        }

        @Override
        public WriteAccess canWrite() {
            return delegate.canWrite();
        }

        @Override
        public SecretValue fetch() {
            return delegate.fetch();
        }

        @Override
        public String description() {
            return delegate.description();
        }
    }
}
