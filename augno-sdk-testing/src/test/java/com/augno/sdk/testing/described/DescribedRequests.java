package com.augno.sdk.testing.described;

import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.testing.FakeAugnoServer;
import com.augno.sdk.testing.internal.described.ApiDescription;
import com.augno.sdk.testing.internal.described.ApiDescription.Field;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Test helper: plain HTTP to the fake (so every status is seen as sent) and valid request bodies
 * built from the description: required fields with plausible values, ids of records created first.
 */
public final class DescribedRequests {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final FakeAugnoServer server;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String secret;

    /** An answer: status and parsed body. */
    record Answer(int status, JsonNode body) {
        String code() {
            return body.path("error").path("code").asText("");
        }

        boolean noRoute() {
            return status == 404 && body.path("error").path("message").asText().startsWith("No route matches");
        }
    }

    DescribedRequests(FakeAugnoServer server, ApiKey key) {
        this.server = server;
        this.secret = key.reveal();
    }

    Answer send(String method, String pathAndQuery, JsonNode body) {
        return send(method, pathAndQuery, body == null ? null : body.toString().getBytes(StandardCharsets.UTF_8));
    }

    Answer send(String method, String pathAndQuery, byte[] body) {
        HttpRequest.BodyPublisher pub =
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + secret)
                .header("OpenMRP-Version", "1.0.forge-preview.3")
                .header("Content-Type", "application/json")
                .method(method, pub)
                .build();
        try {
            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            JsonNode parsed = r.body().length == 0 ? F.objectNode() : MAPPER.readTree(r.body());
            return new Answer(r.statusCode(), parsed);
        } catch (IOException e) {
            throw new AssertionError(method + " " + pathAndQuery, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A valid body of {@code model}: required fields only; {@code ids} answers for {@code *_id} fields. */
    public static ObjectNode body(ApiDescription api, String model, Function<String, String> ids) {
        return object(api, model, ids, new ArrayDeque<>());
    }

    private static ObjectNode object(
            ApiDescription api, String model, Function<String, String> ids, Deque<String> stack) {
        ObjectNode o = F.objectNode();
        List<Field> fields = api.model(model);
        if (fields == null || stack.contains(model) || stack.size() > 4) {
            return o;
        }
        stack.push(model);
        for (Field f : fields) {
            if (f.required || f.name.equals("email")) {
                o.set(f.name, value(api, f.name, f.type, ids, stack));
            }
        }
        stack.pop();
        return o;
    }

    /** A plausible value of a field of {@code type}. */
    public static JsonNode sample(ApiDescription api, String name, String type) {
        return value(api, name, type, n -> "zz_" + n, new ArrayDeque<>());
    }

    private static JsonNode value(
            ApiDescription api, String name, String type, Function<String, String> ids, Deque<String> stack) {
        if (type.startsWith("list<")) {
            ArrayNode a = F.arrayNode();
            String element = type.substring(5, type.length() - 1);
            String singular = name.endsWith("_ids") ? name.substring(0, name.length() - 1) : name;
            a.add(value(api, singular, element, ids, stack));
            return a;
        }
        if (type.startsWith("map<")) {
            return F.objectNode();
        }
        switch (type) {
            case "string":
                if (name.endsWith("_id")) {
                    return F.textNode(ids.apply(name));
                }
                if (name.contains("email")) {
                    return F.textNode("buyer@example.com");
                }
                if (name.contains("url")) {
                    return F.textNode("https://example.com/x");
                }
                return F.textNode("Sample " + name);
            case "datetime":
                return F.textNode("2026-01-02T03:04:05Z");
            case "date":
                return F.textNode("2026-01-02");
            case "decimal":
                return F.textNode("1.5");
            case "integer":
                return F.numberNode(1);
            case "number":
                return F.numberNode(1.5);
            case "boolean":
                return F.booleanNode(true);
            case "any":
                return F.objectNode();
            default:
                break;
        }
        List<String> e = api.enumValues(type);
        if (e != null) {
            return F.textNode(e.isEmpty() ? "x" : e.get(0));
        }
        return object(api, type, ids, stack);
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
