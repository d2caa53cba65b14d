package com.augno.tools.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The importer's command line: builds the committed description from augno-go's sources at a
 * commit and an OpenAPI 3 document, and writes the disagreement report.
 *
 * <pre>
 * --go-repo=DIR --go-commit=SHA --openapi=FILE --out=api/augno-api.json --report=api/import-report.md
 * </pre>
 *
 * <p>Decisions that override either source are read from {@code api/decisions.json} when it
 * exists next to the output.
 */
public final class ImportMain {

    /** The {@code Augno-Version} augno-go 8113601 sends. */
    static final String API_VERSION = "1.0.forge-preview.3";

    private ImportMain() {}

    /**
     * Runs the import.
     *
     * @param args {@code --name=value} options, see the class comment
     * @throws IOException when a source cannot be read or an output written
     * @throws InterruptedException when interrupted while running git
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> opts = new LinkedHashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (!a.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("expected --name=value, got " + a);
            }
            opts.put(a.substring(2, eq), a.substring(eq + 1));
        }
        String commit = required(opts, "go-commit");
        ApiDescription go = GoImporter.importFiles(
                GitFiles.goFiles(Path.of(required(opts, "go-repo")), commit), API_VERSION, "augno-go@" + commit);
        Path openApiFile = Path.of(required(opts, "openapi"));
        ApiDescription openApi = OpenApiImporter.importDocument(
                Files.readString(openApiFile, StandardCharsets.UTF_8),
                openApiFile.getFileName().toString());
        Path out = Path.of(required(opts, "out"));
        Path decisionsFile = out.resolveSibling("decisions.json");
        Decisions decisions = Files.exists(decisionsFile)
                ? Decisions.read(Files.readString(decisionsFile, StandardCharsets.UTF_8))
                : Decisions.none();
        Merger.Outcome merged = Merger.merge(go, openApi, decisions);
        Files.writeString(out, DescriptionJson.write(merged.description()), StandardCharsets.UTF_8);
        Files.writeString(Path.of(required(opts, "report")), merged.report(), StandardCharsets.UTF_8);
        System.out.println(
                "wrote " + out + ": " + merged.description().operations().size() + " operations, "
                        + merged.description().models().size() + " models, "
                        + merged.description().enums().size()
                        + " enums");
    }

    private static String required(Map<String, String> opts, String name) {
        String v = opts.get(name);
        if (v == null) {
            throw new IllegalArgumentException("missing --" + name + "=...");
        }
        return v;
    }
}
