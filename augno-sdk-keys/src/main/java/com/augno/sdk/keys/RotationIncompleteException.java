package com.augno.sdk.keys;

import com.augno.sdk.errors.AugnoException;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.SecretValue;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A rotation that created a new key but could not put it in the store (after retrying), or could
 * not recover a lost one. Augno shows a new secret only once, so this exception holds it: {@link
 * #unstoredSecretValue()} returns it whatever its shape, {@link #unstoredSecret()} as an {@link
 * ApiKey} when its prefix is one this SDK version knows; both have a redacted {@code toString}, for
 * the caller to write elsewhere. Neither the message nor {@link #state()} contains it.
 */
public final class RotationIncompleteException extends KeyRotationException {
    private static final long serialVersionUID = 1L;

    private final transient @Nullable SecretValue unstoredSecret;

    RotationIncompleteException(
            String message, RotationState state, @Nullable SecretValue unstoredSecret, @Nullable Throwable cause) {
        super(message, state, cause);
        this.unstoredSecret = unstoredSecret;
    }

    /**
     * Returns the new secret that is not in the store, when the rotation holds one, whatever its
     * shape (also a key brand this SDK version does not know). Write it to a store at once (e.g.
     * {@code WritableSecretStore.put(value, ...)}); never print it.
     */
    public Optional<SecretValue> unstoredSecretValue() {
        return Optional.ofNullable(unstoredSecret);
    }

    /**
     * Returns the new key that is not in the store as an {@link ApiKey}, when the rotation holds one
     * with a prefix this SDK version knows; empty otherwise (then {@link #unstoredSecretValue()}
     * still holds a secret of an unknown shape). Write it to a store at once (e.g. {@code
     * WritableSecretStore.put(key.toSecretValue(), ...)}); never print it.
     */
    public Optional<ApiKey> unstoredSecret() {
        if (unstoredSecret == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ApiKey.parse(unstoredSecret, "the rotation's new secret"));
        } catch (AugnoException e) {
            return Optional.empty();
        }
    }
}
