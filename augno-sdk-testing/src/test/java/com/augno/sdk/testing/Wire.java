package com.augno.sdk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;

/**
 * Raw requests to the fake through real OkHttp, for the rules the SDK client never breaks (unknown
 * fields, explicit nulls, odd versions). Bodies are sent verbatim; keys only in the header.
 */
final class Wire {
    static final String VERSION = "1.0.forge-preview.3";
    private static final MediaType JSON = MediaType.get("application/json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final OkHttpClient http = new OkHttpClient.Builder()
            .callTimeout(Duration.ofSeconds(10))
            .retryOnConnectionFailure(false)
            .build();
    private final FakeAugnoServer server;
    private final String secret;

    Wire(FakeAugnoServer server, String secret) {
        this.server = server;
        this.secret = secret;
    }

    /** The answer: status, headers of interest, and the JSON body. */
    static final class Answer {
        final int status;
        final Map<String, String> headers;
        final JsonNode body;

        Answer(int status, Map<String, String> headers, JsonNode body) {
            this.status = status;
            this.headers = headers;
            this.body = body;
        }

        JsonNode error() {
            return body.path("error");
        }

        String code() {
            return error().path("code").asText();
        }

        String type() {
            return error().path("type").asText();
        }

        /** The {@code param}, or null when the error names none. */
        @Nullable
        String param() {
            JsonNode p = error().get("param");
            return p == null || p.isNull() ? null : p.asText();
        }

        boolean isTransient() {
            return error().path("is_transient").asBoolean();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** Sends {@code body} (maps, lists and scalars) as JSON. */
    Answer sendJson(String method, String pathAndQuery, Object body) {
        try {
            return send(method, pathAndQuery, MAPPER.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer send(String method, String pathAndQuery, @Nullable String body) {
        return send(method, pathAndQuery, body, Map.of("OpenMRP-Version", VERSION));
    }

    Answer send(String method, String pathAndQuery, @Nullable String body, Map<String, String> headers) {
        Request.Builder b = new Request.Builder()
                .url(server.baseUrl() + pathAndQuery)
                .header("Authorization", "Bearer " + secret)
                .method(method, body == null ? emptyBodyFor(method) : RequestBody.create(body, JSON));
        headers.forEach(b::header);
        try (Response r = http.newCall(b.build()).execute()) {
            ResponseBody rb = r.body();
            String text = rb == null ? "" : rb.string();
            Map<String, String> h = new LinkedHashMap<>();
            for (String name : r.headers().names()) {
                h.put(name, r.header(name));
            }
            return new Answer(r.code(), h, text.isEmpty() ? MAPPER.createObjectNode() : MAPPER.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable RequestBody emptyBodyFor(String method) {
        return method.equals("POST") || method.equals("PATCH") || method.equals("PUT")
                ? RequestBody.create(new byte[0], null)
                : null;
    }
}
