package com.augno.keys.rotation.aws;

import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.SecretValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A secret's string as the rotation reads and writes it: a JSON object with {@code api_key} (and
 * {@code key_id}, written back after every rotation; other fields are kept), or a bare key.
 */
final class SecretDocument {
    static final String API_KEY = "api_key";
    static final String KEY_ID = "key_id";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final @Nullable ObjectNode json;
    private final ApiKey key;

    private SecretDocument(@Nullable ObjectNode json, ApiKey key) {
        this.json = json;
        this.key = key;
    }

    /**
     * Parses a secret string; the messages never echo it.
     *
     * @throws RotationStepException when it holds neither a key nor a JSON object with {@code api_key}
     */
    static SecretDocument parse(String secretString, String source) {
        String trimmed = secretString.trim();
        if (trimmed.startsWith("{")) {
            JsonNode node;
            try {
                node = MAPPER.readTree(trimmed);
            } catch (JsonProcessingException e) {
                throw new RotationStepException(source + " looks like JSON but does not parse (content not shown)");
            }
            JsonNode field = node.get(API_KEY);
            if (!(node instanceof ObjectNode) || field == null || !field.isTextual()) {
                throw new RotationStepException(
                        source + " is a JSON document without a string field \"" + API_KEY + "\"");
            }
            return new SecretDocument((ObjectNode) node, ApiKey.parse(SecretValue.of(field.asText()), source));
        }
        return new SecretDocument(null, ApiKey.parse(SecretValue.of(trimmed), source));
    }

    ApiKey key() {
        return key;
    }

    /** Returns the {@code key_id} field, when the document is JSON and has one. */
    Optional<String> keyId() {
        JsonNode id = json == null ? null : json.get(KEY_ID);
        return id != null && id.isTextual() && !id.asText().isBlank() ? Optional.of(id.asText()) : Optional.empty();
    }

    /** Returns this document with another key: JSON keeps its other fields and gets the new {@code key_id}. */
    String with(ApiKey newKey, String newKeyId) {
        if (json == null) {
            return newKey.reveal();
        }
        ObjectNode copy = json.deepCopy();
        copy.put(API_KEY, newKey.reveal());
        copy.put(KEY_ID, newKeyId);
        return copy.toString();
    }

    @Override
    public String toString() {
        return "SecretDocument(" + key.redacted() + ", " + (json == null ? "bare key" : "json") + ")";
    }
}
