package com.augno.sdk.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Not API. The SDK's one Jackson mapper, configured once and never changed after:
 *
 * <ul>
 *   <li>snake_case property names ({@code redacted_value} maps to {@code redactedValue});
 *   <li>unknown properties ignored (models that extend {@link com.augno.sdk.model.ApiObject} keep them in {@code
 *       additionalProperties()}); unknown plain-enum values read as null (use {@link com.augno.sdk.model.OpenEnum} to
 *       keep them);
 *   <li>{@code java.time} types as RFC 3339 strings; decimals as {@link java.math.BigDecimal};
 *   <li>nulls left out when writing (an explicit JSON null, for PATCH "clear", needs a {@code
 *       JsonNode} or a map value);
 *   <li>no source text in Jackson's error locations (a body may hold a secret).
 * </ul>
 *
 * <p>Readers are built once per type and cached ({@link #reader(JavaType)}).
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private static final ConcurrentMap<JavaType, ObjectReader> READERS = new ConcurrentHashMap<>();

    private Json() {}

    /** Returns the shared mapper. Do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Returns the cached reader for {@code type}. */
    public static ObjectReader reader(JavaType type) {
        return READERS.computeIfAbsent(type, MAPPER::readerFor);
    }

    /** Returns the {@link JavaType} of a class. */
    public static JavaType type(Class<?> type) {
        return MAPPER.getTypeFactory().constructType(type);
    }

    /** Returns the {@link JavaType} of {@code List<item>}. */
    public static JavaType listOf(Class<?> item) {
        return MAPPER.getTypeFactory().constructCollectionType(java.util.List.class, item);
    }
}
