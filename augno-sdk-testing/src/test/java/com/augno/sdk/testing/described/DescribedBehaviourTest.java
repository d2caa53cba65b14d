package com.augno.sdk.testing.described;

import static org.assertj.core.api.Assertions.assertThat;

import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.testing.FakeAugnoServer;
import com.augno.sdk.testing.Fault;
import com.augno.sdk.testing.TestClock;
import com.augno.sdk.testing.described.DescribedRequests.Answer;
import com.augno.sdk.testing.internal.described.ApiDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the fake does for operations served from the API description: validation codes as the live
 * API answers them, rendering, {@code include}, cursor pages, {@code q}, jobs on the fake's clock,
 * status actions, and each account's own records.
 */
class DescribedBehaviourTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    private final TestClock clock = TestClock.at(START);
    private final FakeAugnoServer server = FakeAugnoServer.builder()
            .clock(clock)
            .jobDuration(Duration.ofSeconds(30))
            .build()
            .start();
    private final DescribedRequests http = new DescribedRequests(server, server.adminKey());

    @AfterEach
    void stop() {
        server.close();
    }

    private static ObjectNode productLine(String name) {
        ObjectNode b = F.objectNode();
        b.put("name", name);
        b.put("commission_policy", "commission_applied");
        b.put("freight_policy", "free_freight");
        b.put("unit_group_id", "ug_000000000001");
        return b;
    }

    private static void assertError(Answer a, int status, String code, String param) {
        assertThat(a.status()).as(a.body().toString()).isEqualTo(status);
        JsonNode e = a.body().path("error");
        assertThat(e.path("code").asText()).isEqualTo(code);
        assertThat(e.path("type").asText()).isEqualTo("invalid_request_error");
        if (param == null) {
            assertThat(e.path("param").isNull()).isTrue();
        } else {
            assertThat(e.path("param").asText()).isEqualTo(param);
        }
        assertThat(e.path("request_log_url").asText()).contains("/v1/core/request-logs/rq_");
    }

    @Test
    void aCreatedResourceIsRenderedFromItsModel() {
        Answer created = http.send("POST", "/v1/catalog/product-lines", productLine("Valves"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode pl = created.body();
        assertThat(pl.path("id").asText()).matches("prli_[0-9a-z]{12}");
        assertThat(pl.path("object").asText()).isEqualTo("product_line");
        assertThat(pl.path("name").asText()).isEqualTo("Valves");
        assertThat(pl.path("created_at").asText()).isEqualTo("2026-03-01T09:00:00Z");
        List<String> names = new ArrayList<>();
        pl.fieldNames().forEachRemaining(names::add);
        List<String> described = new ArrayList<>();
        ApiDescription.load().model("ProductLine").forEach(f -> described.add(f.name));
        assertThat(names).containsExactlyInAnyOrderElementsOf(described);
        assertThat(pl.path("owner").isNull()).as("expandable, not included").isTrue();
    }

    @Test
    void aMissingRequiredBodyFieldIsMissingField() {
        ObjectNode body = productLine("Valves");
        body.remove("name");
        assertError(http.send("POST", "/v1/catalog/product-lines", body), 400, "missing_field", "name");
    }

    @Test
    void anExplicitNullOnANonNullableFieldIsInvalidFormat() {
        ObjectNode body = productLine("Valves");
        body.putNull("name");
        assertError(http.send("POST", "/v1/catalog/product-lines", body), 400, "invalid_format", "name");
    }

    @Test
    void anUnknownBodyFieldIsRejected() {
        ObjectNode body = productLine("Valves");
        body.put("colour", "red");
        assertError(http.send("POST", "/v1/catalog/product-lines", body), 400, "parameter_unknown", "colour");
    }

    @Test
    void anUnknownQueryParameterIsParameterUnknown() {
        assertError(
                http.send("GET", "/v1/catalog/product-lines?colour=red", (byte[]) null),
                400,
                "parameter_unknown",
                "colour");
    }

    @Test
    void anEmptyPatchIsRejected() {
        String id = http.send("POST", "/v1/catalog/product-lines", productLine("Valves"))
                .body()
                .path("id")
                .asText();
        assertError(
                http.send("PATCH", "/v1/catalog/product-lines/" + id, F.objectNode()), 400, "validation_failed", null);
    }

    @Test
    void anIncludeTheOperationDoesNotOfferIsParameterInvalid() {
        assertError(
                http.send("GET", "/v1/catalog/product-lines?include=nonsense", (byte[]) null),
                400,
                "parameter_invalid",
                "include");
    }

    @Test
    void updateChangesFieldsAndDeleteLeavesAGoneResource() {
        String id = http.send("POST", "/v1/catalog/product-lines", productLine("Valves"))
                .body()
                .path("id")
                .asText();
        clock.advance(Duration.ofMinutes(5));

        Answer updated = http.send(
                "PATCH", "/v1/catalog/product-lines/" + id, F.objectNode().put("name", "Pumps"));
        assertThat(updated.body().path("name").asText()).isEqualTo("Pumps");
        assertThat(updated.body().path("updated_at").asText()).isEqualTo("2026-03-01T09:05:00Z");
        assertThat(http.send("GET", "/v1/catalog/product-lines/" + id, (byte[]) null)
                        .body()
                        .path("name")
                        .asText())
                .isEqualTo("Pumps");

        assertThat(http.send("DELETE", "/v1/catalog/product-lines/" + id, (byte[]) null)
                        .status())
                .isEqualTo(200);
        assertError(http.send("GET", "/v1/catalog/product-lines/" + id, (byte[]) null), 410, "resource_gone", null);
        assertError(
                http.send("GET", "/v1/catalog/product-lines/prli_000000000000", (byte[]) null),
                404,
                "resource_not_found",
                null);
    }

    @Test
    void listsPageWithCursorsAndSearchNames() {
        for (int i = 1; i <= 5; i++) {
            http.send("POST", "/v1/catalog/product-lines", productLine("Line " + i));
        }
        http.send("POST", "/v1/catalog/product-lines", productLine("Gaskets"));

        List<String> seen = new ArrayList<>();
        String url = "/v1/catalog/product-lines?limit=2&q=line";
        int pages = 0;
        while (url != null) {
            JsonNode page = http.send("GET", url, (byte[]) null).body();
            assertThat(page.path("object").asText()).isEqualTo("list");
            assertThat(page.path("data").size()).isLessThanOrEqualTo(2);
            page.path("data").forEach(pl -> seen.add(pl.path("name").asText()));
            JsonNode next = page.path("page_info").path("next_page_url");
            assertThat(page.path("page_info").path("has_next_page").asBoolean()).isEqualTo(!next.isNull());
            url = next.isNull() ? null : next.asText();
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("Line 5", "Line 4", "Line 3", "Line 2", "Line 1");
        assertError(
                http.send("GET", "/v1/catalog/product-lines?limit=0", (byte[]) null),
                400,
                "parameter_invalid",
                "limit");
        // Not a number: answered as the hand-written routes answer it, not as a server error.
        assertError(
                http.send("GET", "/v1/catalog/product-lines?limit=two", (byte[]) null), 400, "invalid_format", "limit");
        assertError(
                http.send("GET", "/v1/catalog/product-lines?cursor=bm90LWEtY3Vyc29y", (byte[]) null),
                400,
                "parameter_invalid",
                "cursor");
    }

    private String salesOrder() {
        ObjectNode body = F.objectNode();
        body.put("buyer_account_id", "ac_000000000001");
        body.put("bill_to_address_id", "ad_000000000001");
        body.put("ship_to_address_id", "ad_000000000002");
        body.put("priority_code", "normal");
        ObjectNode line = body.putArray("lines").addObject();
        line.put("product_id", "pr_000000000001");
        line.put("product_description", "Ball valve DN50");
        line.putObject("quantity").put("value", "4").put("unit_id", "un_000000000001");
        Answer a = http.send("POST", "/v1/sales/sales-orders", body);
        assertThat(a.status()).as(a.body().toString()).isEqualTo(201);
        return a.body().path("id").asText();
    }

    @Test
    void includeExpandsStoredSubObjectsAndChildRecords() {
        String id = salesOrder();
        ObjectNode extra = F.objectNode()
                .put("product_id", "pr_000000000002")
                .put("product_sku", "GK-10")
                .put("product_description", "Gasket");
        extra.putObject("quantity").put("value", "10").put("unit_id", "un_000000000001");
        assertThat(http.send("POST", "/v1/sales/sales-orders/" + id + "/lines", extra)
                        .status())
                .isEqualTo(201);

        JsonNode plain =
                http.send("GET", "/v1/sales/sales-orders/" + id, (byte[]) null).body();
        assertThat(plain.path("lines").isNull()).isTrue();

        JsonNode expanded = http.send("GET", "/v1/sales/sales-orders/" + id + "?include=lines", (byte[]) null)
                .body();
        JsonNode lines = expanded.path("lines");
        assertThat(lines.path("object").asText()).isEqualTo("list");
        List<String> descriptions = new ArrayList<>();
        lines.path("data").forEach(l -> {
            descriptions.add(l.path("product_description").asText());
            assertThat(l.path("object").asText()).isEqualTo("sales_order_line");
            assertThat(l.path("id").asText()).startsWith("saorli_");
            assertThat(l.path("product").isNull())
                    .as("lines.product not included")
                    .isTrue();
        });
        assertThat(descriptions).containsExactlyInAnyOrder("Ball valve DN50", "Gasket");

        JsonNode deeper = http.send("GET", "/v1/sales/sales-orders?include=lines,lines.product", (byte[]) null)
                .body();
        JsonNode product =
                deeper.path("data").path(0).path("lines").path("data").path(0).path("product");
        assertThat(product.isObject()).isTrue();
        assertThat(product.path("object").asText()).isEqualTo("product");
    }

    @Test
    void actionsChangeTheStatusTheirNameSays() {
        String id = salesOrder();
        Answer issued = http.send(
                "PUT",
                "/v1/sales/sales-orders/" + id + "/actions/issue",
                F.objectNode().put("notify_customer", false));
        assertThat(issued.body().path("status").asText())
                .as(issued.body().toString())
                .isEqualTo("issued");
        Answer unissued = http.send("PUT", "/v1/sales/sales-orders/" + id + "/actions/unissue", (byte[]) null);
        assertThat(unissued.body().path("status").asText()).isEqualTo("estimate");
        assertError(
                http.send(
                        "PUT",
                        "/v1/sales/sales-orders/saor_000000000000/actions/issue",
                        F.objectNode().put("notify_customer", false)),
                404,
                "resource_not_found",
                null);
    }

    @Test
    void aJobCompletesOnceItsDurationHasPassedOnTheFakeClock() {
        ObjectNode body = F.objectNode();
        body.putArray("units")
                .addObject()
                .put("name", "Pallet")
                .put("abbreviation", "plt")
                .put("type", "quantity")
                .put("is_base_unit", false)
                .put("ratio_numerator", "1")
                .put("ratio_denominator", "1")
                .put("offset_numerator", "0")
                .put("offset_denominator", "1");
        Answer accepted = http.send("POST", "/v1/catalog/units/actions/bulk-upsert", body);
        assertThat(accepted.status()).isEqualTo(202);
        String id = accepted.body().path("id").asText();
        assertThat(id).startsWith("jb_");
        assertThat(accepted.body().path("object").asText()).isEqualTo("job");
        assertThat(accepted.body().path("status").asText()).isEqualTo("created");
        assertThat(accepted.body().path("type").asText()).isEqualTo("bulk_upsert");
        assertThat(accepted.body().path("resource_type").asText()).isEqualTo("unit");

        clock.advance(Duration.ofSeconds(10));
        assertThat(job(id).path("status").asText()).isEqualTo("started");
        clock.advance(Duration.ofSeconds(20));
        JsonNode done = job(id);
        assertThat(done.path("status").asText()).isEqualTo("completed");
        assertThat(done.path("completed_at").asText()).isEqualTo("2026-03-01T09:00:30Z");

        String other = http.send("POST", "/v1/catalog/units/actions/bulk-upsert", body)
                .body()
                .path("id")
                .asText();
        Answer cancelled = http.send("POST", "/v1/core/jobs/" + other + "/cancel", (byte[]) null);
        assertThat(cancelled.body().path("status").asText()).isEqualTo("cancelled");
        clock.advance(Duration.ofMinutes(5));
        assertThat(job(other).path("status").asText()).isEqualTo("cancelled");
    }

    private JsonNode job(String id) {
        Answer a = http.send("GET", "/v1/core/jobs/" + id, (byte[]) null);
        assertThat(a.status()).isEqualTo(200);
        return a.body();
    }

    @Test
    void eachAccountHasItsOwnRecords() {
        String id = http.send("POST", "/v1/catalog/product-lines", productLine("Valves"))
                .body()
                .path("id")
                .asText();
        DescribedRequests production = new DescribedRequests(server, server.adminKey(KeyMode.PRODUCTION));
        assertThat(production
                        .send("GET", "/v1/catalog/product-lines/" + id, (byte[]) null)
                        .status())
                .isEqualTo(404);
        assertThat(production
                        .send("GET", "/v1/catalog/product-lines", (byte[]) null)
                        .body()
                        .path("data")
                        .size())
                .isZero();
    }

    @Test
    void seededRecordsAreServed() {
        String id = server.seed(KeyMode.SANDBOX, "/v1/messaging/notifications", java.util.Map.of("title", "Hello"));
        Answer read = http.send("POST", "/v1/messaging/notifications/" + id + "/actions/read", (byte[]) null);
        assertThat(read.status()).isEqualTo(201);
        assertThat(read.body().path("status").asText()).isEqualTo("read");
        assertThat(http.send("GET", "/v1/messaging/notifications/" + id, (byte[]) null)
                        .body()
                        .path("status")
                        .asText())
                .isEqualTo("read");
    }

    @Test
    void faultsAndCountersWorkOnDescribedRoutes() {
        server.injectFault(
                "GET /v1/catalog/product-lines/{id}",
                Fault.error(503, "service_unavailable", true).times(1));
        String id = http.send("POST", "/v1/catalog/product-lines", productLine("Valves"))
                .body()
                .path("id")
                .asText();

        assertThat(http.send("GET", "/v1/catalog/product-lines/" + id, (byte[]) null)
                        .status())
                .isEqualTo(503);
        assertThat(http.send("GET", "/v1/catalog/product-lines/" + id, (byte[]) null)
                        .status())
                .isEqualTo(200);
        assertThat(server.requestCount("GET /v1/catalog/product-lines/{id}")).isEqualTo(2);
        assertThat(server.routes()).contains("GET /v1/sales/sales-orders/{id}").hasSizeGreaterThanOrEqualTo(370);
    }
}
