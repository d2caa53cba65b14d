package com.augno.sdk.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@code main} class of the test class path in a new JVM: for tests that change process-wide
 * state (system properties the guard reads, Android stubs on the class path). The child uses the
 * same {@code java} ({@code java.home}) and the test class path, plus what the test adds in front.
 */
final class ChildJvm {
    private static final long TIMEOUT_SECONDS = 40;

    private ChildJvm() {}

    /** The child's exit code and its output (stdout and stderr together). */
    static final class Result {
        final int exitCode;
        final String output;

        Result(int exitCode, String output) {
            this.exitCode = exitCode;
            this.output = output;
        }

        /** Returns the output lines that start with {@code prefix}, without the prefix. */
        List<String> linesStartingWith(String prefix) {
            List<String> lines = new ArrayList<>();
            for (String line : output.split("\\R")) {
                if (line.startsWith(prefix)) {
                    lines.add(line.substring(prefix.length()));
                }
            }
            return lines;
        }
    }

    static Result run(Class<?> main, List<Path> classPathFirst, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath(classPathFirst));
        command.add(main.getName());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] bytes;
        try (InputStream in = process.getInputStream()) {
            bytes = in.readAllBytes();
        }
        assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS))
                .as("child JVM finished within %s s", TIMEOUT_SECONDS)
                .isTrue();
        return new Result(process.exitValue(), new String(bytes, StandardCharsets.UTF_8));
    }

    // Surefire may start the test JVM from a manifest-only jar; it then publishes the real class path.
    private static String classPath(List<Path> first) {
        String testClassPath = System.getProperty("surefire.test.class.path");
        if (testClassPath == null || testClassPath.isBlank()) {
            testClassPath = System.getProperty("java.class.path");
        }
        StringBuilder sb = new StringBuilder();
        for (Path p : first) {
            sb.append(p.toAbsolutePath()).append(File.pathSeparator);
        }
        return sb.append(testClassPath).toString();
    }
}
