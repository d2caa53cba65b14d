package com.augno.sdk.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * One cold start, measured in this fresh JVM: the first {@code fetch()} of {@link
 * AwsColdStartBenchmark} for the HTTP client named by the first argument. Prints one line: the
 * variant, wall milliseconds, and CPU milliseconds of the calling thread (class loading and
 * initialisation happen there, so this figure suffers less from a busy machine than wall time).
 *
 * <p>Run it round-robin over the variants in fresh JVMs so that changing machine load hits them
 * alike; see {@code docs/benchmarks.md}.
 */
public final class AwsColdStartMain {
    private AwsColdStartMain() {}

    /** Measures one cold start; {@code args[0]} is a variant of {@link AwsColdStartBenchmark#httpClient}. */
    public static void main(String[] args) throws Exception {
        AwsColdStartBenchmark bench = new AwsColdStartBenchmark();
        bench.httpClient = args.length > 0 ? args[0] : "provider-default";
        bench.startServer();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        bench.firstFetch();
        long wall = System.nanoTime() - t0;
        long cpu = threads.getCurrentThreadCpuTime() - cpu0;
        bench.stop();
        // The one output of a measuring main, not library code.
        System.out.println(
                String.format(Locale.ROOT, "%s wall_ms=%.1f cpu_ms=%.1f", bench.httpClient, wall / 1e6, cpu / 1e6));
    }
}
