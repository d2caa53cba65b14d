package com.augno.sdk.testing;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.ApiResponse;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.http.RequestOptions;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.SecretProvider;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Small helpers: build a client on the fake and send generic requests through it. */
final class Calls {
    private Calls() {}

    static AugnoClient client(FakeAugnoServer server, SecretProvider provider, RecordingSleeper sleeper) {
        return AugnoClient.builder()
                .secretProvider(provider)
                .baseUrl(server.baseUrl())
                .clock(server.clock())
                .sleeper(sleeper)
                .build();
    }

    static AugnoClient client(FakeAugnoServer server, ApiKey key, RecordingSleeper sleeper) {
        return client(server, server.storeFor(key), sleeper);
    }

    /** Returns a builder for {@code path}, which may end with {@code ?name=value&...}. */
    static ApiRequest.Builder builder(HttpMethod method, String path) {
        int q = path.indexOf('?');
        if (q < 0) {
            return ApiRequest.builder(method, path);
        }
        ApiRequest.Builder b = ApiRequest.builder(method, path.substring(0, q));
        for (String pair : path.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            b.query(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return b;
    }

    static ApiResponse<JsonNode> get(AugnoClient client, String path, String... query) {
        ApiRequest.Builder b = builder(HttpMethod.GET, path);
        for (int i = 0; i + 1 < query.length; i += 2) {
            b.query(query[i], query[i + 1]);
        }
        return client.request(b.build(), JsonNode.class);
    }

    static ApiResponse<JsonNode> post(AugnoClient client, String path, Map<String, ?> body) {
        return post(client, path, body, RequestOptions.none());
    }

    static ApiResponse<JsonNode> post(AugnoClient client, String path, Map<String, ?> body, RequestOptions options) {
        return client.request(
                builder(HttpMethod.POST, path).body(body).options(options).build(), JsonNode.class);
    }

    static ApiResponse<JsonNode> patch(AugnoClient client, String path, Map<String, ?> body) {
        return client.request(builder(HttpMethod.PATCH, path).body(body).build(), JsonNode.class);
    }

    static ApiResponse<JsonNode> delete(AugnoClient client, String path) {
        return client.request(builder(HttpMethod.DELETE, path).build(), JsonNode.class);
    }

    static ApiResponse<JsonNode> put(AugnoClient client, String path) {
        return client.request(builder(HttpMethod.PUT, path).build(), JsonNode.class);
    }
}
