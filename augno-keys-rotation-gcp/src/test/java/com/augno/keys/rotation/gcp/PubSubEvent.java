package com.augno.keys.rotation.gcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.SpecVersion;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A handcrafted Pub/Sub CloudEvent as Cloud Run functions deliver it
 * ({@code google.cloud.pubsub.topic.v1.messagePublished}), carrying a Secret Manager notification.
 */
final class PubSubEvent implements CloudEvent {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String id;
    private final Instant time;
    private final byte[] data;

    private PubSubEvent(String id, Instant time, byte[] data) {
        this.id = id;
        this.time = time;
        this.data = data;
    }

    /** A notification of {@code eventType} for {@code secretName}, published at {@code publishTime}. */
    static PubSubEvent notification(String messageId, String eventType, String secretName, Instant publishTime) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("subscription", "projects/acme/subscriptions/eventarc-augno-rotation");
        ObjectNode message = root.putObject("message");
        message.putObject("attributes")
                .put("eventType", eventType)
                .put("secretId", secretName)
                .put("dataFormat", "JSON");
        message.put("messageId", messageId);
        message.put("publishTime", publishTime.toString());
        message.put(
                "data",
                Base64.getEncoder()
                        .encodeToString(("{\"name\":\"" + secretName + "\"}").getBytes(StandardCharsets.UTF_8)));
        return new PubSubEvent(messageId, publishTime, root.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public CloudEventData getData() {
        return () -> data.clone();
    }

    @Override
    public SpecVersion getSpecVersion() {
        return SpecVersion.V1;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getType() {
        return "google.cloud.pubsub.topic.v1.messagePublished";
    }

    @Override
    public URI getSource() {
        return URI.create("//pubsub.googleapis.com/projects/acme/topics/augno-rotation");
    }

    @Override
    public String getDataContentType() {
        return "application/json";
    }

    @Override
    public @Nullable URI getDataSchema() {
        return null;
    }

    @Override
    public @Nullable String getSubject() {
        return null;
    }

    @Override
    public OffsetDateTime getTime() {
        return time.atOffset(ZoneOffset.UTC);
    }

    @Override
    public @Nullable Object getAttribute(String name) {
        switch (name) {
            case "id":
                return id;
            case "type":
                return getType();
            case "source":
                return getSource();
            case "specversion":
                return getSpecVersion();
            case "time":
                return getTime();
            default:
                return null;
        }
    }

    @Override
    public @Nullable Object getExtension(String name) {
        return null;
    }

    @Override
    public Set<String> getExtensionNames() {
        return Set.of();
    }
}
