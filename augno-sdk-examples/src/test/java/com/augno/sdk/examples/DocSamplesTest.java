package com.augno.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles every {@code ```java} block of {@code README.md} and {@code docs/*.md} against the test class path, so a
 * sample that drifts from the real API fails the build with the block's file:line.
 *
 * <p>Each block becomes its own class. A block that declares a type (a class, record, interface or enum, possibly
 * annotated) becomes a static nested type; any other block becomes the body of {@code void sample() throws
 * Exception}. Variables a snippet assumes (a {@code client}, a {@code store}) are declared by an HTML comment on the
 * line right before the fence, e.g. {@code <!-- sample-context: AugnoClient client; WritableSecretStore store -->};
 * they become fields initialised to null. Nothing is run: the samples only have to compile. A block that is not
 * Java on purpose uses another fence language ({@code ```text}).
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
            "com.augno.sdk.identity.*",
            "com.augno.sdk.core.*",
            "com.augno.sdk.sales.*",
            "com.augno.sdk.catalog.*",
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
    private static final Pattern TYPE_DECLARATION =
            Pattern.compile("^(?:@[\\w.]+(?:\\([^)]*\\))?\\s+)*(?:(?:public|final|abstract|static|sealed)\\s+)*"
                    + "(class|record|interface|enum)\\s");

    @Test
    void everyJavaBlockInTheDocsCompiles(@TempDir Path out) throws IOException {
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
                if (i > 0) {
                    Matcher m = CONTEXT.matcher(lines.get(i - 1));
                    if (m.matches()) {
                        context = m.group(1).strip();
                    }
                }
                blocks.add(new Block(name, i + 1, i + 2, List.copyOf(lines.subList(i + 1, end)), context));
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
                source.append("    ").append(declaration.strip()).append(" = null;\n");
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

    private record Block(String file, int fenceLine, int firstLine, List<String> lines, String context) {}

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
