package com.augno.sdk.benchmarks.gcp;

import com.augno.sdk.SecretProviders;
import com.augno.sdk.secrets.SecretProvider;
import com.google.cloud.secretmanager.v1.AccessSecretVersionRequest;
import com.google.cloud.secretmanager.v1.AccessSecretVersionResponse;
import com.google.cloud.secretmanager.v1.SecretPayload;
import com.google.protobuf.ByteString;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.stub.ServerCalls;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;

/**
 * Measures the cold start of a {@code gcp-sm://} reference: in a fresh JVM, the time from the first
 * line of {@code main} to the end of the first {@code fetch()}, which includes loading the Google
 * client's classes, creating the client and its channel, connecting and the call; then a second,
 * warm fetch for comparison.
 *
 * <p>This process serves a minimal Secret Manager ({@code AccessSecretVersion} only) as plaintext
 * gRPC on a loopback port and runs each sample in a child JVM with the same class path, so that the
 * server's gRPC and Netty classes are not already loaded in the measured JVM. Loopback only.
 *
 * <pre>{@code
 * ./mvnw -B -q -pl augno-sdk-benchmarks -am package -DskipTests
 * ./mvnw -B -q -pl augno-sdk-benchmarks dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp augno-sdk-benchmarks/target/classes:$(cat augno-sdk-benchmarks/target/cp.txt) \
 *     com.augno.sdk.benchmarks.gcp.GcpColdStart 15
 * }</pre>
 */
public final class GcpColdStart {
    private static final String SERVICE = "google.cloud.secretmanager.v1.SecretManagerService";

    private GcpColdStart() {}

    /**
     * Runs the measurement: {@code args[0]} samples (default 10), each in a fresh JVM.
     *
     * @throws Exception if the server or a child JVM fails
     */
    @SuppressWarnings("SystemOut") // A command-line tool: its report goes to standard output.
    public static void main(String[] args) throws Exception {
        if (args.length >= 2 && args[0].equals("child")) {
            child(args[1], System.out);
            return;
        }
        int samples = args.length >= 1 ? Integer.parseInt(args[0]) : 10;
        Server server = startServer();
        try {
            String endpoint = "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getPort();
            List<Double> cold = new ArrayList<>();
            List<Double> warm = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            for (int i = 0; i < samples; i++) {
                String[] line = runChild(endpoint).split(" ");
                cold.add(Double.parseDouble(line[0]));
                warm.add(Double.parseDouble(line[1]));
                cpu.add(Double.parseDouble(line[2]));
            }
            System.out.printf(
                    Locale.ROOT,
                    "samples=%d java=%s cores=%d%nfirst fetch incl. client creation, wall (ms): min %.0f, median %.0f,"
                            + " max %.0f%nfirst fetch incl. client creation, process CPU (ms): min %.0f, median %.0f,"
                            + " max %.0f%nsecond fetch, same client, wall (ms): min %.1f, median %.1f, max %.1f%n",
                    samples,
                    System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(),
                    min(cold),
                    median(cold),
                    max(cold),
                    min(cpu),
                    median(cpu),
                    max(cpu),
                    min(warm),
                    median(warm),
                    max(warm));
        } finally {
            server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** In the child JVM: the measured part. Prints "coldMillis warmMillis". */
    private static void child(String endpoint, PrintStream out) {
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        try (SecretProvider provider =
                SecretProviders.fromUri("gcp-sm://projects/bench/secrets/augno/versions/latest?endpoint=" + endpoint)) {
            provider.fetch();
            long cold = System.nanoTime() - start;
            long coldCpu = processCpuNanos() - cpuStart;
            long warmStart = System.nanoTime();
            provider.fetch();
            long warm = System.nanoTime() - warmStart;
            out.printf(Locale.ROOT, "%.3f %.3f %.3f%n", cold / 1e6, warm / 1e6, coldCpu / 1e6);
        }
    }

    /** CPU time of the whole process (all threads), in nanoseconds. */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean
                ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime()
                : 0L;
    }

    private static String runChild(String endpoint) throws IOException, InterruptedException {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(
                java, "-cp", System.getProperty("java.class.path"), GcpColdStart.class.getName(), "child", endpoint);
        pb.environment().put("NO_GCE_CHECK", "true");
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

    private static Server startServer() throws IOException {
        // A random body: no key-shaped literal, and nothing secret.
        byte[] body = new byte[48];
        new SecureRandom().nextBytes(body);
        ByteString data = ByteString.copyFromUtf8(java.util.HexFormat.of().formatHex(body));
        CRC32C crc = new CRC32C();
        crc.update(data.toByteArray());
        AccessSecretVersionResponse response = AccessSecretVersionResponse.newBuilder()
                .setName("projects/bench/secrets/augno/versions/1")
                .setPayload(SecretPayload.newBuilder().setData(data).setDataCrc32C(crc.getValue()))
                .build();
        MethodDescriptor<AccessSecretVersionRequest, AccessSecretVersionResponse> access =
                MethodDescriptor.<AccessSecretVersionRequest, AccessSecretVersionResponse>newBuilder()
                        .setType(MethodDescriptor.MethodType.UNARY)
                        .setFullMethodName(MethodDescriptor.generateFullMethodName(SERVICE, "AccessSecretVersion"))
                        .setRequestMarshaller(ProtoUtils.marshaller(AccessSecretVersionRequest.getDefaultInstance()))
                        .setResponseMarshaller(ProtoUtils.marshaller(AccessSecretVersionResponse.getDefaultInstance()))
                        .build();
        ServerServiceDefinition service = ServerServiceDefinition.builder(SERVICE)
                .addMethod(access, ServerCalls.asyncUnaryCall((request, observer) -> {
                    observer.onNext(response);
                    observer.onCompleted();
                }))
                .build();
        return NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .addService(service)
                .build()
                .start();
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
