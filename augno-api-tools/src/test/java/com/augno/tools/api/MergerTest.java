package com.augno.tools.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.tools.api.ApiDescription.Field;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Disagreements are reported and decided by the stated rules; a recorded decision wins. */
class MergerTest {

    @Test
    void theOpenApiStatusWinsAndTheDisagreementIsReported() {
        ApiDescription go = Fixtures.goFixture();
        ApiDescription openApi = Fixtures.openApiFixture();
        String patched = Fixtures.resource("openapi/fixture.json")
                .replace(
                        "\"200\": {\"description\": \"ok\", \"content\": {\"application/json\": {\"schema\": {\"$ref\": \"#/components/schemas/Unit\"}}}},\n          \"4XX\"",
                        "\"203\": {\"description\": \"ok\", \"content\": {\"application/json\": {\"schema\": {\"$ref\": \"#/components/schemas/Unit\"}}}},\n          \"4XX\"");
        assertThat(patched).isNotEqualTo(Fixtures.resource("openapi/fixture.json"));
        openApi = OpenApiImporter.importDocument(patched, "patched");

        Merger.Outcome merged = Merger.merge(go, openApi, Decisions.none());

        assertThat(Fixtures.operation(merged.description(), "catalog.units.get").status())
                .isEqualTo(203);
        assertThat(merged.report()).contains("| `catalog.units.get` | status | 200 (inferred) | 203 (taken) |");
    }

    @Test
    void aDecisionWinsOverBothSources() {
        Decisions decisions =
                Decisions.read("{\"status\": {\"catalog.units.get\": {\"value\": 200, \"reason\": \"seen live\"}},"
                        + " \"nullable\": {\"Unit.name\": {\"value\": true, \"reason\": \"seen live\"}}}");

        Merger.Outcome merged = Merger.merge(Fixtures.goFixture(), Fixtures.openApiFixture(), decisions);

        assertThat(merged.description().models().get("Unit").fields())
                .contains(new Field("name", "string", true, true, false, false));
        assertThat(merged.report()).contains("decision true: seen live");
        assertThat(merged.description().sources()).isEqualTo(Map.of("go", "fixture", "openapi", "fixture.json"));
    }
}
