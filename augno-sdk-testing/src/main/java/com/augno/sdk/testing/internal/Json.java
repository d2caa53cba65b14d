package com.augno.sdk.testing.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** JSON plumbing shared by the fake: one mapper, timestamps the way the API writes them. */
final class Json {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static ObjectNode object() {
        return NODES.objectNode();
    }

    /** The API writes timestamps in whole seconds, {@code null} when absent. */
    static JsonNode ts(@Nullable Instant instant) {
        return instant == null
                ? NullNode.getInstance()
                : TextNode.valueOf(instant.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses a body the fake itself wrote; anything unreadable becomes {@code null}. */
    static JsonNode parse(byte[] body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            return NullNode.getInstance();
        }
    }
}
