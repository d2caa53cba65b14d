package com.augno.tools.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.tools.api.ApiDescription.Field;
import com.augno.tools.api.ApiDescription.Operation;
import com.augno.tools.api.ApiDescription.Param;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The committed {@code api/augno-api.json} is well formed: what the generator relies on. */
class CommittedDescriptionTest {

    private static final Set<String> PRIMITIVES =
            Set.of("string", "datetime", "date", "decimal", "integer", "number", "boolean", "any");

    private final ApiDescription d = read();

    private static ApiDescription read() {
        try {
            return DescriptionJson.read(
                    Files.readString(Path.of("..", "api", "augno-api.json"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("api/augno-api.json is missing", e);
        }
    }

    @Test
    void describesPreview3WithAll370OperationsIn111Services() {
        assertThat(d.apiVersion()).isEqualTo("1.0.forge-preview.3");
        assertThat(d.operations()).hasSize(370);
        assertThat(d.operations().stream().map(Operation::service).distinct()).hasSize(111);
        assertThat(d.operations().stream().map(Operation::id).distinct()).hasSize(370);
        assertThat(d.operations().stream().filter(o -> o.result().kind().equals("job")))
                .hasSize(10);
    }

    @Test
    void everyTypeNamedIsDefined() {
        List<String> undefined = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Operation o : d.operations()) {
            for (Param p : o.queryParams()) {
                check(p.type(), o.id(), undefined);
            }
            if (o.body() != null && o.body().model() != null) {
                check(o.body().model(), o.id(), undefined);
            }
            if (o.result().model() != null) {
                check(o.result().model(), o.id(), undefined);
            }
        }
        d.models().forEach((name, m) -> {
            for (Field f : m.fields()) {
                check(f.type(), name + "." + f.name(), undefined);
                assertThat(seen.add(name + "." + f.name())).isTrue();
            }
        });
        assertThat(undefined).isEmpty();
    }

    @Test
    void writingWhatWasReadGivesTheSameText() throws IOException {
        String text = Files.readString(Path.of("..", "api", "augno-api.json"), StandardCharsets.UTF_8);
        assertThat(DescriptionJson.write(DescriptionJson.read(text))).isEqualTo(text);
    }

    private void check(String type, String where, List<String> undefined) {
        String t = Expansions.elementType(type);
        if (!PRIMITIVES.contains(t) && !d.models().containsKey(t) && !d.enums().containsKey(t)) {
            undefined.add(where + ": " + type);
        }
    }
}
