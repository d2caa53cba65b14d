package com.augno.sdk.errors;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A successful (2xx) response lacked a field the API always sends (a required, non-nullable field
 * of the model), or sent it as {@code null}. The response is refused as it is decoded, rather than
 * giving back a model whose non-optional accessor would return {@code null} later.
 *
 * <p>{@link #model()} and {@link #field()} name the model and its wire field; the message names
 * them too, never a value (a body may hold a secret). It usually means the API and this SDK version
 * disagree: upgrade the SDK, or read the raw JSON with {@code AugnoClient.request(...)}.
 */
public class RequiredFieldMissingException extends ResponseDecodingException {
    private static final long serialVersionUID = 1L;

    private final String model;
    private final String field;

    /**
     * Creates the exception.
     *
     * @param message the message (names the model and field, never a value)
     * @param statusCode the HTTP status of the response
     * @param requestId the response's request id, if any
     * @param model the model that lacked the field (the API's name, e.g. {@code Job})
     * @param field the missing field's wire name (e.g. {@code created_at})
     */
    public RequiredFieldMissingException(
            String message, int statusCode, @Nullable String requestId, String model, String field) {
        super(message, statusCode, requestId);
        this.model = Objects.requireNonNull(model, "model == null");
        this.field = Objects.requireNonNull(field, "field == null");
    }

    /** Returns the model that lacked the field (the API's name, e.g. {@code Job}). */
    public String model() {
        return model;
    }

    /** Returns the wire name of the missing field (e.g. {@code created_at}). */
    public String field() {
        return field;
    }
}
