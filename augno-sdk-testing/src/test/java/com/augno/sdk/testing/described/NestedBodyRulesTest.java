package com.augno.sdk.testing.described;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.sdk.testing.FakeAugnoServer;
import com.augno.sdk.testing.described.DescribedRequests.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Objects and lists of objects inside a described request body are checked like its top level:
 * required fields, {@code null} on non-nullable fields and unknown fields, with {@code param} as the
 * path the API writes ({@code lines[1].quantity.unit_id}).
 */
class NestedBodyRulesTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String ORDERS = "/v1/sales/sales-orders";

    private final FakeAugnoServer server = FakeAugnoServer.builder().build().start();
    private final DescribedRequests http = new DescribedRequests(server, server.adminKey());

    @AfterEach
    void stop() {
        server.close();
    }

    private static ObjectNode line(String product) {
        ObjectNode l = F.objectNode();
        l.put("product_id", product);
        l.putObject("quantity").put("unit_id", "un_each").put("value", "4");
        return l;
    }

    private static ObjectNode order() {
        ObjectNode o = F.objectNode();
        o.put("buyer_account_id", "ac_000000000001");
        o.put("bill_to_address_id", "ad_hq");
        o.put("ship_to_address_id", "ad_dock");
        o.put("priority_code", "normal");
        o.putArray("lines").add(line("pr_valve")).add(line("pr_gasket"));
        return o;
    }

    private static ObjectNode secondLine(ObjectNode order) {
        return (ObjectNode) order.get("lines").get(1);
    }

    private static void assertError(Answer a, String code, String param) {
        assertThat(a.status()).as(a.body().toString()).isEqualTo(400);
        JsonNode e = a.body().path("error");
        assertThat(e.path("code").asText()).isEqualTo(code);
        assertThat(e.path("param").asText()).isEqualTo(param);
    }

    @Test
    void aValidOrderWithLinesIsCreated() {
        Answer a = http.send("POST", ORDERS, order());

        assertThat(a.status()).as(a.body().toString()).isEqualTo(201);
    }

    @Test
    void aMissingRequiredFieldOfAListedObjectIsNamedByIndex() {
        ObjectNode o = order();
        secondLine(o).remove("product_id");

        assertError(http.send("POST", ORDERS, o), "missing_field", "lines[1].product_id");
    }

    @Test
    void aMissingRequiredFieldTwoLevelsDownIsNamedByItsWholePath() {
        ObjectNode o = order();
        ((ObjectNode) secondLine(o).get("quantity")).remove("unit_id");

        assertError(http.send("POST", ORDERS, o), "missing_field", "lines[1].quantity.unit_id");
    }

    @Test
    void aNullOnANonNullableNestedFieldIsInvalidFormat() {
        ObjectNode o = order();
        secondLine(o).putNull("product_sku");

        assertError(http.send("POST", ORDERS, o), "invalid_format", "lines[1].product_sku");
    }

    @Test
    void anUnknownNestedFieldIsParameterUnknown() {
        ObjectNode o = order();
        ((ObjectNode) o.get("lines").get(0)).put("colour", "red");

        assertError(http.send("POST", ORDERS, o), "parameter_unknown", "lines[0].colour");
    }

    @Test
    void aListOfObjectsMustBeAnArrayOfObjects() {
        ObjectNode notAnArray = order();
        notAnArray.set("lines", line("pr_valve"));
        ObjectNode notAnObject = order();
        ((ArrayNode) notAnObject.get("lines")).add("pr_bolts");
        ObjectNode nullElement = order();
        ((ArrayNode) nullElement.get("lines")).addNull();

        assertError(http.send("POST", ORDERS, notAnArray), "invalid_format", "lines");
        assertError(http.send("POST", ORDERS, notAnObject), "invalid_format", "lines[2]");
        assertError(http.send("POST", ORDERS, nullElement), "invalid_format", "lines[2]");
    }
}
