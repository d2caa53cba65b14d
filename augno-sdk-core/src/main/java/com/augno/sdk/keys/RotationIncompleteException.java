package com.augno.sdk.keys;

import com.augno.sdk.secrets.ApiKey;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A rotation that created a new key but could not put it in the store (after retrying), or could
 * not recover a lost one. Augno shows a new secret only once, so this exception holds it: {@link
 * #unstoredSecret()} returns it as an {@link ApiKey}, whose {@code toString} is redacted, for the
 * caller to write elsewhere. Neither the message nor {@link #state()} contains it.
 */
public final class RotationIncompleteException extends KeyRotationException {
    private static final long serialVersionUID = 1L;

    private final transient @Nullable ApiKey unstoredSecret;

    RotationIncompleteException(
            String message, RotationState state, @Nullable ApiKey unstoredSecret, @Nullable Throwable cause) {
        super(message, state, cause);
        this.unstoredSecret = unstoredSecret;
    }

    /**
     * Returns the new key that is not in the store, when the rotation holds one. Write it to a
     * store at once (e.g. {@code WritableSecretStore.put(key.toSecretValue(), ...)}); never print it.
     */
    public Optional<ApiKey> unstoredSecret() {
        return Optional.ofNullable(unstoredSecret);
    }
}
