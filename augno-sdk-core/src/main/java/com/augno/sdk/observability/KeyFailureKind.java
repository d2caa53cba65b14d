package com.augno.sdk.observability;

import com.augno.sdk.errors.InvalidApiKeyException;
import com.augno.sdk.errors.SecretAccessDeniedException;
import com.augno.sdk.errors.SecretNotFoundException;
import com.augno.sdk.errors.SecretProviderException;
import java.util.Locale;

/** Why fetching the key failed. A small, fixed set: fit for a metric tag. */
public enum KeyFailureKind {
    /** The store failed transiently; the last good key is served within the stale window. */
    TRANSIENT,
    /** The secret does not exist. */
    NOT_FOUND,
    /** The store refused access to the secret. */
    ACCESS_DENIED,
    /** The store holds something that is not a key, or a key of the wrong mode. */
    INVALID_KEY,
    /** Any other failure. */
    OTHER;

    /** Returns the lower-case tag value, such as {@code access_denied}. */
    public String tagValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns the kind of {@code failure}, an exception the key cache surfaced. */
    public static KeyFailureKind of(Throwable failure) {
        if (failure instanceof SecretNotFoundException) {
            return NOT_FOUND;
        }
        if (failure instanceof SecretAccessDeniedException) {
            return ACCESS_DENIED;
        }
        if (failure instanceof InvalidApiKeyException) {
            return INVALID_KEY;
        }
        if (failure instanceof SecretProviderException && ((SecretProviderException) failure).isTransient()) {
            return TRANSIENT;
        }
        return OTHER;
    }
}
