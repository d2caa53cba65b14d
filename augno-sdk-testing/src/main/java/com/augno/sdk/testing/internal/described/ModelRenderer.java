package com.augno.sdk.testing.internal.described;

import com.augno.sdk.testing.internal.described.ApiDescription.Field;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Renders a model from the description: every described field present, the stored value where
 * there is one, {@code null} where nullable, expandable fields {@code null} unless included (then
 * the stored sub-object, the record its {@code <field>_id} names, or the stored child records).
 */
final class ModelRenderer {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** How deep default sub-objects go before they are left empty (the models have cycles). */
    private static final int MAX_DEPTH = 6;

    private final ApiDescription api;
    private final ResourceStore store;

    ModelRenderer(ApiDescription api, ResourceStore store) {
        this.api = api;
        this.store = store;
    }

    /** Renders a stored record as {@code model} with the includes under {@code prefix}. */
    ObjectNode record(StoredRecord r, String model, Set<String> includes, String prefix) {
        return render(model, r.values, r, includes, prefix, new ArrayDeque<>());
    }

    /** Renders values that belong to no record (action results, singletons). */
    ObjectNode values(String model, ObjectNode values, Instant now, Set<String> includes) {
        ObjectNode v = values.deepCopy();
        if (!v.has("created_at")) {
            v.set("created_at", ts(now));
        }
        if (!v.has("updated_at")) {
            v.set("updated_at", ts(now));
        }
        return render(model, v, null, includes, "", new ArrayDeque<>());
    }

    static JsonNode ts(Instant t) {
        return TextNode.valueOf(t.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private ObjectNode render(
            String model,
            ObjectNode values,
            @Nullable StoredRecord rec,
            Set<String> includes,
            String prefix,
            Deque<String> stack) {
        ObjectNode out = F.objectNode();
        List<Field> fields = api.model(model);
        if (fields == null || stack.size() > MAX_DEPTH) {
            return out;
        }
        stack.push(model);
        for (Field f : fields) {
            out.set(f.name, field(f, values, rec, includes, prefix, stack));
        }
        stack.pop();
        return out;
    }

    private JsonNode field(
            Field f,
            ObjectNode values,
            @Nullable StoredRecord rec,
            Set<String> includes,
            String prefix,
            Deque<String> stack) {
        String name = f.name;
        if (rec != null) {
            switch (name) {
                case "id":
                    return TextNode.valueOf(rec.id);
                case "created_at":
                    return ts(rec.createdAt);
                case "updated_at":
                    return ts(rec.updatedAt);
                case "deleted_at":
                    return rec.deletedAt == null ? NullNode.getInstance() : ts(rec.deletedAt);
                default:
                    break;
            }
        }
        if (name.equals("object")) {
            List<String> objectValues = api.enumValues(f.type);
            if (objectValues != null && objectValues.size() == 1) {
                return TextNode.valueOf(objectValues.get(0));
            }
        }
        if (f.expandable) {
            String path = prefix + name;
            if (!includes.contains(path)) {
                return NullNode.getInstance();
            }
            return expand(f, values, rec, includes, path + ".", stack);
        }
        JsonNode v = values.get(name);
        if (v != null && !(v.isNull() && !f.nullable)) {
            return shaped(f.type, v, includes, prefix + name + ".", stack);
        }
        if (f.nullable) {
            return NullNode.getInstance();
        }
        return defaultValue(f.type, values, stack);
    }

    private JsonNode expand(
            Field f,
            ObjectNode values,
            @Nullable StoredRecord rec,
            Set<String> includes,
            String prefix,
            Deque<String> stack) {
        JsonNode v = values.get(f.name);
        String element = envelopeElement(f.type);
        if (element != null) {
            ArrayNode data = F.arrayNode();
            if (v != null && v.isArray()) {
                v.forEach(e -> data.add(shaped(element, e, includes, prefix, stack)));
            }
            if (rec != null) {
                String child = rec.collection + "/" + rec.id + "/" + f.name.replace('_', '-');
                for (StoredRecord c : store.newestFirst(child)) {
                    data.add(render(element, c.values, c, includes, prefix, stack));
                }
            }
            // The envelope's own model says how page_info renders (its URLs are not nullable there).
            ObjectNode list = F.objectNode();
            list.set("data", data);
            ObjectNode envelope = render(f.type, list, null, Set.of(), "", stack);
            envelope.set("data", data);
            return envelope;
        }
        if (v != null && !v.isNull()) {
            return shaped(f.type, v, includes, prefix, stack);
        }
        JsonNode ref = values.get(f.name + "_id");
        if (ref != null && ref.isTextual()) {
            StoredRecord target = store.byId(ref.asText());
            ObjectNode base = target == null ? F.objectNode().put("id", ref.asText()) : target.values;
            return render(f.type, base, target, includes, prefix, stack);
        }
        // Nothing stored to expand (no parent location, no sales rep): null where the field may be.
        return f.nullable ? NullNode.getInstance() : defaultValue(f.type, values, stack);
    }

    /** Returns {@code X} if {@code type} is a list envelope model ({@code data: list<X>}), else null. */
    private @Nullable String envelopeElement(String type) {
        List<Field> fields = api.model(type);
        if (fields == null) {
            return null;
        }
        for (Field f : fields) {
            if (f.name.equals("data") && f.type.startsWith("list<")) {
                return f.type.substring(5, f.type.length() - 1);
            }
        }
        return null;
    }

    /**
     * Shapes a given value as {@code type}: sub-objects are rendered as their model, scalars are
     * converted where a request's type differs from the response's (a decimal string where the
     * model has a number), and a value that cannot be converted gives the type's default.
     */
    private JsonNode shaped(String type, JsonNode v, Set<String> includes, String prefix, Deque<String> stack) {
        if (v.isNull()) {
            return v;
        }
        JsonNode scalar = scalar(type, v);
        if (scalar != null) {
            return scalar;
        }
        if (type.startsWith("list<")) {
            String element = type.substring(5, type.length() - 1);
            ArrayNode a = F.arrayNode();
            if (v.isArray()) {
                v.forEach(e -> a.add(shaped(element, e, includes, prefix, stack)));
            }
            return a;
        }
        if (api.model(type) != null) {
            if (envelopeElement(type) != null && v.isArray()) {
                ObjectNode wrapper = F.objectNode();
                wrapper.set("data", v);
                return render(type, wrapper, null, includes, prefix, stack);
            }
            return v.isObject()
                    ? render(type, (ObjectNode) v, null, includes, prefix, stack)
                    : defaultValue(type, F.objectNode(), stack);
        }
        return v;
    }

    private @Nullable JsonNode scalar(String type, JsonNode v) {
        switch (type) {
            case "decimal":
                try {
                    return TextNode.valueOf(new java.math.BigDecimal(v.asText()).toPlainString());
                } catch (NumberFormatException e) {
                    return TextNode.valueOf("0");
                }
            case "string":
            case "datetime":
            case "date":
                return v.isValueNode()
                        ? TextNode.valueOf(v.asText())
                        : defaultValue(type, F.objectNode(), new ArrayDeque<>());
            case "integer":
                if (v.isIntegralNumber()) {
                    return v;
                }
                try {
                    return F.numberNode(new java.math.BigDecimal(v.asText()).longValue());
                } catch (NumberFormatException e) {
                    return F.numberNode(0);
                }
            case "number":
                if (v.isNumber()) {
                    return v;
                }
                try {
                    return F.numberNode(new java.math.BigDecimal(v.asText()));
                } catch (NumberFormatException e) {
                    return F.numberNode(0);
                }
            case "boolean":
                return v.isBoolean() ? v : F.booleanNode(v.asText().equals("true"));
            case "any":
                return v;
            default:
                break;
        }
        if (api.enumValues(type) != null) {
            return v.isValueNode()
                    ? TextNode.valueOf(v.asText())
                    : defaultValue(type, F.objectNode(), new ArrayDeque<>());
        }
        return null;
    }

    /** A plausible value of a type for a non-nullable field nobody set. */
    JsonNode defaultValue(String type, ObjectNode values, Deque<String> stack) {
        if (type.startsWith("list<")) {
            return F.arrayNode();
        }
        if (type.startsWith("map<")) {
            return F.objectNode();
        }
        switch (type) {
            case "string":
                return TextNode.valueOf("");
            case "datetime":
                JsonNode created = values.get("created_at");
                return created != null && created.isTextual() ? created : TextNode.valueOf("1970-01-01T00:00:00Z");
            case "date":
                return TextNode.valueOf("1970-01-01");
            case "decimal":
                return TextNode.valueOf("0");
            case "integer":
            case "number":
                return F.numberNode(0);
            case "boolean":
                return F.booleanNode(false);
            case "any":
                return F.objectNode();
            default:
                break;
        }
        List<String> e = api.enumValues(type);
        if (e != null) {
            return TextNode.valueOf(e.isEmpty() ? "" : e.get(0).toLowerCase(Locale.ROOT));
        }
        if (api.model(type) != null) {
            if (stack.contains(type)) {
                return F.objectNode();
            }
            return render(type, F.objectNode(), null, Set.of(), "", stack);
        }
        return NullNode.getInstance();
    }
}
