package com.augno.sdk.benchmarks;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.auth.ApiKeyInfo;
import com.augno.sdk.secrets.KeyMode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Cold start of {@link AugnoClient#fromEnvironment()}: in a fresh JVM, the time from the first line
 * of {@code main} to the first typed response ({@code client.auth().apiKeys().get(id)}), with the
 * environment provider: the secret reference ({@code AUGNO_SECRET=env://AUGNO_API_KEY}), the key
 * and the base URL come from the child's environment, as docs/configuration.md describes. That
 * covers the settings lookup, the runtime guard, the provider, the key cache's first fetch, the
 * OkHttp client, Jackson, one loopback exchange and the decode. A second call on the same client is
 * timed for comparison. As a baseline, each round also runs the same request with bare OkHttp and
 * Jackson in its own fresh JVM (round-robin with the SDK sample): the difference is what the SDK's
 * own first call costs.
 *
 * <p>This process serves the canned response ({@link CannedServer}, JDK HTTP server on loopback)
 * and runs each sample in a child JVM with the same class path, so that the server's classes are not
 * loaded in the measured JVM; one child per sample because a cold start happens once per JVM. The
 * fake key is generated here at run time and reaches the child only through its environment (never
 * its command line); every other {@code AUGNO_*} variable is removed from the child's environment.
 * Reported per sample: wall time, CPU time of the process (all threads: JIT and GC included) and of
 * the calling thread (class loading and initialisation run there, so it suffers least from a busy
 * machine), and the JVM's own start-up before {@code main} (from the JVM's start time, millisecond
 * resolution).
 *
 * <pre>{@code
 * java -cp augno-sdk-benchmarks/target/benchmarks.jar com.augno.sdk.benchmarks.FromEnvironmentColdStart 10
 * }</pre>
 */
public final class FromEnvironmentColdStart {
    private static final String KEY_ID = "apke_eiylmwr6q7oz";

    private FromEnvironmentColdStart() {}

    /** Numbers per child line (see {@link Sample#print}). */
    private static final int FIELDS = 6;

    /**
     * Runs the measurement: {@code args[0]} samples (default 10), each in a fresh JVM.
     *
     * @throws Exception if the server or a child JVM fails
     */
    @SuppressWarnings("SystemOut") // A command-line tool: its report goes to standard output.
    public static void main(String[] args) throws Exception {
        if (args.length >= 1 && args[0].equals("child")) {
            child(System.out);
            return;
        }
        if (args.length >= 1 && args[0].equals("bare-child")) {
            bareChild(System.out);
            return;
        }
        int samples = args.length >= 1 ? Integer.parseInt(args[0]) : 10;
        Map<String, List<double[]>> results = new LinkedHashMap<>();
        results.put("child", new ArrayList<>());
        results.put("bare-child", new ArrayList<>());
        try (CannedServer server = new CannedServer(CannedServer.API_KEY_JSON)) {
            // Round-robin, so that a change in machine load hits both alike.
            for (int i = 0; i < samples; i++) {
                for (Map.Entry<String, List<double[]>> e : results.entrySet()) {
                    String[] f = runChild(server.baseUrl(), e.getKey()).split(" ", -1);
                    double[] row = new double[FIELDS];
                    for (int j = 0; j < FIELDS; j++) {
                        row[j] = Double.parseDouble(f[j]);
                    }
                    e.getValue().add(row);
                }
            }
        }
        print("AugnoClient.fromEnvironment() cold start", samples, results.get("child"));
        print(
                "Baseline: bare OkHttp + Jackson cold start (same request and model, no SDK)",
                samples,
                results.get("bare-child"));
        printRatios(results.get("child"), results.get("bare-child"));
    }

    /** The SDK's medians over the bare client's, next to both: the goal and the result in one table. */
    @SuppressWarnings("SystemOut")
    private static void printRatios(List<double[]> sdk, List<double[]> bare) {
        String[] names = {
            "main to first response, wall (ms)",
            "main to first response, process CPU (ms)",
            "main to first response, CPU of the calling thread (ms)",
            "second call, wall (ms)",
            "JVM start to main, wall (ms)",
            "classes loaded at the first response"
        };
        System.out.printf(
                Locale.ROOT,
                "Ratios, SDK / bare (medians; goal for the first response: at most 1.1x)%n"
                        + "| what | SDK | bare | SDK / bare |%n|---|---:|---:|---:|%n");
        for (int i = 0; i < FIELDS; i++) {
            double a = median(column(sdk, i));
            double b = median(column(bare, i));
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.2fx |%n", names[i], a, b, b == 0 ? 0 : a / b);
        }
        System.out.println();
    }

    @SuppressWarnings("SystemOut")
    private static void print(String title, int samples, List<double[]> rows) {
        List<Double> wall = column(rows, 0);
        List<Double> processCpu = column(rows, 1);
        List<Double> threadCpu = column(rows, 2);
        List<Double> second = column(rows, 3);
        List<Double> beforeMain = column(rows, 4);
        System.out.printf(
                Locale.ROOT,
                "%s: samples=%d java=%s cores=%d%n"
                        + "| what | min | median | max |%n|---|---:|---:|---:|%n"
                        + "| main to first response, wall (ms) | %.0f | %.0f | %.0f |%n"
                        + "| main to first response, process CPU, all threads (ms) | %.0f | %.0f | %.0f |%n"
                        + "| main to first response, CPU of the calling thread (ms) | %.0f | %.0f | %.0f |%n"
                        + "| second call, same client, wall (ms) | %.1f | %.1f | %.1f |%n"
                        + "| JVM start to main, wall (ms) | %.0f | %.0f | %.0f |%n%n",
                title,
                samples,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                min(wall),
                median(wall),
                max(wall),
                min(processCpu),
                median(processCpu),
                max(processCpu),
                min(threadCpu),
                median(threadCpu),
                max(threadCpu),
                min(second),
                median(second),
                max(second),
                min(beforeMain),
                median(beforeMain),
                max(beforeMain));
    }

    private static List<Double> column(List<double[]> rows, int index) {
        List<Double> values = new ArrayList<>();
        for (double[] row : rows) {
            values.add(row[index]);
        }
        return values;
    }

    /** In the child JVM: the measured part. Prints "wall processCpu threadCpu secondCall beforeMain" (ms). */
    private static void child(PrintStream out) {
        Sample sample = new Sample();
        try (AugnoClient client = AugnoClient.fromEnvironment()) {
            ApiKeyInfo first = client.auth().apiKeys().get(KEY_ID);
            sample.firstResponse();
            long secondStart = System.nanoTime();
            ApiKeyInfo again = client.auth().apiKeys().get(KEY_ID);
            long secondCall = System.nanoTime() - secondStart;
            if (!first.id().equals(again.id())) {
                throw new IllegalStateException("unexpected response");
            }
            sample.print(out, secondCall);
        }
    }

    /**
     * In the child JVM: the baseline. The same request with bare OkHttp and Jackson (the mapper set
     * up as the SDK's: snake case, java.time, unknown fields tolerated), the key read from the
     * environment; what any Java client pays before the SDK adds anything.
     */
    private static void bareChild(PrintStream out) throws IOException {
        Sample sample = new Sample();
        String key = Objects.requireNonNull(System.getenv("AUGNO_API_KEY"), "AUGNO_API_KEY");
        String url = Objects.requireNonNull(System.getenv("AUGNO_BASE_URL"), "AUGNO_BASE_URL") + "/v1/auth/api-keys/"
                + KEY_ID;
        OkHttpClient http = new OkHttpClient.Builder().followRedirects(false).build();
        ObjectReader reader = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build()
                .readerFor(BenchApiKey.class);
        Request request = new Request.Builder()
                .url(url)
                .header("Authorization", "Bearer " + key)
                .header("Accept", "application/json")
                .build();
        BenchApiKey first;
        try (Response response = http.newCall(request).execute()) {
            first = reader.readValue(response.body().bytes());
        }
        sample.firstResponse();
        long secondStart = System.nanoTime();
        BenchApiKey again;
        try (Response response = http.newCall(request).execute()) {
            again = reader.readValue(response.body().bytes());
        }
        long secondCall = System.nanoTime() - secondStart;
        if (!Objects.equals(first.id, again.id)) {
            throw new IllegalStateException("unexpected response");
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        sample.print(out, secondCall);
    }

    /** One child's counters, started at the first line of its {@code main}. */
    private static final class Sample {
        private final long mainAtMillis = System.currentTimeMillis();
        private final long start = System.nanoTime();
        private final long cpuStart = processCpuNanos();
        private final long threadCpuStart = threadCpuNanos();
        private long wall;
        private long cpu;
        private long threadCpu;

        /** Marks the end of the first response. */
        void firstResponse() {
            wall = System.nanoTime() - start;
            cpu = processCpuNanos() - cpuStart;
            threadCpu = threadCpuNanos() - threadCpuStart;
        }

        /**
         * Prints "wall processCpu threadCpu secondCall beforeMain" in milliseconds, then the number
         * of classes loaded (at the time of printing, after the second call).
         */
        void print(PrintStream out, long secondCallNanos) {
            long beforeMain =
                    mainAtMillis - ManagementFactory.getRuntimeMXBean().getStartTime();
            out.printf(
                    Locale.ROOT,
                    "%.3f %.3f %.3f %.3f %d %d%n",
                    wall / 1e6,
                    cpu / 1e6,
                    threadCpu / 1e6,
                    secondCallNanos / 1e6,
                    beforeMain,
                    ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
        }
    }

    /** CPU time of the calling thread, in nanoseconds. */
    private static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** CPU time of the whole process (all threads), in nanoseconds. */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0L;
    }

    private static String runChild(String baseUrl, String mode) throws IOException, InterruptedException {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(
                java, "-cp", System.getProperty("java.class.path"), FromEnvironmentColdStart.class.getName(), mode);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("AUGNO_"));
        env.put("AUGNO_SECRET", "env://AUGNO_API_KEY");
        // A new fake key per sample: the canned server does not check it.
        env.put("AUGNO_API_KEY", BenchKeys.newKey(KeyMode.SANDBOX, 32));
        env.put("AUGNO_BASE_URL", baseUrl);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        String last = "";
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                last = line.trim();
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException("the child JVM failed");
        }
        return last;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double min(List<Double> values) {
        return Collections.min(values);
    }

    private static double max(List<Double> values) {
        return Collections.max(values);
    }
}
