package com.augno.sdk.benchmarks;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.PutOptions;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.testing.FakeAugnoServer;
import com.augno.sdk.testing.InMemorySecretStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * Rotation recovery: how long a client that calls continuously needs to work again after its key
 * is revoked at once (an emergency revocation), and how many extra attempts that costs its calls.
 *
 * <p>Set-up: a {@link FakeAugnoServer} (in this JVM, loopback), a runtime key held in an {@link
 * InMemorySecretStore}, one {@link AugnoClient} with the SDK's defaults reading it, and {@code
 * threads} caller threads that call {@code client.sales().customers().list()} back to back for the whole
 * run. Each repetition mints a replacement key, then, depending on the scenario:
 *
 * <ul>
 *   <li>{@code store-first} (a scheduled rotation's order): the new secret is written to the store,
 *       then the old key is revoked;
 *   <li>{@code revoke-first+<gap> ms} (the emergency window): the old key is revoked, and the new
 *       secret lands in the store {@code gap} milliseconds later.
 * </ul>
 *
 * <p>Measured per repetition, from the moment the revoke request is sent ({@code t0}; the server
 * revokes the key at some point during that call, whose round trip is included):
 *
 * <ul>
 *   <li><b>recovery time</b>: until the end of the first successful call after the revocation: a
 *       call that got past a 401, or one that started after the revoke call returned (a call in
 *       flight during the revoke call may still succeed with the old key, and does not count);
 *   <li><b>401 attempts</b> and <b>extra attempts per affected call</b>: an OkHttp network
 *       interceptor on the client counts, per call (interceptors run on the calling thread), the
 *       HTTP attempts and the 401 answers; an affected call is one that saw a 401 or failed; its
 *       extra attempts are its attempts less one;
 *   <li><b>store fetches</b> (refetches) and <b>failed calls</b> (exceptions) caused by the
 *       revocation, counted until every caller has succeeded again with the new key.
 * </ul>
 *
 * <p><b>Why a measured {@code main} and not JMH.</b> The quantity is an interval between two
 * events on different threads (the revocation on the driver, the first success on a caller), plus
 * counts of what happened in between; JMH's modes time a method invocation and report a mean with
 * an error bar, which fits neither the event interval nor the counts. The recovery time is
 * dominated by the cache's designed refetch backoff (250 ms doubling, DESIGN.md section 5) and by
 * round trips, not by JIT state, so a warm-up of unrecorded repetitions in one JVM is enough; each
 * scenario then reports the distribution over its repetitions (median, p90, max), which is what an
 * operator planning a revocation needs. Caveat: a background refresh (every 5 min ±10 %) that
 * happens to fall inside a {@code store-first} repetition picks up the new key before the
 * revocation; that repetition then shows no 401 (rare: one in several hundred repetitions).
 *
 * <pre>{@code
 * java -cp augno-sdk-benchmarks/target/benchmarks.jar com.augno.sdk.benchmarks.RotationRecoveryMain \
 *     [reps=100] [longReps=20] [threads=2] [gaps=0,100,1000,3000] [out=rotation-recovery.md]
 * }</pre>
 */
public final class RotationRecoveryMain {
    private static final int WARM_UP_REPS = 10;
    /** The cache's refetches of a rejected key span 250 + 500 + 1000 ms; longer gaps fail calls. */
    private static final int LONG_GAP_MILLIS = 1750;

    private static final long REP_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);

    /** Per caller thread: the attempts and 401 answers of its call in progress. */
    private static final ThreadLocal<int[]> CALL_COUNTS = ThreadLocal.withInitial(() -> new int[2]);

    private final AugnoClient client;
    private final AugnoClient admin;
    private final FakeAugnoServer server;
    private final InMemorySecretStore store;
    private final AtomicInteger storeFetches = new AtomicInteger();
    private final int threads;
    private final PrintStream out;

    /** Whether a revocation is being measured: calls that see a 401 or fail are recorded. */
    private volatile boolean active;
    /** When the revoke call returned (nanoTime): a call started later cannot use the old key. */
    private volatile long revokedBy = Long.MAX_VALUE;

    private final AtomicLong firstSuccessEnd = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLongArray lastSuccessStart;
    private final ConcurrentLinkedQueue<int[]> affected = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failedCalls = new AtomicInteger();
    private volatile boolean running = true;
    private volatile ApiKey currentKey;

    private RotationRecoveryMain(int threads, PrintStream out) {
        this.threads = threads;
        this.out = out;
        this.server = FakeAugnoServer.builder()
                .rateLimit(100_000_000)
                .maxRequestLogs(10_000)
                .build()
                .start();
        this.currentKey = server.mintKey("runtime", "customers:read");
        this.store = server.storeFor(currentKey);
        SecretProvider counting = new SecretProvider() {
            @Override
            public SecretValue fetch() {
                storeFetches.incrementAndGet();
                return store.fetch();
            }

            @Override
            public String description() {
                return store.description();
            }
        };
        OkHttpClient http = new OkHttpClient.Builder()
                .addNetworkInterceptor(chain -> {
                    int[] counts = CALL_COUNTS.get();
                    counts[0]++;
                    Response response = chain.proceed(chain.request());
                    if (response.code() == 401) {
                        counts[1]++;
                    }
                    return response;
                })
                .build();
        this.client = AugnoClient.builder()
                .secretProvider(counting)
                .baseUrl(server.baseUrl())
                .okHttpClient(http)
                .build();
        this.admin = AugnoClient.builder()
                .secretProvider(server.adminKeyStore())
                .baseUrl(server.baseUrl())
                .build();
        this.lastSuccessStart = new AtomicLongArray(threads);
    }

    /**
     * Runs every scenario and prints a Markdown table. Arguments ({@code name=value}, any order):
     * {@code reps} per scenario (default 100), {@code longReps} for gaps beyond the cache's
     * refetch window of 1.75 s (default 20), {@code threads} calling (default 2), {@code gaps} in
     * ms between the revocation and the store write for the revoke-first scenarios (default {@code
     * 0,100,1000,3000}), {@code out} a file that also receives the table.
     *
     * @throws Exception if the fake server or a repetition fails
     */
    @SuppressWarnings("SystemOut") // A command-line tool: its report goes to standard output.
    public static void main(String[] args) throws Exception {
        int reps = 100;
        int longReps = 20;
        int threads = 2;
        List<Integer> gaps = List.of(0, 100, 1000, 3000);
        Path outFile = null;
        for (String a : args) {
            String[] kv = a.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("expected name=value, got " + a);
            }
            switch (kv[0]) {
                case "reps" -> reps = Integer.parseInt(kv[1]);
                case "longReps" -> longReps = Integer.parseInt(kv[1]);
                case "threads" -> threads = Integer.parseInt(kv[1]);
                case "gaps" ->
                    gaps = Arrays.stream(kv[1].split(","))
                            .map(String::trim)
                            .map(Integer::valueOf)
                            .toList();
                case "out" -> outFile = Path.of(kv[1]);
                default -> throw new IllegalArgumentException("unknown argument " + kv[0]);
            }
        }
        RotationRecoveryMain bench = new RotationRecoveryMain(threads, System.out);
        List<String> table = new ArrayList<>();
        try {
            bench.startCallers();
            for (int i = 0; i < WARM_UP_REPS; i++) {
                bench.rep(-1);
            }
            table.add(String.format(
                    Locale.ROOT,
                    "Rotation recovery: %d repetitions per scenario (%d for gaps over %d ms), %d caller threads,"
                            + " java %s, %d cores",
                    reps,
                    Math.min(reps, longReps),
                    LONG_GAP_MILLIS,
                    threads,
                    System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors()));
            table.add("");
            table.add("| scenario | recovery ms: median | p90 | max | 401s per revocation: median | max"
                    + " | extra attempts per affected call: median | p90 | max | store fetches per revocation:"
                    + " median | max | failed calls (all reps) |");
            table.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            table.add(bench.scenario("store-first", -1, reps));
            for (int gap : gaps) {
                // Gaps beyond the refetch window take seconds per repetition: fewer of them.
                int n = gap > LONG_GAP_MILLIS ? Math.min(reps, longReps) : reps;
                table.add(bench.scenario("revoke-first+" + gap + " ms", gap, n));
            }
        } finally {
            bench.close();
        }
        String text = String.join(System.lineSeparator(), table) + System.lineSeparator();
        System.out.print(text);
        if (outFile != null) {
            Files.writeString(outFile, text, StandardCharsets.UTF_8);
        }
    }

    private void startCallers() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int index = t;
            Thread caller = new Thread(() -> callLoop(index, started), "rotation-caller-" + t);
            caller.setDaemon(true);
            caller.start();
        }
        if (!started.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the callers did not start");
        }
    }

    private void callLoop(int index, CountDownLatch started) {
        boolean first = true;
        while (running) {
            int[] counts = CALL_COUNTS.get();
            counts[0] = 0;
            counts[1] = 0;
            long start = System.nanoTime();
            boolean ok;
            try {
                client.sales().customers().list();
                ok = true;
            } catch (RuntimeException e) { // AuthenticationException while the store is behind
                ok = false;
            }
            long end = System.nanoTime();
            if (active) {
                boolean sawRevocation = counts[1] > 0;
                if (!ok) {
                    failedCalls.incrementAndGet();
                }
                if (!ok || sawRevocation) {
                    affected.add(new int[] {counts[0] - 1, counts[1], ok ? 0 : 1});
                }
                // A success after the revocation: it got past a 401, or it started after the revoke
                // call returned (a call in flight during the revoke call may still use the old key).
                if (ok && (sawRevocation || start >= revokedBy)) {
                    firstSuccessEnd.accumulateAndGet(end, Math::min);
                }
            }
            if (ok) {
                lastSuccessStart.set(index, start);
            }
            if (first) {
                first = false;
                started.countDown();
            }
        }
    }

    /** One scenario: {@code reps} revocations; returns its table row. */
    private String scenario(String name, int gapMillis, int reps) throws Exception {
        List<Double> recovery = new ArrayList<>();
        List<Double> fourOhOnes = new ArrayList<>();
        List<Double> extraPerCall = new ArrayList<>();
        List<Double> fetches = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < reps; i++) {
            Rep r = rep(gapMillis);
            recovery.add(r.recoveryMillis);
            fourOhOnes.add((double) r.fourOhOnes);
            fetches.add((double) r.storeFetches);
            for (int[] call : r.affected) {
                extraPerCall.add((double) call[0]);
            }
            failed += r.failedCalls;
        }
        if (extraPerCall.isEmpty()) {
            extraPerCall.add(0.0);
        }
        return String.format(
                Locale.ROOT,
                "| %s | %.1f | %.1f | %.1f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %d |",
                name,
                percentile(recovery, 50),
                percentile(recovery, 90),
                Collections.max(recovery),
                percentile(fourOhOnes, 50),
                Collections.max(fourOhOnes),
                percentile(extraPerCall, 50),
                percentile(extraPerCall, 90),
                Collections.max(extraPerCall),
                percentile(fetches, 50),
                Collections.max(fetches),
                failed);
    }

    /** The outcome of one revocation. */
    private record Rep(
            double recoveryMillis, int fourOhOnes, int storeFetches, int failedCalls, List<int[]> affected) {}

    /** One revocation; {@code gapMillis < 0} writes the store first. */
    private Rep rep(int gapMillis) throws Exception {
        ApiKey next = server.mintKey("runtime", "customers:read");
        String oldId = server.keyId(currentKey);
        affected.clear();
        failedCalls.set(0);
        firstSuccessEnd.set(Long.MAX_VALUE);
        int fetchesBefore = storeFetches.get();
        if (gapMillis < 0) {
            store.put(next.toSecretValue(), PutOptions.none());
        }
        active = true;
        long t0 = System.nanoTime();
        admin.auth().apiKeys().revoke(oldId);
        revokedBy = System.nanoTime();
        if (gapMillis >= 0) {
            if (gapMillis > 0) {
                Thread.sleep(gapMillis);
            }
            store.put(next.toSecretValue(), PutOptions.none());
        }
        long deadline = t0 + REP_TIMEOUT_NANOS;
        while (firstSuccessEnd.get() == Long.MAX_VALUE) {
            waitABit(deadline);
        }
        long success = firstSuccessEnd.get();
        // Quiescent: every caller has succeeded with a call that started after the first success.
        for (int t = 0; t < threads; t++) {
            while (lastSuccessStart.get(t) <= success) {
                waitABit(deadline);
            }
        }
        active = false;
        revokedBy = Long.MAX_VALUE;
        currentKey = next;
        List<int[]> calls = new ArrayList<>(affected);
        int fourOhOnes = calls.stream().mapToInt(c -> c[1]).sum();
        return new Rep((success - t0) / 1e6, fourOhOnes, storeFetches.get() - fetchesBefore, failedCalls.get(), calls);
    }

    private static void waitABit(long deadline) throws InterruptedException {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("no recovery within 30 s");
        }
        Thread.sleep(0, 200_000); // poll: the driver's own timing is not measured
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private void close() throws IOException {
        running = false;
        client.close();
        admin.close();
        server.close();
        out.flush();
    }
}
