package com.augno.sdk.testing.internal.described;

import com.augno.sdk.testing.internal.described.ApiDescription.Field;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import org.jspecify.annotations.Nullable;

/**
 * Checks a JSON request body against its model in the description, as the live API does, at every
 * depth: an unknown field is {@code 400 parameter_unknown}, an explicit {@code null} on a field that
 * is neither nullable nor (on a PATCH) clearable {@code 400 invalid_format}, a missing required
 * field {@code 400 missing_field}, an object or list of objects where the model has one but the
 * body has something else {@code 400 invalid_format}. {@code param} is the field's path as the API
 * writes it: {@code name}, {@code bill_to_address.country}, {@code lines[0].quantity.unit_id}.
 * Described routes and the hand-written routes that name their body model share it.
 */
public final class BodyRules {
    private final ApiDescription api;

    /** Creates the rules of {@code api}'s models. */
    public BodyRules(ApiDescription api) {
        this.api = api;
    }

    /**
     * Checks a whole body: the top level (required fields skipped on a PATCH, an empty PATCH
     * refused) and every nested object.
     *
     * @param model the body's model, e.g. {@code CreateCustomerRequest}
     * @param body the parsed body; null counts as an empty object
     * @param patch whether the request is a PATCH
     * @throws DescribedError on the first violation
     */
    public void check(String model, @Nullable ObjectNode body, boolean patch) {
        List<Field> fields = api.model(model);
        if (fields == null) {
            return;
        }
        ObjectNode b = body == null ? JsonNodeFactory.instance.objectNode() : body;
        if (patch && b.isEmpty() && !fields.isEmpty()) {
            throw DescribedError.badRequest(
                    "validation_failed", "A PATCH must change at least one field; the body is empty.", null);
        }
        checkObject(fields, b, "", patch, !patch);
    }

    /**
     * Checks only the nested objects of a body whose top level a hand-written route checks itself.
     *
     * @param model the body's model
     * @param body the parsed body
     * @param patch whether the request is a PATCH (nested clearable fields may then be null)
     * @throws DescribedError on the first violation
     */
    public void checkNested(String model, ObjectNode body, boolean patch) {
        List<Field> fields = api.model(model);
        if (fields == null) {
            return;
        }
        for (Field f : fields) {
            JsonNode v = body.get(f.name);
            if (v != null && !v.isNull()) {
                checkValue(f, v, f.name, patch);
            }
        }
    }

    private void checkObject(List<Field> fields, ObjectNode o, String prefix, boolean patch, boolean requireAll) {
        Map<String, Field> byName = new HashMap<>();
        for (Field f : fields) {
            byName.put(f.name, f);
        }
        for (Entry<String, JsonNode> e : o.properties()) {
            String path = prefix + e.getKey();
            Field f = byName.get(e.getKey());
            if (f == null) {
                throw DescribedError.badRequest(
                        "parameter_unknown", "The field " + path + " is not a field of this request.", path);
            }
            JsonNode v = e.getValue();
            if (v.isNull()) {
                if (!f.nullable && !(patch && f.clearable)) {
                    throw DescribedError.badRequest("invalid_format", "The field " + path + " cannot be null.", path);
                }
                continue;
            }
            checkValue(f, v, path, patch);
        }
        if (requireAll) {
            for (Field f : fields) {
                if (f.required && !o.has(f.name)) {
                    String path = prefix + f.name;
                    throw DescribedError.badRequest("missing_field", "The field " + path + " is required.", path);
                }
            }
        }
    }

    /** Checks a non-null value of {@code f} when its type is a model or a list of models. */
    private void checkValue(Field f, JsonNode v, String path, boolean patch) {
        boolean list = f.type.startsWith("list<");
        String type = list ? f.type.substring(5, f.type.length() - 1) : f.type;
        List<Field> nested = api.model(type);
        if (nested == null) {
            return;
        }
        if (!list) {
            checkNode(nested, v, path, patch);
            return;
        }
        if (!v.isArray()) {
            throw DescribedError.badRequest("invalid_format", "The field " + path + " must be an array.", path);
        }
        for (int i = 0; i < v.size(); i++) {
            checkNode(nested, v.get(i), path + "[" + i + "]", patch);
        }
    }

    private void checkNode(List<Field> nested, JsonNode v, String path, boolean patch) {
        if (!v.isObject()) {
            throw DescribedError.badRequest("invalid_format", "The field " + path + " must be an object.", path);
        }
        // A nested object is a value set whole, so its required fields apply on a PATCH too.
        checkObject(nested, (ObjectNode) v, path + ".", patch, true);
    }
}
