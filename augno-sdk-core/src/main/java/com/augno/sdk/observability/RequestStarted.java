package com.augno.sdk.observability;

import com.augno.sdk.http.HttpMethod;
import java.util.Objects;

/**
 * An attempt of a request is about to be sent. Immutable; carries no key, query or body.
 */
public final class RequestStarted {
    private final String operation;
    private final HttpMethod method;
    private final String uriTemplate;
    private final int attempt;

    private RequestStarted(String operation, HttpMethod method, String uriTemplate, int attempt) {
        this.operation = operation;
        this.method = method;
        this.uriTemplate = uriTemplate;
        this.attempt = attempt;
    }

    /**
     * Returns an event for attempt {@code attempt} (1 for the first) of {@code operation}.
     *
     * @throws IllegalArgumentException if {@code attempt} is below 1
     */
    public static RequestStarted of(String operation, HttpMethod method, String uriTemplate, int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be >= 1: " + attempt);
        }
        return new RequestStarted(
                Objects.requireNonNull(operation, "operation == null"),
                Objects.requireNonNull(method, "method == null"),
                Objects.requireNonNull(uriTemplate, "uriTemplate == null"),
                attempt);
    }

    /**
     * Returns the operation name: the one the request was built with, else method and URI template
     * ({@code GET /v1/auth/api-keys/{id}}).
     */
    public String operation() {
        return operation;
    }

    /** Returns the HTTP method. */
    public HttpMethod method() {
        return method;
    }

    /** Returns the path with each variable segment shown as {@code {id}}; never ids or the query. */
    public String uriTemplate() {
        return uriTemplate;
    }

    /** Returns the attempt number: 1 for the first, 2 for the first retry, and so on. */
    public int attempt() {
        return attempt;
    }

    @Override
    public String toString() {
        return "RequestStarted(" + operation + ", attempt " + attempt + ")";
    }
}
