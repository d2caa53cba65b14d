package com.augno.sdk.internal.http;

import com.augno.sdk.errors.ResponseDecodingException;
import com.augno.sdk.http.HttpMethod;
import com.augno.sdk.http.ResponseHeaders;
import com.augno.sdk.internal.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Not API. Answers the call for a 2xx attempt: decodes the body as the call's type into {@link
 * Exchange#result}. A body that cannot be read is a {@link ResponseDecodingException} that never
 * quotes it (it may hold a secret). Passes error answers on.
 */
final class DecodeStage implements Stage {
    static final DecodeStage INSTANCE = new DecodeStage();
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

    private DecodeStage() {}

    @Override
    public Verdict handle(Exchange x) {
        int status = x.status;
        if (status < 200 || status >= 300) {
            return Verdict.NEXT;
        }
        x.finished(status, x.headers, null, null);
        x.result = decode(x, x.bytes, x.type, x.method, status, x.headers());
        return Verdict.DONE;
    }

    private static Object decode(
            Exchange x, byte[] bytes, JavaType type, HttpMethod method, int status, ResponseHeaders headers) {
        if (bytes.length == 0 && !(method == HttpMethod.DELETE || status == 202 || status == 204)) {
            // Only bodiless answers (deletes, 202, 204) may be empty; an empty list or object
            // elsewhere is a truncated reply, and reading it as {} would silently lose data.
            throw decodeFailure(method, x.path(), status, headers, type, "the body is empty");
        }
        try {
            Object value = Json.reader(type).readValue(bytes.length == 0 ? EMPTY_OBJECT : bytes);
            if (value == null) {
                throw decodeFailure(method, x.path(), status, headers, type, "the body is JSON null");
            }
            return value;
        } catch (IOException e) {
            Checks.MissingField missing = Checks.missingField(e);
            if (missing != null) {
                // A required field was absent or null: typed, naming the model and field only.
                throw missing.toException(
                        method + " " + x.path() + " -> " + status,
                        status,
                        headers.requestId().orElse(null));
            }
            // Never Jackson's message or the exception itself: both can quote the body.
            StringBuilder where = new StringBuilder(e.getClass().getSimpleName());
            if (e instanceof JsonProcessingException) {
                var loc = ((JsonProcessingException) e).getLocation();
                if (loc != null) {
                    where.append(" at line ")
                            .append(loc.getLineNr())
                            .append(", column ")
                            .append(loc.getColumnNr());
                }
            }
            if (e instanceof JsonMappingException) {
                StringBuilder jsonPath = new StringBuilder("$");
                for (JsonMappingException.Reference ref : ((JsonMappingException) e).getPath()) {
                    if (ref.getFieldName() != null) {
                        jsonPath.append('.').append(ref.getFieldName());
                    } else if (ref.getIndex() >= 0) {
                        jsonPath.append('[').append(ref.getIndex()).append(']');
                    }
                }
                where.append(", path ").append(jsonPath);
            }
            throw decodeFailure(method, x.path(), status, headers, type, where.toString());
        }
    }

    private static ResponseDecodingException decodeFailure(
            HttpMethod method, String path, int status, ResponseHeaders headers, JavaType type, String problem) {
        String requestId = headers.requestId().orElse(null);
        return new ResponseDecodingException(
                method + " " + path + " -> " + status + ": the response body could not be read as "
                        + type.getRawClass().getSimpleName() + " (" + problem + ")"
                        + (requestId == null ? "" : " (request " + requestId + ")")
                        + ". The body is not shown: it may hold a secret.",
                status,
                requestId);
    }
}
