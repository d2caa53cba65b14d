package com.augno.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Compiles every {@code ```java} block of {@code README.md} and {@code docs/*.md} against the test class path, so a
 * sample that drifts from the real API fails the build with the block's file:line.
 *
 * <p>Each block becomes its own class. A block that declares a type (a class, record, interface or enum, possibly
 * annotated) becomes a static nested type; any other block becomes the body of {@code void sample() throws
 * Exception}. Variables a snippet assumes (a {@code client}, a {@code store}) are declared by an HTML comment on the
 * line right before the fence, e.g. {@code <!-- sample-context: AugnoClient client; WritableSecretStore store -->};
 * they become fields. A block that is not Java on purpose uses another fence language ({@code ```text}).
 *
 * <p>Then every block is <b>run</b>, so a sample that compiles but throws (a missing required field, a wrong
 * call order) fails the build too. Context variables are set by {@link SampleContext}: a client wired to a fresh
 * {@code FakeAugnoServer}, an {@code InMemorySecretStore}, a logger, ids that exist on the fake; {@code
 * AugnoClient.fromEnvironment()} is pointed at the fake. A block that declares test classes is run through the
 * JUnit launcher. A block that cannot run here (it needs AWS, Google, or values only a real deployment has) is
 * marked on a line right before the fence (or before its {@code sample-context} line) with
 * {@code <!-- sample-compile-only: the reason -->}; the test reports how many blocks ran and how many were only
 * compiled.
 */
class DocSamplesTest {

    private static final List<String> IMPORTS = List.of(
            "com.augno.sdk.*",
            "com.augno.sdk.secrets.*",
            "com.augno.sdk.errors.*",
            "com.augno.sdk.runtime.*",
            "com.augno.sdk.http.*",
            "com.augno.sdk.observability.*",
            "com.augno.sdk.micrometer.*",
            "com.augno.sdk.keys.*",
            "com.augno.sdk.auth.*",
            "com.augno.sdk.api.identity.*",
            "com.augno.sdk.api.core.*",
            "com.augno.sdk.api.sales.*",
            "com.augno.sdk.api.catalog.*",
            "com.augno.sdk.testing.*",
            "com.augno.sdk.secrets.aws.*",
            "com.augno.sdk.secrets.gcp.*",
            "com.augno.sdk.secrets.azure.*",
            "com.augno.sdk.secrets.vault.*",
            "java.math.*",
            "java.util.*",
            "java.time.*",
            "java.nio.file.*",
            "java.util.concurrent.*",
            "org.junit.jupiter.api.*",
            "org.junit.jupiter.api.extension.*",
            "org.slf4j.Logger",
            "static org.assertj.core.api.Assertions.*");

    private static final Pattern CONTEXT = Pattern.compile("^\\s*<!--\\s*sample-context:(.*)-->\\s*$");
    private static final Pattern COMPILE_ONLY = Pattern.compile("^\\s*<!--\\s*sample-compile-only:(.*)-->\\s*$");
    private static final Pattern TYPE_DECLARATION =
            Pattern.compile("^(?:@[\\w.]+(?:\\([^)]*\\))?\\s+)*(?:(?:public|final|abstract|static|sealed)\\s+)*"
                    + "(class|record|interface|enum)\\s");

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void everyJavaBlockInTheDocsCompilesAndRuns(@TempDir Path out, @TempDir Path keys) throws Exception {
        Path root = repositoryRoot();
        List<Block> blocks = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .forEach(files::add);
        }
        for (Path file : files) {
            blocks.addAll(javaBlocks(root, file));
        }
        assertThat(blocks).as("```java blocks in README.md and docs/*.md").isNotEmpty();

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler)
                .as("the JDK compiler (run the tests on a JDK, not a JRE)")
                .isNotNull();
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            units.add(wrap(blocks.get(i), "DocSample" + i));
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files2 =
                compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of(
                    "--release",
                    "17",
                    "-proc:none",
                    "-nowarn",
                    "-Xlint:none",
                    "-classpath",
                    System.getProperty("java.class.path"),
                    "-d",
                    out.toString());
            boolean ok = compiler.getTask(null, files2, diagnostics, options, null, units)
                    .call();
            List<String> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() != Diagnostic.Kind.ERROR) {
                    continue;
                }
                errors.add(describe(d));
            }
            if (!ok || !errors.isEmpty()) {
                fail(errors.size() + " compile error(s) in documentation samples (" + blocks.size()
                        + " blocks compiled):\n\n" + String.join("\n\n", errors));
            }
        }
        runAll(blocks, out, keys);
    }

    private static void runAll(List<Block> blocks, Path out, Path keys) throws Exception {
        List<String> failures = new ArrayList<>();
        List<String> compileOnly = new ArrayList<>();
        int ran = 0;
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {out.toUri().toURL()}, DocSamplesTest.class.getClassLoader())) {
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                String where = block.file + ":" + block.fenceLine;
                if (block.compileOnly != null) {
                    if (block.compileOnly.isBlank()) {
                        failures.add(where + ": sample-compile-only needs a reason");
                    }
                    compileOnly.add(where + " (" + block.compileOnly.strip() + ")");
                    continue;
                }
                Class<?> wrapper = loader.loadClass("docsamples.DocSample" + i);
                try (SampleContext context = new SampleContext(keys)) {
                    String failure = run(wrapper, context);
                    if (failure != null) {
                        failures.add(where + ": " + failure);
                    }
                } catch (Throwable t) {
                    failures.add(where + ": " + describe(t));
                }
                ran++;
            }
        }
        String summary = "documentation samples: " + blocks.size() + " compiled, " + ran + " ran, " + compileOnly.size()
                + " compile-only:\n  " + String.join("\n  ", compileOnly);
        System.out.println(summary);
        if (!failures.isEmpty()) {
            fail(failures.size() + " documentation sample(s) failed when run (" + summary + ")\n\n"
                    + String.join("\n\n", failures));
        }
        assertThat(ran).as(summary).isGreaterThan(compileOnly.size());
    }

    /** Runs one wrapper: its test classes through JUnit, or its {@code sample()} body; returns a failure or null. */
    private static @Nullable String run(Class<?> wrapper, SampleContext context) throws Throwable {
        List<Class<?>> testClasses = new ArrayList<>();
        for (Class<?> nested : wrapper.getDeclaredClasses()) {
            for (Method m : nested.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Test.class)) {
                    testClasses.add(nested);
                    break;
                }
            }
        }
        Constructor<?> constructor = wrapper.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object instance = constructor.newInstance();
        for (Field field : wrapper.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                field.set(instance, context.provide(field.getName(), field.getType()));
            }
        }
        if (!testClasses.isEmpty()) {
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(testClasses.stream()
                            .map(DiscoverySelectors::selectClass)
                            .toList())
                    .build();
            LauncherFactory.create().execute(request, listener);
            TestExecutionSummary result = listener.getSummary();
            if (result.getTestsFoundCount() == 0) {
                return "its test class has no test JUnit can run";
            }
            if (result.getTotalFailureCount() > 0) {
                StringBuilder sb = new StringBuilder("its test failed:");
                result.getFailures().forEach(f -> sb.append("\n    ").append(describe(f.getException())));
                return sb.toString();
            }
            return null;
        }
        Method sample = wrapper.getDeclaredMethod("sample");
        sample.setAccessible(true);
        try {
            sample.invoke(instance);
        } catch (InvocationTargetException e) {
            return "threw " + describe(e.getCause());
        }
        return null;
    }

    private static String describe(Throwable t) {
        StackTraceElement at = null;
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("docsamples.")) {
                at = e;
                break;
            }
        }
        return t.getClass().getName() + ": " + t.getMessage() + (at == null ? "" : " (at " + at + ")");
    }

    private static String describe(Diagnostic<? extends JavaFileObject> d) {
        String message = d.getMessage(Locale.ROOT);
        if (!(d.getSource() instanceof Unit unit)) {
            return message;
        }
        long line = d.getLineNumber();
        Block block = unit.block;
        int bodyLine = (int) line - unit.firstBodyLine;
        String where;
        if (bodyLine >= 0 && bodyLine < block.lines.size()) {
            where = block.file + ":" + (block.firstLine + bodyLine) + " (block at " + block.file + ":" + block.fenceLine
                    + ")\n    " + block.lines.get(bodyLine).strip();
        } else {
            where = block.file + ":" + block.fenceLine + " (in the generated wrapper, line " + line + ")";
        }
        return where + "\n    " + message.replace("\n", "\n    ");
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve(".mvn"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "no directory containing .mvn above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static List<Block> javaBlocks(Path root, Path file) throws IOException {
        List<Block> blocks = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return blocks;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String name = root.relativize(file).toString().replace('\\', '/');
        for (int i = 0; i < lines.size(); i++) {
            String fence = lines.get(i).strip();
            if (!fence.startsWith("```")) {
                continue;
            }
            String language = fence.substring(3).strip();
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).strip().startsWith("```")) {
                end++;
            }
            if (language.equals("java")) {
                String context = "";
                String compileOnly = null;
                for (int j = i - 1; j >= 0 && j >= i - 2; j--) {
                    Matcher m = CONTEXT.matcher(lines.get(j));
                    Matcher c = COMPILE_ONLY.matcher(lines.get(j));
                    if (m.matches()) {
                        context = m.group(1).strip();
                    } else if (c.matches()) {
                        compileOnly = c.group(1).strip();
                    } else {
                        break;
                    }
                }
                blocks.add(new Block(name, i + 1, i + 2, List.copyOf(lines.subList(i + 1, end)), context, compileOnly));
            }
            i = end;
        }
        return blocks;
    }

    private static Unit wrap(Block block, String className) {
        StringBuilder source = new StringBuilder("package docsamples;\n");
        for (String imp : IMPORTS) {
            source.append("import ").append(imp).append(";\n");
        }
        source.append("@SuppressWarnings(\"all\")\nclass ").append(className).append(" {\n");
        for (String declaration : block.context.split(";")) {
            if (!declaration.isBlank()) {
                source.append("    ").append(declaration.strip()).append(";\n");
            }
        }
        boolean declaresType = TYPE_DECLARATION.matcher(firstCode(block.lines)).find();
        if (!declaresType) {
            source.append("    void sample() throws Exception {\n");
        }
        int firstBodyLine = (int) source.chars().filter(c -> c == '\n').count() + 1;
        boolean madeStatic = false;
        for (String line : block.lines) {
            if (declaresType && !madeStatic) {
                Matcher m = Pattern.compile("^(\\s*(?:@\\S+\\s+)*(?:public\\s+|final\\s+|abstract\\s+)*)class\\s")
                        .matcher(line);
                if (m.find()) {
                    line = m.group(1) + "static class " + line.substring(m.end());
                    madeStatic = true;
                }
            }
            source.append(line).append('\n');
        }
        if (!declaresType) {
            source.append("    }\n");
        }
        source.append("}\n");
        return new Unit(className, source.toString(), block, firstBodyLine);
    }

    /** The block's text without leading blank lines and line comments. */
    private static String firstCode(List<String> lines) {
        StringBuilder code = new StringBuilder();
        for (String line : lines) {
            String s = line.strip();
            if (code.length() == 0 && (s.isEmpty() || s.startsWith("//"))) {
                continue;
            }
            code.append(s).append('\n');
        }
        return code.toString();
    }

    private record Block(
            String file,
            int fenceLine,
            int firstLine,
            List<String> lines,
            String context,
            @Nullable String compileOnly) {}

    private static final class Unit extends SimpleJavaFileObject {
        final String code;
        final Block block;
        final int firstBodyLine;

        Unit(String className, String code, Block block, int firstBodyLine) {
            super(URI.create("string:///docsamples/" + className + ".java"), Kind.SOURCE);
            this.code = code;
            this.block = block;
            this.firstBodyLine = firstBodyLine;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
