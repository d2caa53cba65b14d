package com.augno.sdk.secrets.gcp;

import com.augno.sdk.errors.InvalidApiKeyException;
import com.augno.sdk.errors.SecretProviderException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * Reads and replaces one top-level field of a JSON secret ({@code #api_key}). Error messages name
 * the field and the source, never the document (it holds the secret).
 */
final class JsonField {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonField() {}

    /**
     * Returns the string value of {@code field}.
     *
     * @throws InvalidApiKeyException if the document is not a JSON object or the field is missing
     *     or not a string
     */
    static String extract(String document, String field, String source) {
        JsonNode node = parseObject(document);
        if (node == null) {
            throw new InvalidApiKeyException(
                    source, "the secret is not a JSON object, so field '" + field + "' cannot be read from it");
        }
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidApiKeyException(source, "the JSON secret has no field '" + field + "'");
        }
        if (!value.isTextual()) {
            throw new InvalidApiKeyException(source, "the JSON secret's field '" + field + "' is not a string");
        }
        return value.asText();
    }

    /**
     * Returns {@code document} with {@code field} set to {@code value}, every other field kept;
     * {@code document == null} (no version yet) gives a document with that field only.
     *
     * @throws SecretProviderException if the current document is not a JSON object (it is not
     *     overwritten)
     */
    static String replace(@Nullable String document, String field, String value, String source) {
        ObjectNode node = document == null ? JSON.createObjectNode() : parseObject(document);
        if (node == null) {
            throw new SecretProviderException(
                    source,
                    "the current secret is not a JSON object, so field '" + field
                            + "' cannot be replaced; refusing to overwrite it. Fix the secret or drop the #field.");
        }
        node.put(field, value);
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new SecretProviderException(source, "could not write the JSON secret");
        }
    }

    private static @Nullable ObjectNode parseObject(String document) {
        try {
            JsonNode node = JSON.readTree(document);
            return node instanceof ObjectNode ? (ObjectNode) node : null;
        } catch (JsonProcessingException e) {
            // Never chain the parser's exception: its message quotes the document.
            return null;
        }
    }
}
