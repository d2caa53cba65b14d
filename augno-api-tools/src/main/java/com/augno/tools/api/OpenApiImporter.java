package com.augno.tools.api;

import com.augno.tools.api.ApiDescription.Body;
import com.augno.tools.api.ApiDescription.EnumDef;
import com.augno.tools.api.ApiDescription.Field;
import com.augno.tools.api.ApiDescription.Model;
import com.augno.tools.api.ApiDescription.Operation;
import com.augno.tools.api.ApiDescription.Param;
import com.augno.tools.api.ApiDescription.Result;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Front end (b): the API description from an OpenAPI 3 document.
 *
 * <p>Facts read: paths and methods, path and query parameters (a {@code name[]} array parameter
 * is described under {@code name}, sent comma-joined), the {@code include[]} enum, the JSON
 * request body, the first 2xx status and its schema (a {@code data} array with {@code page_info}
 * is a list, {@code x-stainless-empty-object} is empty, a {@code Job} answered with 202 is a job),
 * component schemas with {@code required}, {@code nullable}, {@code x-expandable} and {@code
 * x-nullable-clear}. Inline enums and objects are named after their model and field, as augno-go
 * names them.
 */
public final class OpenApiImporter {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private final JsonNode root;
    private final Map<String, Model> models = new TreeMap<>();
    private final Map<String, EnumDef> enums = new TreeMap<>();

    private OpenApiImporter(JsonNode root) {
        this.root = root;
    }

    /**
     * Imports an OpenAPI 3 document.
     *
     * @param json the document
     * @param sourceId a short identifier of the document
     * @return the description; its {@code apiVersion} is the document's {@code info.version}
     * @throws IllegalArgumentException when the text is not JSON
     */
    public static ApiDescription importDocument(String json, String sourceId) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON OpenAPI document: " + e.getMessage(), e);
        }
        return new OpenApiImporter(root).run(sourceId);
    }

    private ApiDescription run(String sourceId) {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (String method : METHODS) {
                JsonNode op = p.getValue().get(method);
                if (op != null) {
                    operations.add(operation(p.getKey(), method.toUpperCase(Locale.ROOT), op));
                }
            }
        }
        operations.sort(Comparator.comparing(Operation::id).thenComparing(Operation::path));
        ApiDescription d = new ApiDescription(
                ApiDescription.FORMAT,
                root.path("info").path("version").asText(""),
                Map.of("openapi", sourceId),
                operations,
                models,
                enums);
        return Expansions.apply(d);
    }

    private Operation operation(String rawPath, String method, JsonNode op) {
        List<String> segments = new ArrayList<>(List.of(rawPath.substring(1).split("/")));
        StringBuilder path = new StringBuilder();
        for (String s : segments) {
            path.append('/');
            path.append(s.startsWith("{") ? "{" + Names.snake(s.substring(1, s.length() - 1)) + "}" : s);
        }
        String group = segments.get(1);
        List<String> resource = new ArrayList<>();
        @Nullable String action = null;
        for (int i = 2; i < segments.size(); i++) {
            String s = segments.get(i);
            if (s.equals("actions") && i + 1 < segments.size()) {
                resource.add("actions");
                action = Names.camelFromDashes(segments.get(i + 1));
                break;
            }
            if (!s.startsWith("{")) {
                resource.add(Names.camelFromDashes(s));
            }
        }
        String service = group + (resource.isEmpty() ? "" : "." + String.join(".", resource));
        boolean item = segments.get(segments.size() - 1).startsWith("{");

        List<Param> pathParams = new ArrayList<>();
        List<Param> query = new ArrayList<>();
        List<String> include = new ArrayList<>();
        for (JsonNode p : op.path("parameters")) {
            String name = p.path("name").asText();
            String in = p.path("in").asText();
            if (name.endsWith("[]")) {
                name = name.substring(0, name.length() - 2);
            }
            if (in.equals("path")) {
                pathParams.add(new Param(Names.snake(name), "string", true));
            } else if (in.equals("query")) {
                boolean required = p.path("required").asBoolean(false);
                if (name.equals("include")) {
                    // The values are the operation's include list; the parameter itself is strings.
                    p.path("schema").path("items").path("enum").forEach(v -> include.add(v.asText()));
                    query.add(new Param(name, "list<string>", required));
                } else {
                    String inline =
                            Names.pascalFromSnake(op.path("operationId").asText("")) + Names.pascalFromSnake(name);
                    query.add(new Param(name, type(p.path("schema"), inline), required));
                }
            }
        }
        query.sort(Comparator.comparing(Param::name));
        @Nullable Body body = null;
        JsonNode bodySchema =
                op.path("requestBody").path("content").path("application/json").path("schema");
        if (!bodySchema.isMissingNode()) {
            body = new Body(
                    "json",
                    type(
                            bodySchema,
                            Names.pascalFromSnake(op.path("operationId").asText("body")) + "Body"));
        } else if (op.path("requestBody").has("content")) {
            body = new Body("raw", null);
        }

        int status = 200;
        JsonNode success = null;
        Iterator<Map.Entry<String, JsonNode>> rs = op.path("responses").fields();
        while (rs.hasNext()) {
            Map.Entry<String, JsonNode> r = rs.next();
            if (r.getKey().startsWith("2")) {
                status = Integer.parseInt(r.getKey());
                success = r.getValue();
                break;
            }
        }
        Result result = result(success, status);
        String name;
        if (action != null) {
            name = action;
        } else if (method.equals("GET")) {
            name = result.kind().equals("list") ? "list" : "get";
        } else if (method.equals("POST") && !item) {
            name = "create";
        } else if (method.equals("PATCH") || (method.equals("PUT") && item)) {
            name = "update";
        } else if (method.equals("DELETE")) {
            name = "delete";
        } else {
            name = Names.camelFromDashes(op.path("operationId").asText(method.toLowerCase(Locale.ROOT)));
        }
        return new Operation(
                service + "." + name,
                group,
                service,
                name,
                method,
                path.toString(),
                pathParams,
                query,
                body,
                include,
                null,
                status,
                result);
    }

    private Result result(@Nullable JsonNode response, int status) {
        if (response == null) {
            return new Result("empty", null);
        }
        JsonNode content = response.path("content");
        if (!content.has("application/json")) {
            return content.size() == 0 ? new Result("empty", null) : new Result("raw", null);
        }
        JsonNode schema = resolve(content.path("application/json").path("schema"));
        if (schema.path("x-stainless-empty-object").asBoolean(false)
                || (schema.path("properties").size() == 0 && !schema.has("$ref"))) {
            return new Result("empty", null);
        }
        JsonNode data = schema.path("properties").path("data");
        if (data.path("type").asText().equals("array")
                && schema.path("properties").has("page_info")) {
            return new Result("list", type(data.path("items"), "Item"));
        }
        String model = type(content.path("application/json").path("schema"), "Response");
        if (status == 202 && model.equals("Job")) {
            return new Result("job", "Job");
        }
        return new Result("single", model);
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        while (s.has("$ref")) {
            s = root.at(s.get("$ref").asText().substring(1));
        }
        return s;
    }

    /** The description type of a schema; named schemas and inline enums/objects become models/enums. */
    private String type(JsonNode schema, String inlineName) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            JsonNode target = resolve(schema);
            if (target.has("enum")) {
                return enumType(name, target);
            }
            if (!models.containsKey(name)
                    && target.path("type").asText("object").equals("object")
                    && target.has("properties")) {
                models.put(name, new Model(List.of()));
                models.put(name, model(name, target));
            }
            return models.containsKey(name) ? name : type(target, name);
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return type(schema.get("allOf").get(0), inlineName);
        }
        if (schema.has("enum")) {
            return enumType(inlineName, schema);
        }
        String t = schema.path("type").asText("");
        String format = schema.path("format").asText("");
        switch (t) {
            case "string":
                switch (format) {
                    case "date-time":
                        return "datetime";
                    case "date":
                        return "date";
                    case "decimal":
                        return "decimal";
                    default:
                        return "string";
                }
            case "integer":
                return "integer";
            case "number":
                return "number";
            case "boolean":
                return "boolean";
            case "array":
                return "list<" + type(schema.path("items"), inlineName) + ">";
            case "object":
                if (schema.has("properties")) {
                    models.put(inlineName, new Model(List.of()));
                    models.put(inlineName, model(inlineName, schema));
                    return inlineName;
                }
                JsonNode extra = schema.path("additionalProperties");
                return "map<" + (extra.isObject() && extra.size() > 0 ? type(extra, inlineName + "Value") : "any")
                        + ">";
            default:
                return "any";
        }
    }

    private String enumType(String name, JsonNode schema) {
        List<String> values = new ArrayList<>();
        schema.get("enum").forEach(v -> values.add(v.asText()));
        enums.put(name, new EnumDef(values));
        return name;
    }

    private Model model(String name, JsonNode schema) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        List<Field> fields = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields();
        while (props.hasNext()) {
            Map.Entry<String, JsonNode> p = props.next();
            JsonNode s = p.getValue();
            String type = type(s, name + Names.pascalFromSnake(p.getKey()));
            boolean clearable = s.path("x-nullable-clear").asBoolean(false);
            boolean nullable = s.path("nullable").asBoolean(false) || clearable;
            fields.add(new Field(
                    p.getKey(),
                    type,
                    required.contains(p.getKey()),
                    nullable,
                    s.path("x-expandable").asBoolean(false),
                    clearable));
        }
        fields.sort(Comparator.comparing(Field::name));
        return new Model(fields);
    }
}
