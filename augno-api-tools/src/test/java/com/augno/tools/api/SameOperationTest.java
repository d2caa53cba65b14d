package com.augno.tools.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.tools.api.ApiDescription.Model;
import com.augno.tools.api.ApiDescription.Operation;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both front ends describe the same operation alike: the importer's main promise. */
class SameOperationTest {

    private final ApiDescription go = Fixtures.goFixture();
    private final ApiDescription openApi = Fixtures.openApiFixture();

    @ParameterizedTest
    @ValueSource(strings = {"catalog.units.get", "catalog.units.update"})
    void goAndOpenApiGiveTheSameOperation(String id) {
        Operation fromGo = Fixtures.operation(go, id);
        Operation fromOpenApi = Fixtures.operation(openApi, id);

        // Permissions are documented only in augno-go's comments; everything else must agree.
        assertThat(withoutPermission(fromGo)).isEqualTo(withoutPermission(fromOpenApi));
        assertThat(fromGo.permission()).isEqualTo(id.endsWith("get") ? "units:read" : "units:update");
    }

    @Test
    void goAndOpenApiGiveTheSameModelsAndEnumsForThoseOperations() {
        for (String name : new String[] {"Unit", "Owner", "Account", "UpdateUnitRequest"}) {
            Model fromGo = go.models().get(name);
            assertThat(fromGo).as(name).isNotNull().isEqualTo(openApi.models().get(name));
        }
        assertThat(go.enums().get("UnitType")).isEqualTo(openApi.enums().get("UnitType"));
        assertThat(go.enums().get("OwnerType")).isEqualTo(openApi.enums().get("OwnerType"));
    }

    @Test
    void theMergeOfTwoAgreeingSourcesReportsNoDisagreement() {
        Merger.Outcome merged = Merger.merge(go, openApi, Decisions.none());

        assertThat(merged.report()).contains("shared (same method and path): 2");
        Map<String, Model> reachable = new TreeMap<>(merged.description().models());
        assertThat(reachable.get("Unit")).isEqualTo(go.models().get("Unit"));
        assertThat(merged.report()).doesNotContain("| `catalog.units.get` |", "| `Unit.");
    }

    private static Operation withoutPermission(Operation o) {
        return new Operation(
                o.id(),
                o.group(),
                o.service(),
                o.name(),
                o.method(),
                o.path(),
                o.pathParams(),
                o.queryParams(),
                o.body(),
                o.include(),
                null,
                o.status(),
                o.result());
    }
}
