package com.augno.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.augno.build.testhelpers.LeakCanary;
import com.augno.sdk.AugnoClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10,000 virtual threads share one {@link AugnoClient} against the fake, all started at once: every
 * call succeeds, JFR reports no {@code jdk.VirtualThreadPinned} event (recorded with no threshold),
 * and the calls on the wire, the connections opened and the connections pooled stay within the
 * client's bound ({@code ConcurrencyLimit} and the pool the SDK sizes to it, 64) instead of growing
 * with the number of threads.
 *
 * <p>Runs on JDK 21 and later (CI's JDK 25 pass); skipped on 17, which has no virtual threads. The
 * executor is made by reflection so that the module still compiles for release 17. Counted, not
 * timed: the timeout only bounds a hang.
 */
class VirtualThreadsTest {
    private static final int THREADS = 10_000;
    private static final int BOUND = 64;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void tenThousandVirtualThreadsShareOneClientWithoutPinning() throws Exception {
        assumeTrue(Runtime.version().feature() >= 21, "virtual threads need JDK 21 or later");

        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        Set<Connection> connections =
                Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<Connection, Boolean>()));
        // The SDK's own OkHttp client (its pool, its ConcurrencyLimit), reached through callFactory
        // and given a network interceptor of the test's: it counts what is on the wire at once, and
        // which connections carry it. It never looks at headers.
        AtomicReference<OkHttpClient> sdkHttp = new AtomicReference<>();
        Interceptor counter = chain -> {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            Connection c = chain.connection();
            if (c != null) {
                connections.add(c);
            }
            try {
                return chain.proceed(chain.request());
            } finally {
                inFlight.decrementAndGet();
            }
        };

        Path jfr = dir.resolve("pinning.jfr");
        try (FakeAugnoServer server = FakeAugnoServer.builder()
                        .onKeyMinted(LeakCanary::register)
                        .build()
                        .start();
                Recording recording = new Recording()) {
            recording
                    .enable("jdk.VirtualThreadPinned")
                    .withThreshold(Duration.ZERO)
                    .withStackTrace();
            recording.enable("jdk.VirtualThreadSubmitFailed");
            try (AugnoClient client = AugnoClient.builder()
                    .secretProvider(server.storeFor(server.mintKey("vt", "customers:read")))
                    .baseUrl(server.baseUrl())
                    .clock(server.clock())
                    .sleeper(new RecordingSleeper())
                    .callFactory(http -> {
                        sdkHttp.set(http);
                        return http.newBuilder().addNetworkInterceptor(counter).build();
                    })
                    .build()) {
                // Warm-up on one virtual thread: the key, the first connection, and the JDK's own
                // once-per-JVM set-up of virtual-thread socket I/O (the class sun.nio.ch.Poller,
                // whose initialization other virtual threads would wait for, reported as pinning).
                ExecutorService first = newVirtualThreadPerTaskExecutor();
                try {
                    first.submit(() -> Calls.get(client, "/v1/sales/customers")).get(1, TimeUnit.MINUTES);
                } finally {
                    first.shutdown();
                }
                recording.start();
                AtomicInteger ok = new AtomicInteger();
                ExecutorService threads = newVirtualThreadPerTaskExecutor();
                List<Future<?>> futures = new ArrayList<>(THREADS);
                try {
                    for (int i = 0; i < THREADS; i++) {
                        futures.add(threads.submit(() -> {
                            if (Calls.get(client, "/v1/sales/customers").statusCode() == 200) {
                                ok.incrementAndGet();
                            }
                            return null;
                        }));
                    }
                    for (Future<?> f : futures) {
                        f.get(7, TimeUnit.MINUTES);
                    }
                } finally {
                    threads.shutdownNow();
                }
                recording.stop();
                recording.dump(jfr);

                assertThat(ok.get()).as("calls that succeeded").isEqualTo(THREADS);
                assertThat(maxInFlight.get()).as("calls on the wire at once").isLessThanOrEqualTo(BOUND);
                assertThat(connections.size()).as("connections opened").isLessThanOrEqualTo(BOUND);
                assertThat(sdkHttp.get().connectionPool().connectionCount())
                        .as("connections in the pool")
                        .isLessThanOrEqualTo(BOUND);
            }
        }
        List<String> pinned = new ArrayList<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            if (e.getEventType().getName().startsWith("jdk.VirtualThread")) {
                pinned.add(describe(e));
            }
        }
        assertThat(pinned).as("virtual-thread pinning or submit failures").isEmpty();
    }

    /** The event's name, its reason (JDK 24+) and its whole stack, for the failure message. */
    private static String describe(RecordedEvent e) {
        StringBuilder sb = new StringBuilder(e.getEventType().getName());
        if (e.hasField("pinnedReason")) {
            sb.append(" (").append(e.getString("pinnedReason")).append(')');
        }
        RecordedStackTrace stack = e.getStackTrace();
        if (stack != null) {
            for (RecordedFrame f : stack.getFrames()) {
                sb.append("\n    at ")
                        .append(f.getMethod().getType().getName())
                        .append('.')
                        .append(f.getMethod().getName())
                        .append(':')
                        .append(f.getLineNumber());
            }
        }
        return sb.toString();
    }

    /** {@code Executors.newVirtualThreadPerTaskExecutor()}, called by reflection (JDK 21+). */
    private static ExecutorService newVirtualThreadPerTaskExecutor() throws ReflectiveOperationException {
        return (ExecutorService)
                Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
    }
}
