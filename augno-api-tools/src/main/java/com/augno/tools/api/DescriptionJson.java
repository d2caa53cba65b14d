package com.augno.tools.api;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads and writes the description's JSON: stable key order, two-space indent, LF, final newline. */
public final class DescriptionJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private DescriptionJson() {}

    /**
     * Renders a description.
     *
     * @param d the description
     * @return its JSON text
     */
    public static String write(ApiDescription d) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(d) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a description.
     *
     * @param json its JSON text
     * @return the description
     * @throws IllegalArgumentException when the text is not a description of this format
     */
    public static ApiDescription read(String json) {
        try {
            ApiDescription d = MAPPER.readValue(json, ApiDescription.class);
            if (d.format() != ApiDescription.FORMAT) {
                throw new IllegalArgumentException(
                        "description format " + d.format() + ", expected " + ApiDescription.FORMAT);
            }
            return d;
        } catch (IOException e) {
            throw new IllegalArgumentException("not an API description: " + e.getMessage(), e);
        }
    }
}
