package com.augno.sdk.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The inputs each hand-written route declares ({@link Inputs}) are those of its operation in
 * {@code api/augno-api.json}: the same query parameters, body fields, nullability and required
 * fields, except for the leniency listed here.
 */
class RouteInputsTest {
    /** Non-nullable in the description, but the Go SDK's docs and the older spec let a PATCH clear them. */
    private static final Map<String, Set<String>> CLEARABLE_IN_THE_FAKE = Map.of(
            "PATCH /v1/sales/customers/{id}", Set.of("default_sales_rep_id", "lead_time_days", "receive_calendar_id"));

    private static JsonNode description() throws IOException {
        return new ObjectMapper()
                .readTree(Files.readString(Path.of("..", "api", "augno-api.json"), StandardCharsets.UTF_8));
    }

    @Test
    void everyRouteAcceptsWhatItsOperationDeclares() throws IOException {
        JsonNode d = description();
        Map<String, JsonNode> operations = new TreeMap<>();
        for (JsonNode op : d.get("operations")) {
            operations.put(op.get("method").asText() + " " + op.get("path").asText(), op);
        }
        Router router = new FakeEngine(Clock.systemUTC(), 20, 100, true).router();

        assertThat(router.routes()).hasSizeGreaterThan(30);
        for (Route route : router.routes()) {
            JsonNode op = operations.get(route.key);
            assertThat(op).as("operation of %s", route.key).isNotNull();
            Set<String> query = new TreeSet<>();
            op.get("queryParams").forEach(q -> query.add(q.get("name").asText()));
            query.remove("include");
            assertThat(new TreeSet<>(route.inputs.query))
                    .as("query of %s", route.key)
                    .isEqualTo(query);
            JsonNode body = op.get("body");
            boolean jsonBody = body != null && body.has("model");
            assertThat(route.inputs.hasBody).as("body of %s", route.key).isEqualTo(jsonBody);
            if (!jsonBody) {
                continue;
            }
            Map<String, String> declared = new TreeMap<>();
            for (JsonNode f : d.get("models").get(body.get("model").asText()).get("fields")) {
                String name = f.get("name").asText();
                boolean required = f.get("required").asBoolean();
                boolean nullable = f.get("nullable").asBoolean()
                        || CLEARABLE_IN_THE_FAKE
                                .getOrDefault(route.key, Set.of())
                                .contains(name);
                declared.put(name, (required ? "required" : "optional") + (nullable ? ", nullable" : ""));
            }
            Map<String, String> accepted = new TreeMap<>();
            route.inputs.body.forEach((name, f) ->
                    accepted.put(name, (f.required ? "required" : "optional") + (f.nullable ? ", nullable" : "")));
            assertThat(accepted).as("body fields of %s", route.key).isEqualTo(declared);
        }
    }
}
