package com.augno.sdk.testing.internal.described;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The API description ({@code api/augno-api.json}, copied onto the classpath by the build): the
 * operations, models and enums the fake serves generically.
 */
public final class ApiDescription {
    /** Where the build puts the description on the classpath. */
    public static final String RESOURCE = "/com/augno/sdk/testing/augno-api.json";

    private static volatile @Nullable ApiDescription loaded;

    private final List<Operation> operations;
    private final Map<String, List<Field>> models;
    private final Map<String, List<String>> enums;

    private ApiDescription(JsonNode root) {
        List<Operation> ops = new ArrayList<>();
        for (JsonNode o : root.path("operations")) {
            ops.add(new Operation(o));
        }
        this.operations = Collections.unmodifiableList(ops);
        Map<String, List<Field>> m = new LinkedHashMap<>();
        root.path("models").properties().forEach(e -> {
            List<Field> fields = new ArrayList<>();
            for (JsonNode f : e.getValue().path("fields")) {
                fields.add(new Field(f));
            }
            m.put(e.getKey(), Collections.unmodifiableList(fields));
        });
        this.models = m;
        Map<String, List<String>> en = new LinkedHashMap<>();
        root.path("enums").properties().forEach(e -> {
            List<String> values = new ArrayList<>();
            e.getValue().path("values").forEach(v -> values.add(v.asText()));
            en.put(e.getKey(), values);
        });
        this.enums = en;
    }

    /**
     * Returns the description on the classpath, read once.
     *
     * @throws IllegalStateException if the build did not copy it
     */
    public static ApiDescription load() {
        ApiDescription d = loaded;
        if (d == null) {
            try (InputStream in = ApiDescription.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is not on the classpath");
                }
                d = new ApiDescription(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            loaded = d;
        }
        return d;
    }

    /** Returns every operation, in the description's order. */
    public List<Operation> operations() {
        return operations;
    }

    /** Returns the fields of a model, or null if {@code name} is no model. */
    public @Nullable List<Field> model(String name) {
        return models.get(name);
    }

    /** Returns the values of an enum, or null if {@code name} is no enum. */
    public @Nullable List<String> enumValues(String name) {
        return enums.get(name);
    }

    /** One operation: method, path template, parameters, body and result. */
    public static final class Operation {
        /** {@code service.name}, e.g. {@code sales.salesOrders.list}. */
        public final String id;
        /** The operation's name: create, get, list, update, delete or an action's name. */
        public final String name;
        /** The HTTP method, upper case. */
        public final String method;
        /** The path template with {@code {snake_case}} parameters. */
        public final String path;
        /** The path parameters' names, in order. */
        public final List<String> pathParams;
        /** The query parameters by name. */
        public final Map<String, Param> queryParams;
        /** {@code json}, {@code raw} or null when the operation takes no body. */
        public final @Nullable String bodyKind;
        /** The body's model, or null. */
        public final @Nullable String bodyModel;
        /** The values {@code include} accepts. */
        public final Set<String> include;
        /** The permission the operation needs, or null. */
        public final @Nullable String permission;
        /** The success status. */
        public final int status;
        /** {@code single}, {@code list}, {@code job}, {@code empty} or {@code raw}. */
        public final String resultKind;
        /** The result's model, or null. */
        public final @Nullable String resultModel;

        Operation(JsonNode o) {
            this.id = o.path("id").asText();
            this.name = o.path("name").asText();
            this.method = o.path("method").asText();
            this.path = o.path("path").asText();
            List<String> pp = new ArrayList<>();
            o.path("pathParams").forEach(p -> pp.add(p.path("name").asText()));
            this.pathParams = Collections.unmodifiableList(pp);
            Map<String, Param> qp = new LinkedHashMap<>();
            o.path("queryParams").forEach(p -> qp.put(p.path("name").asText(), new Param(p)));
            this.queryParams = Collections.unmodifiableMap(qp);
            JsonNode body = o.path("body");
            this.bodyKind = body.isObject() ? body.path("kind").asText() : null;
            this.bodyModel = body.hasNonNull("model") ? body.path("model").asText() : null;
            Set<String> inc = new LinkedHashSet<>();
            o.path("include").forEach(i -> inc.add(i.asText()));
            this.include = Collections.unmodifiableSet(inc);
            this.permission = o.hasNonNull("permission") ? o.path("permission").asText() : null;
            this.status = o.path("status").asInt(200);
            this.resultKind = o.path("result").path("kind").asText();
            JsonNode rm = o.path("result").path("model");
            this.resultModel = rm.isTextual() ? rm.asText() : null;
        }

        @Override
        public String toString() {
            return method + " " + path + " (" + id + ")";
        }
    }

    /** A query or path parameter. */
    public static final class Param {
        /** The parameter's name. */
        public final String name;
        /** Its type, e.g. {@code string}, {@code list<string>}, {@code datetime}. */
        public final String type;
        /** Whether it must be sent. */
        public final boolean required;

        Param(JsonNode p) {
            this.name = p.path("name").asText();
            this.type = p.path("type").asText();
            this.required = p.path("required").asBoolean();
        }
    }

    /** A model's field. */
    public static final class Field {
        /** The JSON name. */
        public final String name;
        /** The type, e.g. {@code string}, {@code list<Unit>}, a model or an enum name. */
        public final String type;
        /** Always present in a response; must be sent in a request. */
        public final boolean required;
        /** May be JSON null. */
        public final boolean nullable;
        /** Null unless named in {@code include}. */
        public final boolean expandable;
        /** A PATCH may send null to clear it. */
        public final boolean clearable;

        Field(JsonNode f) {
            this.name = f.path("name").asText();
            this.type = f.path("type").asText();
            this.required = f.path("required").asBoolean();
            this.nullable = f.path("nullable").asBoolean();
            this.expandable = f.path("expandable").asBoolean();
            this.clearable = f.path("clearable").asBoolean();
        }
    }
}
