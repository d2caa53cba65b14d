package com.augno.tools.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The few naming decisions the description cannot carry, read from {@code api/overrides.json} next
 * to the description: which per-field enums are one Java enum (the description has one enum per
 * field, so a customer's {@code edi_status} and the update's {@code edi_status} would be two types
 * a caller cannot pass to each other), and which group's package a shared type lives in when the
 * "first group that uses it" rule would put it somewhere surprising ({@code Unit} in {@code
 * identity}). Nothing else is typed by hand per operation.
 *
 * <pre>{@code
 * {
 *   "enums":    { "EdiStatus": ["CustomerEdiStatus", "UpdateCustomerRequestEdiStatus"] },
 *   "packages": { "Unit": "core", "EdiStatus": "sales" },
 *   "clearable": [ "UpdateCustomerRequest.lead_time_days" ]
 * }
 * }</pre>
 */
final class Overrides {

    /** No overrides: the description as it is. */
    static final Overrides NONE = new Overrides(Map.of(), Map.of(), List.of(), Map.of());

    /** Java enum name to the description enums it merges (values united in order). */
    final Map<String, List<String>> enums;

    /** Model or enum name (after merging) to the group whose package holds it. */
    final Map<String, String> packages;

    /**
     * Request fields ({@code Model.wire_name}) a PATCH may clear (send as JSON {@code null}) that the
     * imported description does not mark clearable, but that the hand-written SDK let a caller clear
     * (kept so that moving onto generated code takes nothing away).
     */
    final List<String> clearable;

    /**
     * Services kept hand-written because they have behaviour (API keys hand back secrets): service
     * path ({@code auth.apiKeys}) to the class the parent's accessor returns. Neither the service
     * nor its params and include class are generated.
     */
    final Map<String, String> services;

    Overrides(
            Map<String, List<String>> enums,
            Map<String, String> packages,
            List<String> clearable,
            Map<String, String> services) {
        this.enums = enums;
        this.packages = packages;
        this.clearable = clearable;
        this.services = services;
    }

    /** Reads an override file. */
    static Overrides parse(String json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        Map<String, List<String>> enums = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("enums").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> merged = new ArrayList<>();
            e.getValue().forEach(n -> merged.add(n.asText()));
            enums.put(e.getKey(), List.copyOf(merged));
        }
        Map<String, String> packages = new TreeMap<>();
        root.path("packages")
                .fields()
                .forEachRemaining(e -> packages.put(e.getKey(), e.getValue().asText()));
        List<String> clearable = new ArrayList<>();
        root.path("clearable").forEach(n -> clearable.add(n.asText()));
        Map<String, String> services = new TreeMap<>();
        root.path("services")
                .fields()
                .forEachRemaining(e -> services.put(e.getKey(), e.getValue().asText()));
        return new Overrides(enums, packages, List.copyOf(clearable), services);
    }

    /**
     * Applies the enum merges to a description's JSON: the merged enums are replaced by one enum
     * holding the union of their values, and every {@code type} naming one of them (also inside
     * {@code list<...>} and {@code map<...>}) names the merged enum.
     *
     * @throws IllegalArgumentException if an override names an enum the description does not have,
     *     so a stale override fails the build instead of being ignored
     */
    String apply(String descriptionJson) throws IOException {
        if (enums.isEmpty() && clearable.isEmpty()) {
            return descriptionJson;
        }
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root = mapper.readTree(descriptionJson);
        for (String c : clearable) {
            String model = c.substring(0, c.indexOf('.'));
            String field = c.substring(c.indexOf('.') + 1);
            ObjectNode hit = null;
            for (JsonNode f : root.path("models").path(model).path("fields")) {
                if (f.path("name").asText().equals(field)) {
                    hit = (ObjectNode) f;
                }
            }
            if (hit == null) {
                throw new IllegalArgumentException(
                        "overrides.json makes " + c + " clearable, but the description " + "has no such field");
            }
            hit.put("clearable", true);
        }
        ObjectNode described = (ObjectNode) root.path("enums");
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : enums.entrySet()) {
            Set<String> values = new LinkedHashSet<>();
            for (String from : e.getValue()) {
                JsonNode def = described.get(from);
                if (def == null) {
                    throw new IllegalArgumentException("overrides.json merges " + from + " into " + e.getKey()
                            + ", but the description has no enum " + from);
                }
                def.path("values").forEach(v -> values.add(v.asText()));
                renamed.put(from, e.getKey());
            }
            e.getValue().forEach(described::remove);
            if (described.has(e.getKey())) {
                described.get(e.getKey()).path("values").forEach(v -> values.add(v.asText()));
            }
            ObjectNode merged = mapper.createObjectNode();
            ArrayNode list = merged.putArray("values");
            values.forEach(list::add);
            described.set(e.getKey(), merged);
        }
        // Keep the enums sorted by name, as the importer writes them.
        TreeMap<String, JsonNode> sorted = new TreeMap<>();
        described.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
        described.removeAll();
        sorted.forEach(described::set);
        renameTypes(root, renamed);
        return mapper.writeValueAsString(root);
    }

    private static void renameTypes(JsonNode node, Map<String, String> renamed) {
        if (node instanceof ObjectNode o) {
            JsonNode type = o.get("type");
            if (type != null && type.isTextual()) {
                o.set("type", new TextNode(renameType(type.asText(), renamed)));
            }
            o.elements().forEachRemaining(child -> renameTypes(child, renamed));
        } else if (node instanceof ArrayNode a) {
            a.forEach(child -> renameTypes(child, renamed));
        }
    }

    private static String renameType(String type, Map<String, String> renamed) {
        String element = Layout.elementType(type);
        String to = renamed.get(element);
        if (to == null) {
            return type;
        }
        int closers = countClosers(type);
        return type.substring(0, type.length() - closers - element.length()) + to + ">".repeat(closers);
    }

    private static int countClosers(String type) {
        int n = 0;
        for (int i = type.length() - 1; i >= 0 && type.charAt(i) == '>'; i--) {
            n++;
        }
        return n;
    }
}
