package com.augno.tools.api;

import com.augno.tools.api.ApiDescription.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The committed fixtures, read from the test class path. */
final class Fixtures {

    private Fixtures() {}

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ApiDescription goFixture() {
        return GoImporter.importFiles(
                Map.of("fixture.go", resource("go/fixture.go")), "1.0.forge-preview.3", "fixture");
    }

    static ApiDescription openApiFixture() {
        return OpenApiImporter.importDocument(resource("openapi/fixture.json"), "fixture.json");
    }

    static Operation operation(ApiDescription d, String id) {
        return d.operations().stream()
                .filter(o -> o.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no operation " + id + " in " + d.operations()));
    }
}
