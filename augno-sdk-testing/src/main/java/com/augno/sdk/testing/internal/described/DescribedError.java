package com.augno.sdk.testing.internal.described;

import org.jspecify.annotations.Nullable;

/**
 * An API error the described handler answers with; the engine renders it exactly like its
 * hand-written errors (same envelope, {@code type} derived from the code).
 */
public final class DescribedError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status. */
    public final int status;
    /** The error code, e.g. {@code missing_field}. */
    public final String code;
    /** The parameter or field at fault, or null. */
    public final @Nullable String param;

    /** Creates an error. */
    public DescribedError(int status, String code, String message, @Nullable String param) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.param = param;
    }

    static DescribedError notFound(String id) {
        return new DescribedError(404, "resource_not_found", "No resource with id " + id + " exists.", null);
    }

    static DescribedError gone(String id) {
        return new DescribedError(410, "resource_gone", "The resource " + id + " was deleted.", null);
    }

    static DescribedError badRequest(String code, String message, @Nullable String param) {
        return new DescribedError(400, code, message, param);
    }
}
