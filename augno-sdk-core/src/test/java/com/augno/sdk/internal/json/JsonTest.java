package com.augno.sdk.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.sdk.model.ApiObject;
import com.augno.sdk.model.OpenEnum;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    /** An open enum as typed models declare one. */
    static final class Status extends OpenEnum<Status.Known> {
        enum Known {
            ACTIVE,
            REVOKED
        }

        static final Status ACTIVE = of("active");

        private Status(String value) {
            super(value, Known.class);
        }

        @JsonCreator
        static Status of(String value) {
            return new Status(value);
        }
    }

    /** A model with a snake_case field, a timestamp, a decimal and an open enum. */
    static final class Model extends ApiObject {
        public String redactedValue = "";
        public OffsetDateTime createdAt = OffsetDateTime.MIN;
        public BigDecimal ratio = BigDecimal.ZERO;
        public Status status = Status.ACTIVE;
    }

    @Test
    void unknownOpenEnumValueKeepsItsRawStringAndHasNoKnownConstant() throws Exception {
        Model m = Json.mapper().readValue("{\"status\":\"frozen\"}", Model.class);
        assertThat(m.status.value()).isEqualTo("frozen");
        assertThat(m.status.known()).isEmpty();
        assertThat(Json.mapper()
                        .readValue("{\"status\":\"revoked\"}", Model.class)
                        .status
                        .known())
                .contains(Status.Known.REVOKED);
        assertThat(Status.of("active")).isEqualTo(Status.ACTIVE).hasSameHashCodeAs(Status.ACTIVE);
        assertThat(Json.mapper().writeValueAsString(Map.of("s", Status.of("frozen"))))
                .isEqualTo("{\"s\":\"frozen\"}");
    }

    @Test
    void snakeCaseTimestampsDecimalsAndUnknownFieldsAreKept() throws Exception {
        Model m = Json.mapper()
                .readValue(
                        "{\"redacted_value\":\"r\",\"created_at\":\"2026-11-28T03:00:00Z\",\"ratio\":\"0.333333333333333333\","
                                + "\"brand_new\":{\"a\":1}}",
                        Model.class);
        assertThat(m.redactedValue).isEqualTo("r");
        assertThat(m.createdAt).isEqualTo(OffsetDateTime.parse("2026-11-28T03:00:00Z"));
        assertThat(m.ratio).isEqualTo(new BigDecimal("0.333333333333333333"));
        assertThat(m.additionalProperties()).containsOnlyKeys("brand_new");
        JsonNode written = Json.mapper().valueToTree(m);
        assertThat(written.get("brand_new").get("a").asInt()).isEqualTo(1);
        assertThat(written.get("created_at").asText()).isEqualTo("2026-11-28T03:00:00Z");
    }
}
