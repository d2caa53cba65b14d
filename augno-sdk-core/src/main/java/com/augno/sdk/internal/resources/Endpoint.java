package com.augno.sdk.internal.resources;

import com.augno.sdk.http.ApiRequest;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.secrets.KeyShapes;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** Not API: builds the request of a generated operation from its path template and path values. */
public final class Endpoint {
    private Endpoint() {}

    /**
     * Returns a request builder for {@code template} (e.g. {@code /v1/catalog/units/{id}}) with each
     * {@code {name}} replaced, in order, by one percent-encoded path segment.
     *
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException if a value is blank, or the values do not match the template
     */
    public static ApiRequest.Builder request(HttpMethod method, String template, String... values) {
        String[] segments = template.substring(1).split("/", -1);
        int literal = 0;
        while (literal < segments.length && !segments[literal].startsWith("{")) {
            literal++;
        }
        ApiRequest.Builder b =
                ApiRequest.builder(method, "/" + String.join("/", java.util.Arrays.copyOf(segments, literal)));
        int next = 0;
        for (int i = literal; i < segments.length; i++) {
            String s = segments[i];
            if (s.startsWith("{")) {
                if (next >= values.length) {
                    throw new IllegalArgumentException("missing a value for " + s + " in " + template);
                }
                String v = Objects.requireNonNull(values[next], () -> s.substring(1, s.length() - 1) + " == null");
                if (v.isBlank()) {
                    throw new IllegalArgumentException(
                            s.substring(1, s.length() - 1) + " is blank; pass the object's id");
                }
                // A key pasted as an id would travel into the URL, logs, the exception and the
                // server's request logs: refused before anything is sent, without echoing it.
                KeyShapes.refuseKey(v, "The " + s.substring(1, s.length() - 1));
                b.addPathSegment(v);
                next++;
            } else {
                b.addPathSegment(s);
            }
        }
        if (next != values.length) {
            throw new IllegalArgumentException(values.length + " path values for " + template);
        }
        return b;
    }

    /**
     * Refuses a PATCH whose body sets no field (the API answers {@code PATCH {}} with an error).
     *
     * @param request the request, its body already set
     * @param paramsName the params class, for the message
     * @throws IllegalArgumentException when the body is an empty JSON object
     */
    public static void refuseEmptyPatch(ApiRequest.Builder request, String paramsName) {
        Object body = request.build().body();
        if (body instanceof JsonNode node && node.isObject() && node.isEmpty()) {
            throw new IllegalArgumentException("Nothing to update: the " + paramsName + " set no field, and the API"
                    + " refuses an empty PATCH. Set at least one field on the params (a field set to clear it"
                    + " counts), or skip the call.");
        }
    }
}
