package com.augno.sdk.internal.http;

import com.augno.sdk.errors.RequiredFieldMissingException;
import org.jspecify.annotations.Nullable;

/** Not API: checks the generated (and hand-written) models run while they are decoded. */
public final class Checks {
    private Checks() {}

    /**
     * Thrown from a model's JSON creator when a required field is missing; Jackson wraps it, and
     * {@link #missingField(Throwable)} finds it again so that the transport can throw the typed
     * {@link RequiredFieldMissingException}. Its message names the model and the field, never a value.
     */
    public static final class MissingField extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String model;
        private final String field;

        MissingField(String model, String field) {
            super(model + "." + field
                    + " is required but the response had no value for it (the API and this SDK version disagree;"
                    + " upgrade the SDK or read the raw JSON with AugnoClient.request)");
            this.model = model;
            this.field = field;
        }

        /** Returns the model's name. */
        public String model() {
            return model;
        }

        /** Returns the field's wire name. */
        public String field() {
            return field;
        }

        /**
         * Returns the typed, public form of this failure for a response.
         *
         * @param where the request and status ({@code GET /v1/core/jobs/x -> 200})
         * @param statusCode the status
         * @param requestId the response's request id, if any
         * @return the exception to throw
         */
        public RequiredFieldMissingException toException(String where, int statusCode, @Nullable String requestId) {
            return new RequiredFieldMissingException(
                    where + ": " + getMessage() + (requestId == null ? "" : " (request " + requestId + ")")
                            + ". The body is not shown: it may hold a secret.",
                    statusCode,
                    requestId,
                    model,
                    field);
        }
    }

    /**
     * Returns {@code value}, or throws when a field the API always sends was missing or null. The
     * message names the model and the field, never a value, so it cannot carry a secret.
     *
     * @throws MissingField if {@code value} is null (the transport reports it as a {@link
     *     RequiredFieldMissingException})
     */
    public static <T> T required(@Nullable T value, String model, String field) {
        if (value == null) {
            throw new MissingField(model, field);
        }
        return value;
    }

    /**
     * Returns the {@link MissingField} that made a decoding fail (Jackson wraps what a creator
     * throws), or null when the failure had another reason.
     */
    public static @Nullable MissingField missingField(@Nullable Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MissingField m) {
                return m;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
