package com.augno.tools.generator;

import com.augno.tools.api.ApiDescription.Operation;

/**
 * Operations whose request body is sent as it is ({@code "body": {"kind": "raw"}}, the favicon
 * upload): their methods take a {@code RawBody} (bytes and content type) after the path segments.
 */
final class RawBodies {
    private RawBodies() {}

    static boolean isRaw(Operation op) {
        return op.body() != null && "raw".equals(op.body().kind());
    }

    /** The {@code @param} line of the body, or nothing. */
    static String paramDoc(Operation op) {
        return isRaw(op)
                ? "@param body the bytes to send as they are, with their content type (for example {@code image/png})\n"
                : "";
    }
}
