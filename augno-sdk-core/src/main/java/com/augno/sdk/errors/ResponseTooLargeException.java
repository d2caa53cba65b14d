package com.augno.sdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * A response body was larger than the SDK reads ({@link #limitBytes()}). The request is not
 * retried: the same request would get the same answer. It points at a server or proxy fault, or at
 * a list page asked for with a far too large {@code limit}.
 */
public class ResponseTooLargeException extends ResponseDecodingException {
    private static final long serialVersionUID = 1L;

    private final long limitBytes;

    /** Creates the exception. */
    public ResponseTooLargeException(String message, int statusCode, @Nullable String requestId, long limitBytes) {
        super(message, statusCode, requestId);
        this.limitBytes = limitBytes;
    }

    /** Returns the largest body the SDK reads, in bytes. */
    public long limitBytes() {
        return limitBytes;
    }
}
