package com.augno.sdk.internal.resources;

import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.http.Page;
import com.augno.sdk.http.RequestOptions;
import com.augno.sdk.internal.http.ClientContext;
import com.augno.sdk.secrets.KeyShapes;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Not API: the request shapes the typed services share (get by id, list, create, update, delete),
 * on top of {@link ClientContext}.
 */
public final class Calls {
    private final ClientContext context;

    /** Creates the helper for one client. */
    public Calls(ClientContext context) {
        this.context = Objects.requireNonNull(context, "context == null");
    }

    /** Returns the client context. */
    public ClientContext context() {
        return context;
    }

    /** {@code GET path/id?include=...}. */
    public <T> T get(String path, String id, Collection<String> include, RequestOptions options, Class<T> type) {
        return context.execute(
                ApiRequest.builder(HttpMethod.GET, path)
                        .addPathSegment(requireId(id))
                        .include(include)
                        .options(options)
                        .build(),
                type);
    }

    /** {@code GET path?query&include=...}, first page. */
    public <T> Page<T> list(
            String path, Map<String, Object> query, Collection<String> include, RequestOptions options, Class<T> type) {
        ApiRequest.Builder b = ApiRequest.builder(HttpMethod.GET, path);
        query.forEach(b::query);
        return context.executePage(b.include(include).options(options).build(), type);
    }

    /** {@code POST path?include=...} (or {@code path/id/suffix} when {@code id} is set) with a JSON body. */
    public <T> T post(
            String path,
            @Nullable String id,
            @Nullable String suffix,
            Object body,
            Collection<String> include,
            RequestOptions options,
            Class<T> type) {
        ApiRequest.Builder b = ApiRequest.builder(HttpMethod.POST, path);
        if (id != null) {
            b.addPathSegment(requireId(id));
        }
        if (suffix != null) {
            for (String s : suffix.split("/")) {
                b.addPathSegment(s);
            }
        }
        return context.execute(b.body(body).include(include).options(options).build(), type);
    }

    /**
     * {@code PATCH path/id?include=...} with a JSON body.
     *
     * @throws IllegalArgumentException before anything is sent, when the body sets no field (the
     *     API refuses {@code PATCH {}})
     */
    public <T> T patch(
            String path, String id, Object body, Collection<String> include, RequestOptions options, Class<T> type) {
        if (body instanceof JsonNode && ((JsonNode) body).isObject() && ((JsonNode) body).isEmpty()) {
            throw new IllegalArgumentException("Nothing to update: the " + type.getSimpleName() + " update sets no"
                    + " field, and the API refuses an empty PATCH. Set at least one field on the update params"
                    + " (a field set to clear it counts), or skip the call.");
        }
        return context.execute(
                ApiRequest.builder(HttpMethod.PATCH, path)
                        .addPathSegment(requireId(id))
                        .body(body)
                        .include(include)
                        .options(options)
                        .build(),
                type);
    }

    /** {@code DELETE path/id}; the API answers an empty object. */
    public void delete(String path, String id, RequestOptions options) {
        context.execute(
                ApiRequest.builder(HttpMethod.DELETE, path)
                        .addPathSegment(requireId(id))
                        .options(options)
                        .build(),
                JsonNode.class);
    }

    /** Returns {@code include} as a list, refusing null elements. */
    public static List<String> include(String... include) {
        return List.of(include);
    }

    private static String requireId(String id) {
        Objects.requireNonNull(id, "id == null");
        // A key pasted as an id would travel into the URL, logs, the exception and the server's
        // request logs: refused before anything is sent, without echoing it.
        KeyShapes.refuseKey(id, "The id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id is blank; pass the object's id, e.g. apke_...");
        }
        return id;
    }
}
