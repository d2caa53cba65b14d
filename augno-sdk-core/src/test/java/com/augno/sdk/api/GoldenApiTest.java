package com.augno.sdk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.sdk.AugnoClient;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The golden test of issue 17: the generated classes offer what the hand-written classes of the
 * first 32 operations offered. {@code golden/handwritten-api.txt} is the public API of those
 * hand-written classes, dumped by {@link PublicApiDump} before they were deleted (and
 * {@link AugnoClient}'s accessors that reached them). {@code golden/deliberate-differences.txt}
 * lists every type renamed and every member the generated API does not offer; each is in {@code
 * CHANGELOG.md}. The test fails on an undeclared difference and on a declared one that no longer
 * exists, so the list stays exact. What the generated API offers beyond the old one is not a
 * difference.
 */
class GoldenApiTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final Pattern RENAME = Pattern.compile("^rename (\\w+)\\.([\\w.]+) -> ([\\w.]+)$");

    @Test
    void generatedApiOffersWhatTheHandWrittenApiOffered() throws IOException {
        List<String> handWritten = read("handwritten-api.txt");
        Declared declared = Declared.read(read("deliberate-differences.txt"));

        TreeSet<String> generated = new TreeSet<>();
        Map<String, String> typesOfHandWritten = new LinkedHashMap<>();
        for (String line : handWritten) {
            if (line.startsWith("client#")) {
                continue;
            }
            String group = line.substring(0, line.indexOf('.'));
            String top = line.substring(line.indexOf('.') + 1).split("[#.:]", 2)[0];
            if (declared.removedTypes.contains(group + "." + top)) {
                continue;
            }
            String head = declared.rename(group + "." + top);
            typesOfHandWritten.putIfAbsent(head, head);
        }
        List<String> missingTypes = new ArrayList<>();
        for (String head : typesOfHandWritten.keySet()) {
            String group = head.substring(0, head.indexOf('.'));
            String simple = head.substring(head.indexOf('.') + 1);
            String target = declared.targets.getOrDefault(head, "com.augno.sdk.api." + group + "." + simple);
            Class<?> type = load(target);
            if (type == null) {
                missingTypes.add(head + " -> " + target);
                continue;
            }
            generated.addAll(PublicApiDump.lines(group, type));
        }
        generated.addAll(clientPaths());

        TreeSet<String> missing = new TreeSet<>();
        for (String line : handWritten) {
            String renamed = declared.rename(line);
            if (!generated.contains(renamed) && !declared.removesTypeOf(line)) {
                missing.add(renamed);
            }
        }
        assertThat(missingTypes)
                .as("hand-written types with no generated counterpart")
                .isEmpty();
        TreeSet<String> undeclared = new TreeSet<>(missing);
        undeclared.removeAll(declared.removed);
        TreeSet<String> stale = new TreeSet<>(declared.removed);
        stale.removeAll(missing);
        // The undeclared differences, one per line, ready to review and paste into the list.
        Files.write(Path.of("target", "golden-undeclared.txt"), undeclared, StandardCharsets.UTF_8);
        assertThat(undeclared)
                .as("differences to the hand-written API that golden/deliberate-differences.txt does not list")
                .isEmpty();
        assertThat(stale)
                .as("listed differences that are no longer differences (drop them from the list and CHANGELOG)")
                .isEmpty();
    }

    /** How the old client accessors are reached now: {@code client#customers(): CustomerService} lines. */
    private static List<String> clientPaths() {
        List<String> out = new ArrayList<>();
        for (java.lang.reflect.Method m : AugnoClient.class.getMethods()) {
            if (m.getParameterCount() == 0 && m.getDeclaringClass() == AugnoClient.class) {
                out.add("client#" + m.getName() + "(): " + PublicApiDump.render(m.getGenericReturnType()));
            }
        }
        return out;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, GoldenApiTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static List<String> read(String file) throws IOException {
        return Files.readAllLines(GOLDEN.resolve(file), StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    /** The deliberate differences: renamed types (with where they live now) and removed members. */
    static final class Declared {
        final Map<String, String> targets = new LinkedHashMap<>();
        final Map<Pattern, String> renames = new LinkedHashMap<>();
        final TreeSet<String> removed = new TreeSet<>();
        final TreeSet<String> removedTypes = new TreeSet<>();

        static Declared read(List<String> lines) {
            Declared d = new Declared();
            for (String l : lines) {
                String line = l.replaceAll("\\s+//.*$", "");
                Matcher r = RENAME.matcher(line);
                if (r.matches()) {
                    String target = r.group(3);
                    String simple = target.contains(".") ? target.substring(target.lastIndexOf('.') + 1) : target;
                    String fq = target.contains(".") ? target : "com.augno.sdk.api." + r.group(1) + "." + target;
                    d.targets.put(r.group(1) + "." + simple, fq);
                    d.renames.put(Pattern.compile("\\b" + Pattern.quote(r.group(2)) + "\\b"), simple);
                } else if (line.startsWith("- type ")) {
                    d.removedTypes.add(line.substring("- type ".length()).strip());
                } else if (line.startsWith("- ")) {
                    d.removed.add(line.substring(2).strip());
                } else {
                    throw new IllegalArgumentException("unreadable line in deliberate-differences.txt: " + l);
                }
            }
            return d;
        }

        boolean removesTypeOf(String line) {
            if (line.startsWith("client#")) {
                return false;
            }
            String group = line.substring(0, line.indexOf('.'));
            String top = line.substring(line.indexOf('.') + 1).split("[#.:]", 2)[0];
            return removedTypes.contains(group + "." + top);
        }

        String rename(String line) {
            String out = line;
            for (Map.Entry<Pattern, String> e : renames.entrySet()) {
                out = e.getKey().matcher(out).replaceAll(Matcher.quoteReplacement(e.getValue()));
            }
            return out;
        }
    }

    /**
     * Writes {@code golden/handwritten-api.txt} from the hand-written classes on the class path: run
     * once, with {@code -Daugno.golden.write=true}, before they were deleted. Kept for the record of
     * how the file was made; with the classes gone it has nothing to dump.
     */
    @Test
    void writeHandWrittenDump() throws IOException, URISyntaxException {
        if (!Boolean.getBoolean("augno.golden.write")) {
            return;
        }
        TreeSet<String> out = new TreeSet<>();
        for (String group : List.of("core", "sales", "catalog", "identity", "auth")) {
            for (URL dir : java.util.Collections.list(
                    GoldenApiTest.class.getClassLoader().getResources("com/augno/sdk/" + group))) {
                try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
                    for (Path f : files.sorted().toList()) {
                        String n = f.getFileName().toString();
                        if (n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class")) {
                            Class<?> c = Objects.requireNonNull(
                                    load("com.augno.sdk." + group + "." + n.replace(".class", "")));
                            if (java.lang.reflect.Modifier.isPublic(c.getModifiers())
                                    && !c.getSimpleName().endsWith("Test")) {
                                out.addAll(PublicApiDump.lines(group, c));
                            }
                        }
                    }
                }
            }
        }
        for (java.lang.reflect.Method m : AugnoClient.class.getMethods()) {
            String pkg = m.getReturnType().getPackageName();
            if (m.getParameterCount() == 0 && pkg.matches("com\\.augno\\.sdk\\.(core|sales|catalog|identity|auth)")) {
                out.add("client#" + m.getName() + "(): " + PublicApiDump.render(m.getGenericReturnType()));
            }
        }
        List<String> text = new ArrayList<>();
        text.add(
                "# The public API of the hand-written classes of the first 32 operations (packages com.augno.sdk.core,");
        text.add("# .sales, .catalog, .identity, .auth) and of AugnoClient's accessors to them, as dumped by");
        text.add("# PublicApiDump before they were deleted. GoldenApiTest compares the generated API with it.");
        text.addAll(out);
        Files.write(GOLDEN.resolve("handwritten-api.txt"), text, StandardCharsets.UTF_8);
    }
}
