package com.augno.tools.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** {@code api/overrides.json}: merged enums, placed types, clearable fields, and stale entries refused. */
class OverridesTest {

    private static final String DESCRIPTION = """
            {"format": 1, "apiVersion": "v", "sources": {}, "operations": [],
             "models": {
               "Customer": {"fields": [{"name": "edi_status", "type": "CustomerEdiStatus", "required": true,
                 "nullable": false, "expandable": false, "clearable": false}]},
               "UpdateCustomerRequest": {"fields": [
                 {"name": "edi_status", "type": "UpdateCustomerRequestEdiStatus", "required": false,
                  "nullable": false, "expandable": false, "clearable": false},
                 {"name": "lead_time_days", "type": "integer", "required": false, "nullable": false,
                  "expandable": false, "clearable": false},
                 {"name": "statuses", "type": "list<UpdateCustomerRequestEdiStatus>", "required": false,
                  "nullable": false, "expandable": false, "clearable": false}]}},
             "enums": {
               "CustomerEdiStatus": {"values": ["enabled", "disabled"]},
               "UpdateCustomerRequestEdiStatus": {"values": ["enabled", "paused"]}}}
            """;

    @Test
    void mergesEnumsRenamesEveryUseAndMarksClearableFields() throws IOException {
        Overrides o = Overrides.parse("""
                {"enums": {"EdiStatus": ["CustomerEdiStatus", "UpdateCustomerRequestEdiStatus"]},
                 "packages": {"EdiStatus": "sales"},
                 "clearable": ["UpdateCustomerRequest.lead_time_days"]}
                """);
        JsonNode out = new ObjectMapper().readTree(o.apply(DESCRIPTION));

        assertThat(out.path("enums").has("CustomerEdiStatus")).isFalse();
        assertThat(out.path("enums").path("EdiStatus").path("values").toString())
                .isEqualTo("[\"enabled\",\"disabled\",\"paused\"]");
        assertThat(out.at("/models/Customer/fields/0/type").asText()).isEqualTo("EdiStatus");
        assertThat(out.at("/models/UpdateCustomerRequest/fields/0/type").asText())
                .isEqualTo("EdiStatus");
        assertThat(out.at("/models/UpdateCustomerRequest/fields/2/type").asText())
                .isEqualTo("list<EdiStatus>");
        assertThat(out.at("/models/UpdateCustomerRequest/fields/1/clearable").asBoolean())
                .isTrue();
        assertThat(o.packages).containsEntry("EdiStatus", "sales");
    }

    @Test
    void aStaleOverrideFailsTheBuild() throws IOException {
        Overrides enums = Overrides.parse("{\"enums\": {\"X\": [\"NoSuchEnum\"]}}");
        assertThatThrownBy(() -> enums.apply(DESCRIPTION))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NoSuchEnum");
        Overrides clear = Overrides.parse("{\"clearable\": [\"Customer.nope\"]}");
        assertThatThrownBy(() -> clear.apply(DESCRIPTION))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Customer.nope");
    }

    @Test
    void noOverridesLeaveTheDescriptionAsItIs() throws IOException {
        assertThat(Overrides.NONE.apply(DESCRIPTION)).isEqualTo(DESCRIPTION);
    }
}
