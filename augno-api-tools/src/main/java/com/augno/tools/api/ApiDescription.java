package com.augno.tools.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The project's own description of the Augno API: the single input of everything generated.
 *
 * <p>The JSON form is documented in {@code docs/api-description.md}. Types are strings in a small
 * grammar: {@code string}, {@code datetime}, {@code date}, {@code decimal}, {@code integer}, {@code
 * number}, {@code boolean}, {@code any}, {@code list<T>}, {@code map<T>}, or the name of a model or
 * an enum.
 *
 * @param format the format version of this JSON document
 * @param apiVersion the {@code Augno-Version} the description describes
 * @param sources where the facts came from (front end name to a short source identifier)
 * @param operations every operation, sorted by id
 * @param models every model, by name
 * @param enums every enum, by name
 */
@JsonPropertyOrder({"format", "apiVersion", "sources", "operations", "models", "enums"})
public record ApiDescription(
        int format,
        String apiVersion,
        Map<String, String> sources,
        List<Operation> operations,
        Map<String, Model> models,
        Map<String, EnumDef> enums) {

    /** The format version this code reads and writes. */
    public static final int FORMAT = 1;

    /**
     * One HTTP operation.
     *
     * @param id {@code service + "." + name}, unique
     * @param group the API group (first path segment after {@code /v1})
     * @param service the service path inside the client tree, dotted lower camel case, starting
     *     with the group
     * @param name the method name inside the service, lower camel case
     * @param method the HTTP method, upper case
     * @param path the path template, with {@code {snake_case}} parameters
     * @param pathParams the path parameters in path order
     * @param queryParams the query parameters, sorted by name
     * @param body the request body, or null when there is none
     * @param include the values the {@code include} query parameter accepts (empty when it is
     *     not accepted)
     * @param permission the permission the operation requires, or null when none is documented
     * @param status the HTTP status of a success
     * @param result what a success answers
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "id",
        "group",
        "service",
        "name",
        "method",
        "path",
        "pathParams",
        "queryParams",
        "body",
        "include",
        "permission",
        "status",
        "result"
    })
    public record Operation(
            String id,
            String group,
            String service,
            String name,
            String method,
            String path,
            List<Param> pathParams,
            List<Param> queryParams,
            @Nullable Body body,
            List<String> include,
            @Nullable String permission,
            int status,
            Result result) {}

    /**
     * A path or query parameter. A {@code list<...>} query parameter is sent once, its values
     * joined with commas.
     *
     * @param name the wire name
     * @param type the type
     * @param required whether the caller must send it
     */
    public record Param(String name, String type, boolean required) {}

    /**
     * A request body.
     *
     * @param kind {@code json} (a JSON object described by {@code model}) or {@code raw} (bytes
     *     sent as they are, e.g. an image)
     * @param model the model of a JSON body, or null for a raw body
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Body(String kind, @Nullable String model) {}

    /**
     * What a success answers.
     *
     * @param kind {@code single} (one model), {@code list} (a page of {@code model}), {@code job}
     *     (202 with a Job to poll), {@code empty} (an empty object), {@code raw} (bytes)
     * @param model the model of {@code single} and {@code list}; null otherwise
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(String kind, @Nullable String model) {}

    /**
     * A JSON object type.
     *
     * @param fields the fields, in wire-name order
     */
    public record Model(List<Field> fields) {}

    /**
     * One field of a model.
     *
     * @param name the wire name
     * @param type the type
     * @param required whether the field is always present (responses) or must be sent (requests)
     * @param nullable whether the value may be JSON {@code null}
     * @param expandable whether the field is only filled when named in {@code include}
     * @param clearable whether sending {@code null} clears it (PATCH bodies)
     */
    public record Field(
            String name, String type, boolean required, boolean nullable, boolean expandable, boolean clearable) {}

    /**
     * A string enum; the generated type is open (unknown values are kept).
     *
     * @param values the known values, in source order
     */
    public record EnumDef(List<String> values) {}
}
