package com.augno.sdk.secrets.aws;

import com.augno.sdk.errors.InvalidApiKeyException;
import com.augno.sdk.errors.SecretProviderException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * Reads and replaces one top-level field of a JSON secret ({@code #api_key}).
 *
 * <p>Jackson's parse errors are never chained or quoted: their text can hold a piece of the
 * document, which is the secret. Replacing keeps every other field and the field order.
 */
final class JsonFields {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFields() {}

    /**
     * Returns the text of {@code field} in the JSON object {@code json}.
     *
     * @throws InvalidApiKeyException if the secret is not a JSON object, lacks the field, or the
     *     field is not a string
     */
    static String extract(String json, String field, String source) {
        ObjectNode object = parseObject(json);
        if (object == null) {
            throw new InvalidApiKeyException(
                    source, "the secret is not a JSON object, so field '" + field + "' cannot be read from it");
        }
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            throw new InvalidApiKeyException(
                    source, "the JSON secret has no field '" + field + "' (fields: " + fieldNames(object) + ")");
        }
        if (!node.isTextual()) {
            throw new InvalidApiKeyException(
                    source, "the JSON field '" + field + "' is a " + node.getNodeType() + ", not a string");
        }
        return node.textValue();
    }

    /**
     * Returns {@code json} with {@code field} set to {@code value}, every other field kept.
     *
     * @throws SecretProviderException if the current secret is not a JSON object
     */
    static String replace(String json, String field, String value, String source) {
        ObjectNode object = parseObject(json);
        if (object == null) {
            throw new SecretProviderException(
                    source,
                    "the current secret is not a JSON object, so field '" + field
                            + "' cannot be replaced in it. Write the whole secret with a reference without"
                            + " '#" + field + "', or store a JSON object first.");
        }
        object.put(field, value);
        try {
            return MAPPER.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            // Not reachable for a tree of strings; no cause: the text could carry the value.
            throw new SecretProviderException(source, "could not write the JSON secret");
        }
    }

    private static @Nullable ObjectNode parseObject(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            return node instanceof ObjectNode ? (ObjectNode) node : null;
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    private static String fieldNames(ObjectNode object) {
        StringBuilder sb = new StringBuilder();
        object.fieldNames()
                .forEachRemaining(n -> sb.append(sb.length() == 0 ? "" : ", ").append(n));
        return sb.length() == 0 ? "none" : sb.toString();
    }
}
