package com.augno.keys.rotation.gcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a Pub/Sub push (the CloudEvent data of {@code
 * google.cloud.pubsub.topic.v1.messagePublished}) that a Secret Manager notification uses: the
 * message id, its publish time and the {@code eventType} and {@code secretId} attributes. The
 * message data (the secret's metadata) is not read.
 */
final class PubSubMessage {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String messageId;
    private final Instant publishTime;
    private final JsonNode attributes;

    private PubSubMessage(String messageId, Instant publishTime, JsonNode attributes) {
        this.messageId = messageId;
        this.publishTime = publishTime;
        this.attributes = attributes;
    }

    /**
     * Parses the CloudEvent data.
     *
     * @throws IllegalArgumentException when it is not a Pub/Sub message with an id and a publish time
     */
    static PubSubMessage parse(byte @Nullable [] data) {
        if (data == null) {
            throw new IllegalArgumentException("The event has no data; expected a Pub/Sub message.");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(data);
        } catch (IOException e) {
            throw new IllegalArgumentException("The event data is not JSON; expected a Pub/Sub message.", e);
        }
        JsonNode message = root.path("message");
        String id = text(message, "messageId", "message_id");
        String published = text(message, "publishTime", "publish_time");
        if (id == null || published == null) {
            throw new IllegalArgumentException("The Pub/Sub message has no messageId or publishTime.");
        }
        try {
            return new PubSubMessage(id, Instant.parse(published), message.path("attributes"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The Pub/Sub message's publishTime is not a timestamp: " + published, e);
        }
    }

    private static @Nullable String text(JsonNode node, String name, String altName) {
        JsonNode v = node.hasNonNull(name) ? node.get(name) : node.get(altName);
        return v == null || !v.isTextual() || v.asText().isBlank() ? null : v.asText();
    }

    String messageId() {
        return messageId;
    }

    Instant publishTime() {
        return publishTime;
    }

    /** Returns an attribute, e.g. {@code eventType} or {@code secretId}. */
    Optional<String> attribute(String name) {
        JsonNode v = attributes.get(name);
        return v == null || !v.isTextual() ? Optional.empty() : Optional.of(v.asText());
    }
}
