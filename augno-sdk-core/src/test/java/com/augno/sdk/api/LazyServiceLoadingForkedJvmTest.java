package com.augno.sdk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the whole API generated (about 1,200 classes under {@code com.augno.sdk.api}), the first
 * call of one service loads that service, its group entry point and its models, and no other
 * service's classes: a fresh JVM logs every class it loads ({@code -Xlog:class+load}) while {@link
 * FirstCallChildMain} makes one call of {@code client.sales().priorities()}. Counted, not timed.
 * The same log shows whether the client started the JSON warm-up (two CPUs) or not (one).
 */
class LazyServiceLoadingForkedJvmTest {
    private static final Pattern LOADED = Pattern.compile("\\]\\s(\\S+) source: ");
    /** The group entry points and services of the API, generated and hand-written. */
    private static final Pattern SERVICE = Pattern.compile("com\\.augno\\.sdk\\.(?:api\\.\\w+\\.\\w+(?:Service|Api)"
            + "|(?:auth|identity|core|sales|catalog)\\.\\w+Service)");

    @TempDir
    Path dir;

    @Test
    void theFirstCallOfOneServiceLoadsNoOtherService() throws Exception {
        Path log = dir.resolve("classes.log");
        String output = runChild(log, "-XX:ActiveProcessorCount=2");
        assertThat(output).contains("RESULT pri_lazy");

        List<String> loaded = loadedClasses(log);
        TreeSet<String> services = new TreeSet<>();
        TreeSet<String> generated = new TreeSet<>();
        TreeSet<String> sdk = new TreeSet<>();
        for (String c : loaded) {
            if (SERVICE.matcher(c).matches()) {
                services.add(c);
            }
            if (c.startsWith("com.augno.sdk.api.") && !c.startsWith(FirstCallChildMain.class.getName())) {
                generated.add(c);
            }
            if (c.startsWith("com.augno.sdk.")) {
                sdk.add(c);
            }
        }
        long available = countGeneratedClasses();
        System.out.printf(
                "first call of sales().priorities(): %d classes loaded in all, %d of the SDK, %d of the %d"
                        + " generated API classes: %s%n",
                loaded.size(), sdk.size(), generated.size(), available, generated);

        assertThat(available).as("the whole API is generated").isGreaterThan(1000);
        assertThat(services)
                .as("services loaded by the first call of one service")
                .containsExactlyInAnyOrder(
                        "com.augno.sdk.api.sales.SalesApi", "com.augno.sdk.api.sales.PriorityService");
        assertThat(generated)
                .as("generated classes loaded: the group, the service, its model and the models that"
                        + " model refers to (Jackson resolves them when it builds the deserializer)")
                .hasSizeLessThan(60);
        assertThat(generated)
                .as("models reached only through a field the response did not send (priority.owner ->"
                        + " Owner -> Account -> Address) are not introspected: LazyModelDeserializer")
                .doesNotContain("com.augno.sdk.api.core.Account", "com.augno.sdk.api.core.Address");
    }

    @Test
    void theFirstClientSetsJacksonUpAlongsideOnlyWhenThereIsASecondCpu() throws Exception {
        // JsonWarmUp.start() loads its task class on the calling thread before it starts the thread.
        String task = "com.augno.sdk.internal.json.JsonWarmUp$Task";

        Path two = dir.resolve("two-cpus.log");
        assertThat(runChild(two, "-XX:ActiveProcessorCount=2")).contains("RESULT pri_lazy");
        assertThat(loadedClasses(two)).as("two CPUs: the warm-up starts").contains(task);

        Path one = dir.resolve("one-cpu.log");
        assertThat(runChild(one, "-XX:ActiveProcessorCount=1")).contains("RESULT pri_lazy");
        assertThat(loadedClasses(one))
                .as("one CPU: no warm-up thread, the call sets Jackson up itself")
                .contains("com.augno.sdk.internal.json.JsonWarmUp")
                .doesNotContain(task);
    }

    private static List<String> loadedClasses(Path log) throws IOException {
        List<String> loaded = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher m = LOADED.matcher(line);
            if (m.find()) {
                loaded.add(m.group(1));
            }
        }
        return loaded;
    }

    private String runChild(Path log, String processors) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add(processors);
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Xlog:class+load=info:file=" + log.toAbsolutePath());
        command.add("-cp");
        String cp = System.getProperty("surefire.test.class.path");
        command.add(cp == null || cp.isBlank() ? System.getProperty("java.class.path") : cp);
        command.add(FirstCallChildMain.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] bytes;
        try (InputStream in = process.getInputStream()) {
            bytes = in.readAllBytes();
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("child JVM finished")
                .isTrue();
        String output = new String(bytes, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    /** Counts the generated API classes on the class path (the compiled {@code com/augno/sdk/api}). */
    private static long countGeneratedClasses() throws IOException {
        Path classes = Paths.get("target", "classes", "com", "augno", "sdk", "api");
        if (!Files.isDirectory(classes)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class")).count();
        }
    }
}
