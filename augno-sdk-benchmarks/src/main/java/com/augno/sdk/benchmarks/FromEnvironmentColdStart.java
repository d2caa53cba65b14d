package com.augno.sdk.benchmarks;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.auth.ApiKeyInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cold start of {@link AugnoClient#fromEnvironment()}: in a fresh JVM, the time from the first line
 * of {@code main} to the first typed response ({@code client.apiKeys().get(id)}), with the
 * environment provider: the secret reference ({@code AUGNO_SECRET=env://AUGNO_API_KEY}), the key
 * and the base URL come from the child's environment, as docs/configuration.md describes. That
 * covers the settings lookup, the runtime guard, the provider, the key cache's first fetch, the
 * OkHttp client, Jackson, one loopback exchange and the decode. A second call on the same client is
 * timed for comparison.
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
    private FromEnvironmentColdStart() {}

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
        int samples = args.length >= 1 ? Integer.parseInt(args[0]) : 10;
        List<Double> wall = new ArrayList<>();
        List<Double> processCpu = new ArrayList<>();
        List<Double> threadCpu = new ArrayList<>();
        List<Double> second = new ArrayList<>();
        List<Double> beforeMain = new ArrayList<>();
        try (CannedServer server = new CannedServer(CannedServer.API_KEY_JSON)) {
            for (int i = 0; i < samples; i++) {
                String[] f = runChild(server.baseUrl()).split(" ", -1);
                wall.add(Double.parseDouble(f[0]));
                processCpu.add(Double.parseDouble(f[1]));
                threadCpu.add(Double.parseDouble(f[2]));
                second.add(Double.parseDouble(f[3]));
                beforeMain.add(Double.parseDouble(f[4]));
            }
        }
        System.out.printf(
                Locale.ROOT,
                "AugnoClient.fromEnvironment() cold start: samples=%d java=%s cores=%d%n"
                        + "| what | min | median | max |%n|---|---:|---:|---:|%n"
                        + "| main to first response, wall (ms) | %.0f | %.0f | %.0f |%n"
                        + "| main to first response, process CPU, all threads (ms) | %.0f | %.0f | %.0f |%n"
                        + "| main to first response, CPU of the calling thread (ms) | %.0f | %.0f | %.0f |%n"
                        + "| second call, same client, wall (ms) | %.1f | %.1f | %.1f |%n"
                        + "| JVM start to main, wall (ms) | %.0f | %.0f | %.0f |%n",
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

    /** In the child JVM: the measured part. Prints "wall processCpu threadCpu secondCall beforeMain" (ms). */
    private static void child(PrintStream out) {
        long mainAtMillis = System.currentTimeMillis();
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        long threadCpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        try (AugnoClient client = AugnoClient.fromEnvironment()) {
            ApiKeyInfo first = client.apiKeys().get("apke_eiylmwr6q7oz");
            long wall = System.nanoTime() - start;
            long cpu = processCpuNanos() - cpuStart;
            long threadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadCpuStart;
            long secondStart = System.nanoTime();
            ApiKeyInfo again = client.apiKeys().get("apke_eiylmwr6q7oz");
            long secondCall = System.nanoTime() - secondStart;
            if (!first.id().equals(again.id())) {
                throw new IllegalStateException("unexpected response");
            }
            long beforeMain =
                    mainAtMillis - ManagementFactory.getRuntimeMXBean().getStartTime();
            out.printf(
                    Locale.ROOT,
                    "%.3f %.3f %.3f %.3f %d%n",
                    wall / 1e6,
                    cpu / 1e6,
                    threadCpu / 1e6,
                    secondCall / 1e6,
                    beforeMain);
        }
    }

    /** CPU time of the whole process (all threads), in nanoseconds. */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0L;
    }

    private static String runChild(String baseUrl) throws IOException, InterruptedException {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(
                java, "-cp", System.getProperty("java.class.path"), FromEnvironmentColdStart.class.getName(), "child");
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("AUGNO_"));
        env.put("AUGNO_SECRET", "env://AUGNO_API_KEY");
        env.put("AUGNO_API_KEY", freshKey());
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

    /** A sandbox-shaped fake key, new for every sample (the canned server does not check it). */
    private static String freshKey() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder("aug_sk_").append("test_");
        for (int i = 0; i < 32; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
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
