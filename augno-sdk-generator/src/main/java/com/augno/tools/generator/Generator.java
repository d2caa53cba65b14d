package com.augno.tools.generator;

import com.augno.tools.api.ApiDescription;
import com.augno.tools.api.ApiDescription.Operation;
import com.augno.tools.api.DescriptionJson;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Generates the typed API classes of augno-sdk-core from {@code api/augno-api.json}: run by Maven at
 * {@code generate-sources}. Deterministic (sorted input, no clock, no network): the same description
 * always gives the same files.
 */
public final class Generator {

    private Generator() {}

    /**
     * Generates.
     *
     * @param args the description file and the output source directory (emptied first)
     * @throws IOException when the description cannot be read or a file written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 3) {
            throw new IllegalArgumentException(
                    "usage: Generator <api/augno-api.json> <output source directory> [<SDK version>]");
        }
        Path description = Path.of(args[0]);
        // The override file sits next to the description (api/overrides.json); without one the
        // description is generated as it is.
        Path overrideFile = description.resolveSibling("overrides.json");
        Overrides overrides = Files.exists(overrideFile)
                ? Overrides.parse(Files.readString(overrideFile, StandardCharsets.UTF_8))
                : Overrides.NONE;
        ApiDescription api =
                DescriptionJson.read(overrides.apply(Files.readString(description, StandardCharsets.UTF_8)));
        Path out = Path.of(args[1]);
        clean(out);
        List<JavaFile> files = files(api, overrides);
        for (JavaFile f : files) {
            f.writeTo(out, StandardCharsets.UTF_8);
        }
        if (args.length == 3) {
            // The SDK's version as a constant, for the User-Agent: reading a resource at start-up
            // costs the first call a jar lookup and a URL connection.
            sdkVersion(args[2]).writeTo(out, StandardCharsets.UTF_8);
        }
        for (String pkg : packages(files)) {
            Path dir = out.resolve(pkg.replace('.', '/'));
            Files.writeString(
                    dir.resolve("package-info.java"),
                    "/** Generated from api/augno-api.json: the {@code "
                            + pkg.substring(pkg.lastIndexOf('.') + 1)
                            + "} group of the Augno API. */\n@NullMarked\npackage "
                            + pkg + ";\n\nimport org.jspecify.annotations.NullMarked;\n",
                    StandardCharsets.UTF_8);
        }
    }

    static List<String> packages(List<JavaFile> files) {
        return files.stream().map(JavaFile::packageName).distinct().sorted().toList();
    }

    /**
     * Every generated file, in a stable order.
     *
     * @param api the description
     * @return the files
     */
    public static List<JavaFile> files(ApiDescription api) {
        return files(api, Overrides.NONE);
    }

    static List<JavaFile> files(ApiDescription api, Overrides overrides) {
        Layout layout = new Layout(api, overrides.packages);
        checkNames(layout);
        Types types = new Types(layout);
        ModelWriter models = new ModelWriter(layout, types);
        ParamsWriter params = new ParamsWriter(layout, types);
        ServiceWriter services = new ServiceWriter(layout, types, overrides.services);
        List<JavaFile> files = new ArrayList<>();
        layout.responseModels.forEach(m -> files.add(models.model(m)));
        layout.inputModels.forEach(m -> files.add(params.input(m)));
        layout.enumPackage.keySet().forEach(e -> files.add(models.openEnum(e)));
        for (Layout.ServiceSpec s : layout.services.values()) {
            if (overrides.services.containsKey(s.path)) {
                // Hand-written (overrides.json "services"): the parent's accessor returns that class.
                continue;
            }
            files.add(services.service(s));
            if (!s.include.isEmpty()) {
                files.add(services.include(s));
            }
            for (Operation op : s.operations) {
                if (layout.paramsClassName.containsKey(op.id())) {
                    files.add(params.params(op, s));
                }
            }
        }
        files.sort(Comparator.comparing((JavaFile f) -> f.packageName())
                .thenComparing(f -> f.typeSpec().name()));
        return files;
    }

    private static void checkNames(Layout layout) {
        for (Map.Entry<String, List<String>> e : layout.classNames().entrySet()) {
            Set<String> seen = new HashSet<>();
            for (String n : e.getValue()) {
                if (!seen.add(n)) {
                    throw new IllegalStateException("two generated classes named " + e.getKey() + "." + n
                            + "; rename one in the generator's Layout");
                }
            }
        }
    }

    private static void clean(Path out) throws IOException {
        if (!Files.exists(out)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(out)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** The class holding the SDK's version, in the package of the {@code User-Agent} code. */
    static JavaFile sdkVersion(String version) {
        if (version.isBlank() || version.startsWith("${")) {
            throw new IllegalArgumentException("not a version: " + version);
        }
        TypeSpec type = TypeSpec.classBuilder("SdkVersion")
                .addModifiers(Modifier.FINAL)
                .addJavadoc("Not API. The SDK's version, written by the generator from the build's version.\n")
                .addField(FieldSpec.builder(String.class, "VALUE", Modifier.STATIC, Modifier.FINAL)
                        .initializer("$S", version)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .build();
        return JavaFile.builder("com.augno.sdk.internal.http", type)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }
}
