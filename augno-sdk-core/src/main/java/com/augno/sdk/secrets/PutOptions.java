package com.augno.sdk.secrets;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Options of {@link WritableSecretStore#put(SecretValue, PutOptions)}.
 *
 * <p>The request token makes a retried put create one version where the store supports it (AWS
 * {@code ClientRequestToken}); rotation passes its rotation id. Immutable.
 */
public final class PutOptions {
    private static final PutOptions NONE = new PutOptions(null);

    private final @Nullable String requestToken;

    private PutOptions(@Nullable String requestToken) {
        this.requestToken = requestToken;
    }

    /** Returns options without a request token. */
    public static PutOptions none() {
        return NONE;
    }

    /**
     * Returns options with a request token: 32 to 64 characters of letters, digits and {@code -}
     * (AWS's limits), e.g. a UUID.
     *
     * @throws IllegalArgumentException if the token does not fit these rules
     */
    public static PutOptions withRequestToken(String requestToken) {
        Objects.requireNonNull(requestToken, "requestToken == null");
        if (requestToken.length() < 32 || requestToken.length() > 64 || !requestToken.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException(
                    "requestToken must be 32 to 64 letters, digits or '-' (a UUID fits): " + requestToken);
        }
        return new PutOptions(requestToken);
    }

    /** Returns the request token, if any. */
    public Optional<String> requestToken() {
        return Optional.ofNullable(requestToken);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof PutOptions && Objects.equals(((PutOptions) o).requestToken, requestToken);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(requestToken);
    }

    @Override
    public String toString() {
        return requestToken == null ? "PutOptions()" : "PutOptions(requestToken=" + requestToken + ")";
    }
}
