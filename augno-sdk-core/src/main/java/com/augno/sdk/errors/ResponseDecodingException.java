package com.augno.sdk.errors;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A successful (2xx) response could not be decoded into the expected type. The message names the
 * request, the type and where decoding stopped (line, column, JSON path), never the body's content:
 * a body may hold a secret (a created key's {@code api_key_secret}). Jackson's own exception is not
 * attached for the same reason.
 */
public class ResponseDecodingException extends AugnoException {
    private static final long serialVersionUID = 1L;
    private final int statusCode;
    private final @Nullable String requestId;

    /** Creates the exception. */
    public ResponseDecodingException(String message, int statusCode, @Nullable String requestId) {
        super(message);
        this.statusCode = statusCode;
        this.requestId = requestId;
    }

    /** Returns the HTTP status of the response that failed to decode. */
    public int statusCode() {
        return statusCode;
    }

    /** Returns the request id of the response, if the server sent one. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }
}
