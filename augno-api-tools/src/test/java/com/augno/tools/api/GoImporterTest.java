package com.augno.tools.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.tools.api.ApiDescription.Body;
import com.augno.tools.api.ApiDescription.Field;
import com.augno.tools.api.ApiDescription.Param;
import com.augno.tools.api.ApiDescription.Result;
import org.junit.jupiter.api.Test;

/** The Go front end reads each kind of fact from the fixture written in augno-go's layout. */
class GoImporterTest {

    private final ApiDescription d = Fixtures.goFixture();

    @Test
    void theServiceTreeGivesIdsAndGroups() {
        assertThat(d.operations())
                .extracting(ApiDescription.Operation::id)
                .containsExactly(
                        "catalog.units.actions.bulkUpsert",
                        "catalog.units.delete",
                        "catalog.units.get",
                        "catalog.units.list",
                        "catalog.units.update",
                        "core.jobs.get",
                        "identity.accounts.updateFavicon");
        assertThat(Fixtures.operation(d, "catalog.units.get").path()).isEqualTo("/v1/catalog/units/{id}");
    }

    @Test
    void resultKindsAndStatuses() {
        assertThat(Fixtures.operation(d, "catalog.units.list").result()).isEqualTo(new Result("list", "Unit"));
        assertThat(Fixtures.operation(d, "catalog.units.delete").result()).isEqualTo(new Result("empty", null));
        assertThat(Fixtures.operation(d, "catalog.units.actions.bulkUpsert").result())
                .isEqualTo(new Result("job", "Job"));
        assertThat(Fixtures.operation(d, "catalog.units.actions.bulkUpsert").status())
                .isEqualTo(202);
        // A GET answering a Job is the job itself, not a 202.
        assertThat(Fixtures.operation(d, "core.jobs.get").result()).isEqualTo(new Result("single", "Job"));
        assertThat(Fixtures.operation(d, "core.jobs.get").status()).isEqualTo(200);
    }

    @Test
    void rawBodiesInlineBodiesAndRoleTypes() {
        var favicon = Fixtures.operation(d, "identity.accounts.updateFavicon");
        assertThat(favicon.body()).isEqualTo(new Body("raw", null));
        assertThat(favicon.permission()).isEqualTo("role-type:admin");
        var bulk = Fixtures.operation(d, "catalog.units.actions.bulkUpsert");
        assertThat(bulk.body()).isEqualTo(new Body("json", "CatalogUnitActionBulkUpsertBody"));
        assertThat(d.models().get("CatalogUnitActionBulkUpsertBody").fields())
                .containsExactly(new Field("units", "list<UpdateUnitRequest>", true, false, false, false));
    }

    @Test
    void queryParametersKeepTheirWireNamesTypesAndOptionality() {
        assertThat(Fixtures.operation(d, "catalog.units.list").queryParams())
                .containsExactly(
                        new Param("limit", "integer", false), new Param("unit_group_ids", "list<string>", false));
    }

    @Test
    void patchFieldsDocumentedAsNullAreClearable() {
        assertThat(d.models().get("UpdateUnitRequest").fields())
                .containsExactly(
                        new Field("archived_at", "datetime", false, true, false, true),
                        new Field("name", "string", false, false, false, false));
    }
}
