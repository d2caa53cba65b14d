package com.augno.sdk.runtime.teavm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the JavaScript that TeaVM compiled from {@link GuardEntryPoint} (the real core classes) with
 * Node.js: a browser-like runtime, where the guard must refuse.
 */
class TeaVmGuardTest {

    @Test
    void guardCompiledToJavaScriptRefusesAsTeaVm() throws Exception {
        Path script = Paths.get(System.getProperty("augno.teavm.script", "target/teavm/guard.js"))
                .toAbsolutePath();
        assertThat(script).as("TeaVM output (built in process-classes)").exists();

        String output = runNode(script);

        assertThat(output)
                .as("output of node running the TeaVM build")
                .startsWith("REFUSED rule=BROWSER ")
                .contains("os.name=\"TeaVM\"")
                .contains("a browser-like runtime")
                .contains("docs/security.md")
                .contains("There is no setting that turns this check off");
    }

    @Test
    void teaVmBuildContainsTheRealGuardAndNoLoggingLibrary() throws Exception {
        String js = Files.readString(Paths.get(System.getProperty("augno.teavm.script", "target/teavm/guard.js")));

        // The real decision code was compiled (its message text is there), SLF4J was not reachable.
        assertThat(js).contains("There is no setting that turns this check off").doesNotContain("org.slf4j");
    }

    private static String runNode(Path script) throws IOException, InterruptedException {
        String node = findNode();
        String program = "require(" + jsString(script.toString()) + ").main([]);";
        Process process = new ProcessBuilder(List.of(node, "-e", program))
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        byte[] bytes;
        try (InputStream in = process.getInputStream()) {
            bytes = in.readAllBytes();
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS))
                .as("node finished within 30 s")
                .isTrue();
        String output = new String(bytes, StandardCharsets.UTF_8).trim();
        assertThat(process.exitValue()).as("node exit code, output: %s", output).isZero();
        return output;
    }

    private static String findNode() {
        String configured = System.getProperty("augno.node");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator, -1)) {
                Path candidate = Paths.get(dir, "node");
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        throw new AssertionError("Node.js (node) is needed to run the TeaVM build: put it on PATH or pass"
                + " -Daugno.node=/path/to/node");
    }

    private static String jsString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
