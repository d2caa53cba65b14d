package com.augno.sdk.internal.json;

import org.jspecify.annotations.Nullable;

/** Not API: checks the generated models run while they are decoded. */
public final class Checks {
    private Checks() {}

    /**
     * Returns {@code value}, or throws when a field the API always sends was missing or null. The
     * message names the model and the field, never a value, so it cannot carry a secret.
     *
     * @throws IllegalArgumentException if {@code value} is null (the decoder reports it as a
     *     decoding failure of the response)
     */
    public static <T> T required(@Nullable T value, String model, String field) {
        if (value == null) {
            throw new IllegalArgumentException(model + "." + field
                    + " is required but the response had no value for it (the API and this SDK version disagree;"
                    + " upgrade the SDK or read the raw JSON with AugnoClient.request)");
        }
        return value;
    }
}
