package com.augno.sdk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The public API of every published module, as a committed dump ({@code <module>/api/<module>.api})
 * compared with what the packaged jar offers, so that every change to the public surface shows up in
 * review.
 *
 * <p>The dump is {@code javap -protected} of every public type outside {@code internal} packages,
 * sorted by type name. After a deliberate change, rewrite the dumps with {@code ./mvnw -B verify -pl
 * augno-sdk-it -am -Daugno.api.update=true} (or the full build) and commit them with the change.
 */
class PublicApiIT {
    private static final Path ROOT =
            Paths.get(System.getProperty("augno.root", "..")).toAbsolutePath().normalize();
    private static final String VERSION = System.getProperty("augno.version", "0.1.0-SNAPSHOT");
    private static final boolean UPDATE = Boolean.getBoolean("augno.api.update");
    private static final int BATCH = 400;

    @Test
    void everyPublishedModulesPublicApiMatchesItsCommittedDump() throws IOException {
        List<String> changed = new ArrayList<>();
        for (String module : PublishedModules.NAMES.keySet()) {
            Path jar = ROOT.resolve(module).resolve("target").resolve(module + "-" + VERSION + ".jar");
            assertThat(jar).as("packaged jar of %s", module).exists();
            String dump = dump(jar);
            Path committed = ROOT.resolve(module).resolve("api").resolve(module + ".api");
            String before = Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
            if (dump.equals(before)) {
                continue;
            }
            if (UPDATE) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, dump, StandardCharsets.UTF_8);
            } else {
                changed.add(module + ": " + firstDifference(before, dump));
            }
        }
        assertThat(changed)
                .as("The public API changed. If the change is deliberate, rewrite the dumps with"
                        + " `./mvnw -B verify -pl augno-sdk-it -am -Daugno.api.update=true`, commit them and"
                        + " list the change in CHANGELOG.md")
                .isEmpty();
    }

    /** {@code javap -protected} of the jar's public types outside internal packages, sorted. */
    static String dump(Path jar) throws IOException {
        List<String> classes = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry e : (Iterable<JarEntry>) file.stream()::iterator) {
                String name = e.getName();
                if (!name.endsWith(".class")
                        || name.startsWith("META-INF/")
                        || name.contains("/internal/")
                        || name.endsWith("module-info.class")
                        || name.endsWith("package-info.class")) {
                    continue;
                }
                classes.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
            }
        }
        classes.sort(null);
        ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow();
        Map<String, String> blocks = new TreeMap<>();
        for (int from = 0; from < classes.size(); from += BATCH) {
            List<String> args = new ArrayList<>(List.of("-protected", "-cp", jar.toString()));
            args.addAll(classes.subList(from, Math.min(classes.size(), from + BATCH)));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int rc = javap.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
            assertThat(rc).as("javap on %s: %s", jar.getFileName(), err).isZero();
            parse(out.toString(), blocks);
        }
        // A public nested type of a non-public type is not reachable.
        Set<String> types = new TreeSet<>(blocks.keySet());
        types.removeIf(t -> t.contains("$") && !blocks.containsKey(t.substring(0, t.lastIndexOf('$'))));
        StringBuilder sb = new StringBuilder();
        for (String t : types) {
            sb.append(blocks.get(t)).append('\n');
        }
        return sb.toString();
    }

    /** Splits javap's output into one block per public type, keyed by its binary name. */
    private static void parse(String javapOutput, Map<String, String> blocks) {
        String header = null;
        StringBuilder block = new StringBuilder();
        for (String line : javapOutput.split("\n", -1)) {
            if (line.startsWith("Compiled from") || line.isEmpty()) {
                continue;
            }
            if (header == null) {
                header = line;
                block.setLength(0);
            }
            block.append(line).append('\n');
            if (line.equals("}")) {
                if (header.startsWith("public ")) {
                    blocks.put(typeName(header), block.toString());
                }
                header = null;
            }
        }
    }

    /** The binary name in a javap header such as {@code public final class a.B<T> extends ...}. */
    private static String typeName(String header) {
        String[] words = header.split(" ");
        for (int i = 0; i < words.length - 1; i++) {
            if (words[i].equals("class")
                    || words[i].equals("interface")
                    || words[i].equals("enum")
                    || words[i].equals("record")) {
                String name = words[i + 1];
                int generic = name.indexOf('<');
                return generic < 0 ? name : name.substring(0, generic);
            }
        }
        throw new IllegalStateException("unexpected javap header: " + header);
    }

    private static String firstDifference(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<end>";
            String y = i < b.length ? b[i] : "<end>";
            if (!x.equals(y)) {
                return "line " + (i + 1) + ": committed `" + x + "`, jar `" + y + "`";
            }
        }
        return "no line differs";
    }
}
