package com.augno.sdk.testing.internal.described;

import com.augno.sdk.testing.internal.described.ApiDescription.Field;
import com.augno.sdk.testing.internal.described.ApiDescription.Operation;
import com.augno.sdk.testing.internal.described.ApiDescription.Param;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks a request against its operation's description, answering as the live API does: an unknown
 * query parameter is {@code 400 parameter_unknown}, a missing required one {@code parameter_missing};
 * a missing required body field {@code 400 missing_field}, an explicit {@code null} on a field that
 * is neither nullable nor clearable {@code 400 invalid_format}, an unknown body field
 * {@code 400 parameter_unknown}, an empty PATCH {@code 400 validation_failed}. Every error names the
 * field in {@code param}.
 */
final class RequestValidator {
    private final ApiDescription api;

    RequestValidator(ApiDescription api) {
        this.api = api;
    }

    void check(Operation op, DescribedCall call) {
        checkQuery(op, call);
        if ("json".equals(op.bodyKind) && op.bodyModel != null) {
            checkBody(op, call.body());
        }
    }

    private static void checkQuery(Operation op, DescribedCall call) {
        for (String name : call.query().keySet()) {
            if (!op.queryParams.containsKey(name)) {
                throw DescribedError.badRequest(
                        "parameter_unknown",
                        "The query parameter " + name + " is not known to " + op.method + " " + op.path + ".",
                        name);
            }
        }
        for (Param p : op.queryParams.values()) {
            List<String> v = call.query().get(p.name);
            if (p.required && (v == null || v.isEmpty())) {
                throw DescribedError.badRequest(
                        "parameter_missing", "The query parameter " + p.name + " is required.", p.name);
            }
            if (v != null && !v.isEmpty() && (p.type.equals("integer") || p.type.equals("list<integer>"))) {
                for (String s : v) {
                    if (!s.matches("-?\\d{1,18}")) {
                        throw DescribedError.badRequest("invalid_format", p.name + " must be an integer.", p.name);
                    }
                }
            }
        }
    }

    private void checkBody(Operation op, @org.jspecify.annotations.Nullable ObjectNode body) {
        List<Field> fields = api.model(op.bodyModel == null ? "" : op.bodyModel);
        if (fields == null) {
            return;
        }
        ObjectNode b = body == null ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode() : body;
        boolean patch = op.method.equals("PATCH");
        if (patch && b.isEmpty() && !fields.isEmpty()) {
            throw DescribedError.badRequest(
                    "validation_failed", "A PATCH must change at least one field; the body is empty.", null);
        }
        Map<String, Field> byName = new HashMap<>();
        for (Field f : fields) {
            byName.put(f.name, f);
        }
        for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            Field f = byName.get(name);
            if (f == null) {
                throw DescribedError.badRequest(
                        "parameter_unknown", "The field " + name + " is not a field of this request.", name);
            }
            JsonNode v = b.get(name);
            if (v.isNull() && !f.nullable && !(patch && f.clearable)) {
                throw DescribedError.badRequest("invalid_format", "The field " + name + " cannot be null.", name);
            }
        }
        if (!patch) {
            for (Field f : fields) {
                if (f.required && !b.has(f.name)) {
                    throw DescribedError.badRequest("missing_field", "The field " + f.name + " is required.", f.name);
                }
            }
        }
    }
}
