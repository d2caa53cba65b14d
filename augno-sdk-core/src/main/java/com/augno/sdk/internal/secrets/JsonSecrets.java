package com.augno.sdk.internal.secrets;

import com.augno.sdk.errors.InvalidApiKeyException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.secrets.SecretValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Not API: the one helper every provider uses for {@code #field} references: read one string field
 * of a JSON secret, and replace one field keeping the rest of the document (for writable stores:
 * {@link #documentToWrite}).
 *
 * <p>Errors never carry the document or the parser's message (Jackson quotes the input it choked
 * on), only the source description, the field name and the shape that was found.
 */
public final class JsonSecrets {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final int MAX_LISTED_FIELDS = 10;

    private JsonSecrets() {}

    /**
     * Returns the string value of {@code field} in a JSON secret, keeping the version id and fetch
     * time of {@code secret}.
     *
     * @param secret the fetched secret, expected to be a JSON object
     * @param field the top-level field to read
     * @param source the log-safe description of the source, for errors
     * @throws InvalidApiKeyException if the secret is not a JSON object, lacks the field, or the
     *     field is not a string; the message names the source and the field, never a value
     */
    public static SecretValue extractField(SecretValue secret, String field, String source) {
        Objects.requireNonNull(secret, "secret == null");
        String value = extractField(secret.reveal(), field, source);
        return SecretValue.of(value, secret.versionId().orElse(null), secret.fetchedAt());
    }

    /**
     * Returns the string value of {@code field} in the JSON object {@code document}.
     *
     * @throws InvalidApiKeyException if the document is not a JSON object, lacks the field, or the
     *     field is not a string; the message names the source and the field, never a value
     */
    public static String extractField(String document, String field, String source) {
        Objects.requireNonNull(document, "document == null");
        Objects.requireNonNull(field, "field == null");
        Objects.requireNonNull(source, "source == null");
        JsonNode root = parseObject(document);
        if (root == null) {
            throw new InvalidApiKeyException(
                    source,
                    "the reference asks for JSON field '" + field + "' but the secret is not a JSON object. "
                            + "Drop '#" + field + "' from the reference if the secret is the key itself.");
        }
        JsonNode node = root.get(field);
        if (node == null) {
            throw new InvalidApiKeyException(
                    source,
                    "the JSON secret has no field '" + field + "' (fields present: " + fieldNames(root)
                            + "). Fix the name after '#' in the reference.");
        }
        if (!node.isTextual()) {
            throw new InvalidApiKeyException(
                    source,
                    "JSON field '" + field + "' is " + describe(node) + ", not a string. Store the key as a string.");
        }
        return node.textValue();
    }

    /**
     * Returns {@code document} with {@code field} set to {@code newValue}, every other field kept
     * as it was and in its order; a missing or blank document becomes a new object with the one
     * field.
     *
     * @throws SecretProviderException if the current document is not a JSON object (it is not
     *     overwritten, since that would lose whatever it holds); the message never contains it
     */
    public static String replaceField(@Nullable String document, String field, String newValue, String source) {
        Objects.requireNonNull(field, "field == null");
        Objects.requireNonNull(newValue, "newValue == null");
        Objects.requireNonNull(source, "source == null");
        ObjectNode root;
        if (document == null || document.isBlank()) {
            root = MAPPER.createObjectNode();
        } else {
            JsonNode parsed = parseObject(document);
            if (parsed == null) {
                throw new SecretProviderException(
                        source,
                        "cannot write JSON field '" + field + "': the current secret is not a JSON object, and"
                                + " overwriting it would lose what it holds. Fix the secret or drop '#" + field
                                + "' from the reference.");
            }
            root = (ObjectNode) parsed;
        }
        root.put(field, newValue);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            // Writing a tree of strings cannot fail; no cause, its message could quote values.
            throw new IllegalStateException("could not serialise a JSON secret");
        }
    }

    /** Reads a writable store's current document for {@link #documentToWrite}. */
    @FunctionalInterface
    public interface CurrentDocument {
        /**
         * Returns the current secret text, or null when the secret has no version yet.
         *
         * @throws RuntimeException the store's typed error when it cannot be read
         */
        @Nullable
        String read();
    }

    /**
     * Returns the text a writable store should write for {@code value}: the value itself, or, for a
     * {@code #field} reference, the current document (read only then) with {@code field} set to the
     * value and every other field kept. Two writers of different fields can still lose one update,
     * since neither store offers compare-and-set.
     *
     * @param field the reference's JSON field, or null when the whole secret is the key
     * @throws SecretProviderException if the current document is not a JSON object (see {@link
     *     #replaceField})
     * @throws RuntimeException whatever {@code current} throws
     */
    public static String documentToWrite(
            SecretValue value, @Nullable String field, CurrentDocument current, String source) {
        Objects.requireNonNull(value, "value == null");
        Objects.requireNonNull(current, "current == null");
        if (field == null) {
            return value.reveal();
        }
        return replaceField(current.read(), field, value.reveal(), source);
    }

    /** Returns the parsed object, or null when the text is not exactly one JSON object. */
    private static @Nullable JsonNode parseObject(String document) {
        String trimmed = document.trim();
        if (!trimmed.startsWith("{")) {
            return null;
        }
        try (JsonParser parser = MAPPER.createParser(trimmed)) {
            JsonNode node = MAPPER.readTree(parser);
            if (node == null || !node.isObject() || parser.nextToken() != null) {
                return null; // not one object: a scalar, an array, or text after the object
            }
            return node;
        } catch (IOException e) {
            // Deliberately dropped: the parser's message quotes the input.
            return null;
        }
    }

    private static String fieldNames(JsonNode root) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = root.fieldNames();
        while (it.hasNext() && names.size() < MAX_LISTED_FIELDS) {
            names.add("'" + it.next() + "'");
        }
        if (names.isEmpty()) {
            return "none";
        }
        return String.join(", ", names) + (it.hasNext() ? ", ..." : "");
    }

    private static String describe(JsonNode node) {
        if (node.isNull()) {
            return "null";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
