package com.augno.sdk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The size rule (docs/development.md, "Architecture"): one job per class, so no hand-written main
 * source file of any module is over {@link #MAX_LINES} lines. Generated code (core's API classes,
 * under {@code target/}) is not looked at; tests, benchmarks' fixtures and {@code build-checks}
 * are not main code.
 */
class SourceSizeTest {
    /** About 400 lines is the aim; this is where a class must be split. */
    static final int MAX_LINES = 450;

    @Test
    void noHandWrittenMainSourceIsOverTheLimit() throws IOException {
        // Surefire runs in the module's directory; the repository root is its parent.
        Path root = Path.of("").toAbsolutePath().getParent();
        if (root == null || !Files.isRegularFile(root.resolve("pom.xml"))) {
            Assumptions.abort("not inside the repository");
            return;
        }
        TreeMap<String, Long> oversized = new TreeMap<>();
        List<Path> modules;
        try (Stream<Path> list = Files.list(root)) {
            modules = list.sorted().collect(Collectors.toList());
        }
        for (Path module : modules) {
            Path main = module.resolve("src/main/java");
            if (String.valueOf(module.getFileName()).equals("build-checks") || !Files.isDirectory(main)) {
                continue;
            }
            List<Path> sources;
            try (Stream<Path> files = Files.walk(main)) {
                sources = files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList());
            }
            for (Path f : sources) {
                long lines = lines(f);
                if (lines > MAX_LINES) {
                    oversized.put(root.relativize(f).toString().replace('\\', '/'), lines);
                }
            }
        }
        Set<String> known = Set.of(KnownViolations.OVERSIZED);
        TreeMap<String, Long> unexpected = new TreeMap<>(oversized);
        unexpected.keySet().removeAll(known);
        assertThat(unexpected)
                .as("over " + MAX_LINES + " lines: split by job (docs/development.md, \"Architecture\")")
                .isEmpty();
        Set<String> stale = new TreeSet<>(known);
        stale.removeAll(oversized.keySet());
        assertThat(stale)
                .as("now small enough: remove from KnownViolations.OVERSIZED")
                .isEmpty();
    }

    private static long lines(Path file) {
        try {
            List<String> all = Files.readAllLines(file);
            return all.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
