package com.augno.tools.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;

/** The Java types of the description's type strings, and the runtime classes generated code uses. */
final class Types {
    static final ClassName STRING = ClassName.get(String.class);
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName MAP = ClassName.get("java.util", "Map");
    static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
    static final ClassName COLLECTION = ClassName.get("java.util", "Collection");
    static final ClassName ARRAYS = ClassName.get("java.util", "Arrays");
    static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");
    static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
    static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
    static final ClassName INSTANT = ClassName.get("java.time", "Instant");
    static final ClassName LOCAL_DATE = ClassName.get("java.time", "LocalDate");
    static final ClassName BIG_DECIMAL = ClassName.get("java.math", "BigDecimal");
    static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
    static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
    static final ClassName JSON_CREATOR = ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");
    static final ClassName JSON_DESERIALIZE =
            ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
    static final ClassName LAZY_MODEL_DESERIALIZER =
            ClassName.get("com.augno.sdk.internal.json", "LazyModelDeserializer");
    static final ClassName JSON_FORMAT = ClassName.get("com.fasterxml.jackson.annotation", "JsonFormat");
    static final ClassName JSON_AUTO_DETECT = ClassName.get("com.fasterxml.jackson.annotation", "JsonAutoDetect");
    static final ClassName API_OBJECT = ClassName.get("com.augno.sdk.model", "ApiObject");
    static final ClassName OPEN_ENUM = ClassName.get("com.augno.sdk.model", "OpenEnum");
    static final ClassName CHECKS = ClassName.get("com.augno.sdk.internal.http", "Checks");
    static final ClassName PARAM_VALUES = ClassName.get("com.augno.sdk.internal.params", "ParamValues");
    static final ClassName REDACTOR = ClassName.get("com.augno.sdk.internal.http", "Redactor");
    static final ClassName CLIENT_CONTEXT = ClassName.get("com.augno.sdk.internal.http", "ClientContext");
    static final ClassName API_GROUPS = ClassName.get("com.augno.sdk.internal.resources", "ApiGroups");
    static final ClassName ENDPOINT = ClassName.get("com.augno.sdk.internal.resources", "Endpoint");
    static final ClassName API_REQUEST = ClassName.get("com.augno.sdk.http", "ApiRequest");
    static final ClassName API_REQUEST_BUILDER = API_REQUEST.nestedClass("Builder");
    static final ClassName REQUEST_OPTIONS = ClassName.get("com.augno.sdk.http", "RequestOptions");
    static final ClassName REQUEST_INPUT = ClassName.get("com.augno.sdk.http", "RequestInput");
    static final ClassName PAGE = ClassName.get("com.augno.sdk.http", "Page");
    static final ClassName RAW_BODY = ClassName.get("com.augno.sdk.http", "RawBody");
    static final ClassName HTTP_METHOD = ClassName.get("com.augno.sdk.http", "HttpMethod");

    private final Layout layout;

    Types(Layout layout) {
        this.layout = layout;
    }

    /** The Java type of a description type; {@code input} picks the request flavour of models. */
    TypeName of(String type, boolean input) {
        if (type.startsWith("list<")) {
            return ParameterizedTypeName.get(
                    LIST, of(type.substring(5, type.length() - 1), input).box());
        }
        if (type.startsWith("map<")) {
            return ParameterizedTypeName.get(
                    MAP, STRING, of(type.substring(4, type.length() - 1), input).box());
        }
        switch (type) {
            case "string":
                return STRING;
            case "datetime":
                return INSTANT;
            case "date":
                return LOCAL_DATE;
            case "decimal":
                return BIG_DECIMAL;
            case "integer":
                return ClassName.get(Long.class);
            case "number":
                return ClassName.get(Double.class);
            case "boolean":
                return ClassName.get(Boolean.class);
            case "any":
                return JSON_NODE;
            default:
                break;
        }
        if (layout.api.enums().containsKey(type)) {
            String pkg = layout.enumPackage.getOrDefault(type, Layout.BASE_PACKAGE + ".core");
            return ClassName.get(pkg, JavaNames.type(type));
        }
        String pkg = layout.modelPackage.get(type);
        if (pkg == null) {
            return JSON_NODE;
        }
        if (input && layout.inputModels.contains(type)) {
            return ClassName.get(pkg, layout.inputClassName.get(type));
        }
        return ClassName.get(pkg, JavaNames.type(type));
    }

    /** The primitive a required, non-null value is returned as, or the type itself. */
    static TypeName unboxed(TypeName t) {
        if (t.equals(ClassName.get(Boolean.class))) {
            return TypeName.BOOLEAN;
        }
        if (t.equals(ClassName.get(Long.class))) {
            return TypeName.LONG;
        }
        if (t.equals(ClassName.get(Double.class))) {
            return TypeName.DOUBLE;
        }
        return t;
    }

    static boolean isList(String type) {
        return type.startsWith("list<");
    }

    static boolean isMap(String type) {
        return type.startsWith("map<");
    }
}
