package com.augno.tools.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.tools.api.ApiDescription.Field;
import com.augno.tools.api.ApiDescription.Result;
import org.junit.jupiter.api.Test;

/** The OpenAPI front end on the vendored MIT preview document (118 operations). */
class OpenApiPreviewTest {

    private final ApiDescription d =
            OpenApiImporter.importDocument(Fixtures.resource("openapi/openapi-preview.json"), "openapi-preview.json");

    @Test
    void everyOperationIsRead() {
        assertThat(d.apiVersion()).isEqualTo("1.0.forge-preview.1");
        assertThat(d.operations()).hasSize(118);
    }

    @Test
    void statusesListsAndEmptyObjects() {
        assertThat(Fixtures.operation(d, "core.sandboxes.delete").status()).isEqualTo(202);
        assertThat(Fixtures.operation(d, "sales.customers.actions.merge").status())
                .isEqualTo(200);
        assertThat(Fixtures.operation(d, "auth.apiKeys.create").status()).isEqualTo(201);
        assertThat(Fixtures.operation(d, "auth.apiKeys.list").result()).isEqualTo(new Result("list", "APIKey"));
        assertThat(Fixtures.operation(d, "catalog.units.delete").result()).isEqualTo(new Result("empty", null));
        assertThat(Fixtures.operation(d, "auth.apiKeys.list").include()).containsExactly("role", "role.permissions");
    }

    @Test
    void nullableExpandableAndClearableFields() {
        assertThat(d.models().get("APIKey").fields())
                .contains(
                        new Field("last_used_at", "datetime", true, true, false, false),
                        new Field("role", "Role", true, true, true, false));
        assertThat(d.models().values().stream()
                        .flatMap(m -> m.fields().stream())
                        .filter(Field::clearable))
                .hasSize(23);
    }
}
