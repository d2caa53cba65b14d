package com.augno.sdk.testing.described;

import com.augno.build.testhelpers.CustomerFixture;
import com.augno.sdk.secrets.KeyMode;
import com.augno.sdk.testing.FakeAugnoServer;
import com.augno.sdk.testing.described.DescribedRequests.Answer;
import com.augno.sdk.testing.internal.described.ApiDescription;
import com.augno.sdk.testing.internal.described.ApiDescription.Operation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Walks {@code api/augno-api.json} (from the testing jar's classpath) and sends every operation to
 * the fake with a valid request: creates first (parents before children, so path ids name real
 * records), then reads, updates and actions, deletes last. None may answer "no such route", and
 * every create/get/list/update/delete round-trips a resource.
 */
class DescribedOperationsTest {
    private static final ApiDescription API = ApiDescription.load();

    private final FakeAugnoServer server = FakeAugnoServer.builder().build().start();
    private final DescribedRequests http = new DescribedRequests(server, server.adminKey(KeyMode.PRODUCTION));
    /** The id of a record created in each collection template. */
    private final Map<String, String> idsByCollection = new HashMap<>();
    /** The id of a record created per resource name ({@code sales_order}), for {@code *_id} fields. */
    private final Map<String, String> idsByResource = new HashMap<>();

    private final SoftAssertions soft = new SoftAssertions();

    @Test
    void everyOperationIsServedAndCrudRoundTrips() {
        try {
            Map<String, Answer> answers = walk();
            List<String> noRoute = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            answers.forEach((id, a) -> {
                if (a.noRoute() || a.status() == 405) {
                    noRoute.add(id);
                } else if (a.status() >= 300) {
                    failed.add(id + " " + a.status() + " " + a.code() + " "
                            + a.body().path("error").path("message").asText());
                }
            });
            soft.assertThat(answers).hasSize(370);
            soft.assertThat(noRoute)
                    .as("operations answered with no such route")
                    .isEmpty();
            soft.assertThat(failed).as("operations that did not succeed").isEmpty();
            soft.assertAll();
        } finally {
            server.close();
        }
    }

    private Map<String, Answer> walk() {
        List<Operation> ops = new ArrayList<>(API.operations());
        Comparator<Operation> byDepth =
                Comparator.comparingInt((Operation o) -> o.pathParams.size()).thenComparingInt(o -> o.path.length());
        List<Operation> creates = new ArrayList<>();
        List<Operation> middle = new ArrayList<>();
        List<Operation> deletes = new ArrayList<>();
        for (Operation op : ops) {
            if (op.name.equals("create") && op.method.equals("POST")) {
                creates.add(op);
            } else if (op.name.equals("delete") || op.method.equals("DELETE")) {
                deletes.add(op);
            } else {
                middle.add(op);
            }
        }
        creates.sort(byDepth);
        Map<String, Answer> answers = new LinkedHashMap<>();
        // Twice: a create whose body names a record created later in the first pass succeeds in the second.
        for (int pass = 0; pass < 2; pass++) {
            for (Operation op : creates) {
                if (answers.containsKey(op.id) && answers.get(op.id).status() < 300) {
                    continue;
                }
                Answer a = call(op);
                answers.put(op.id, a);
                if (a.status() < 300 && a.body().hasNonNull("id")) {
                    remember(op.path, a.body().get("id").asText());
                    roundTrip(op, a.body().get("id").asText());
                }
            }
        }
        for (Operation op : middle) {
            Answer a = call(op);
            answers.put(op.id, a);
            if (op.resultKind.equals("job") && a.status() == 202) {
                remember("/v1/core/jobs", a.body().path("id").asText());
            }
        }
        // Links first (DELETE .../items/{id}/attributes/{attribute_id}): they name records created elsewhere.
        deletes.sort(Comparator.comparingInt((Operation o) -> idsByCollection.containsKey(collectionOf(o)) ? 1 : 0)
                .thenComparing(byDepth.reversed()));
        for (Operation op : deletes) {
            Answer a = call(op);
            answers.put(op.id, a);
            // Revoking a key keeps it readable (status revoked), as the live API does.
            if (a.status() < 300 && op.name.equals("delete") && !op.id.equals("auth.apiKeys.delete")) {
                Answer after = http.send("GET", path(op), (byte[]) null);
                soft.assertThat(after.status()).as("GET after " + op.id).isIn(404, 405, 410);
            }
        }
        return answers;
    }

    private static String collectionOf(Operation op) {
        return op.path.substring(0, op.path.lastIndexOf('/'));
    }

    /** Get, list and (if described) update a just-created record. */
    private void roundTrip(Operation create, String id) {
        String item = path(create) + "/" + id;
        for (Operation op : API.operations()) {
            if (!op.path.startsWith(create.path + "/{") || op.path.indexOf('/', create.path.length() + 1) >= 0) {
                continue;
            }
            if (op.name.equals("get")) {
                Answer got = http.send("GET", item, (byte[]) null);
                soft.assertThat(got.status()).as(op.id).isEqualTo(200);
                soft.assertThat(got.body().path("id").asText()).as(op.id).isEqualTo(id);
            }
            if (op.name.equals("update") && op.bodyModel != null) {
                ObjectNode body = DescribedRequests.body(API, op.bodyModel, this::idFor);
                if (body.isEmpty()) {
                    continue;
                }
                Answer updated = http.send(op.method, item, body);
                soft.assertThat(updated.status())
                        .as(op.id + " " + updated.body())
                        .isEqualTo(op.status);
            }
        }
        for (Operation op : API.operations()) {
            if (op.path.equals(create.path) && op.name.equals("list")) {
                Answer list = http.send(
                        "GET", path(op) + (op.queryParams.containsKey("limit") ? "?limit=1000" : ""), (byte[]) null);
                soft.assertThat(list.status()).as(op.id + " " + list.body()).isEqualTo(200);
                List<String> ids = new ArrayList<>();
                list.body().path("data").forEach(r -> ids.add(r.path("id").asText()));
                soft.assertThat(ids).as(op.id).contains(id);
            }
        }
    }

    private Answer call(Operation op) {
        JsonNode body = null;
        if ("json".equals(op.bodyKind) && op.bodyModel != null) {
            body = DescribedRequests.body(API, op.bodyModel, this::idFor);
            if (op.id.equals("sales.customers.create")) {
                // The hand-written customers check that these name live records of the right kind.
                CustomerFixture refs = CustomerFixture.seed((p, f) -> server.seed(KeyMode.PRODUCTION, p, f));
                ((ObjectNode) body).put("customer_type_group_id", refs.typeGroupId());
                ((ObjectNode) body).put("default_carrier_id", refs.carrierId());
                ((ObjectNode) body).put("default_payment_term_id", refs.paymentTermId());
                ((ObjectNode) body).put("default_shipping_term_id", refs.shippingTermId());
            }
            if (op.method.equals("PATCH") && body.isEmpty()) {
                body = DescribedRequests.body(API, op.bodyModel, this::idFor); // every field optional
                firstField(op.bodyModel, (ObjectNode) body);
            }
        }
        StringBuilder query = new StringBuilder();
        for (var p : op.queryParams.values()) {
            if (p.required) {
                query.append(query.length() == 0 ? '?' : '&').append(p.name).append("=Sample");
            }
        }
        if ("raw".equals(op.bodyKind)) {
            return http.send(op.method, path(op) + query, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        }
        return http.send(op.method, path(op) + query, body);
    }

    private static void firstField(String model, ObjectNode body) {
        var fields = API.model(model);
        if (fields != null && !fields.isEmpty()) {
            var f = fields.get(0);
            if (f.type.equals("string")) {
                body.put(f.name, "Changed");
            } else {
                body.set(f.name, DescribedRequests.sample(API, f.name, f.type));
            }
        }
    }

    /** The operation's path with each parameter naming a record created in its collection. */
    private String path(Operation op) {
        String[] segs = op.path.substring(1).split("/");
        StringBuilder template = new StringBuilder();
        StringBuilder out = new StringBuilder();
        for (String s : segs) {
            if (s.startsWith("{")) {
                String id = idsByCollection.get(template.toString());
                String value = id != null ? id : fallbackId(template.toString(), out.toString());
                out.append('/').append(value);
            } else {
                out.append('/').append(s);
            }
            template.append('/').append(s);
        }
        return out.toString();
    }

    /** A record nobody created here (request logs, admin keys, the account): the first one listed. */
    private String fallbackId(String collectionTemplate, String concreteCollection) {
        if (collectionTemplate.endsWith("/accounts")) {
            return server.accountId(KeyMode.PRODUCTION);
        }
        Answer list = http.send("GET", concreteCollection, (byte[]) null);
        JsonNode first = list.body().path("data").path(0).path("id");
        if (first.isTextual()) {
            return first.asText();
        }
        // PUT /v1/catalog/items/{id}/category/{category_id}: the id of a record created elsewhere.
        String last = collectionTemplate.substring(collectionTemplate.lastIndexOf('/') + 1);
        String resource = singular(last.replace('-', '_'));
        for (Map.Entry<String, String> e : idsByResource.entrySet()) {
            if (e.getKey().equals(resource) || e.getKey().endsWith("_" + resource)) {
                return e.getValue();
            }
        }
        // Collections the API fills by other means (notifications, items): seed a record.
        String id = server.seed(KeyMode.PRODUCTION, concreteCollection, Map.of("name", "Seeded"));
        idsByCollection.put(collectionTemplate, id);
        return id;
    }

    private void remember(String collectionTemplate, String id) {
        idsByCollection.put(collectionTemplate, id);
        String last = collectionTemplate
                .substring(collectionTemplate.lastIndexOf('/') + 1)
                .replace('-', '_');
        idsByResource.put(singular(last), id);
    }

    private String idFor(String field) {
        String resource = field.substring(0, field.length() - 3);
        String id = idsByResource.get(resource);
        if (id == null) {
            int us = resource.lastIndexOf('_');
            id = us < 0 ? null : idsByResource.get(resource.substring(us + 1));
        }
        return id != null ? id : "zz_" + resource;
    }

    private static String singular(String s) {
        if (s.endsWith("ies")) {
            return s.substring(0, s.length() - 3) + "y";
        }
        if (s.endsWith("sses") || s.endsWith("xes")) {
            return s.substring(0, s.length() - 2);
        }
        return s.endsWith("s") ? s.substring(0, s.length() - 1) : s;
    }
}
