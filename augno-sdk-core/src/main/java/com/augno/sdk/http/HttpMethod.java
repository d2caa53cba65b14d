package com.augno.sdk.http;

/** The HTTP methods the Augno API uses. */
public enum HttpMethod {
    /** Reads a resource or a list. */
    GET,
    /** Creates a resource or runs an action; gets an {@code Idempotency-Key}. */
    POST,
    /** Replaces a resource. */
    PUT,
    /** Updates a resource; gets an {@code Idempotency-Key}. */
    PATCH,
    /** Deletes or revokes a resource. */
    DELETE;

    /** Returns true for the methods that get an {@code Idempotency-Key}: POST and PATCH. */
    public boolean isIdempotencyKeyed() {
        return this == POST || this == PATCH;
    }
}
