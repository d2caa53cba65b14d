package com.augno.sdk.auth;

import com.augno.sdk.errors.ResponseDecodingException;
import com.augno.sdk.secrets.KeyShapes;
import com.augno.sdk.secrets.PutOptions;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.secrets.WritableSecretStore;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A create or rotate call succeeded (2xx) and returned a new secret, but the key's record in the
 * same answer could not be read (a required field such as {@code id} was missing, or a value did
 * not decode). The key most likely exists and works, and this exception holds <b>the only copy of
 * its secret</b>: write it to the secret store with {@link #storeIn(WritableSecretStore, PutOptions)}
 * (or take {@link #secretValue()}) before dropping the exception.
 *
 * <p>The secret is never part of the message, {@code toString} or a serialized form; {@link
 * #redactedSecret()} is the safe form to log. {@link #keyId()} is the new key's id when the record
 * had one.
 */
public final class ApiKeyRecordUnreadableException extends ResponseDecodingException {
    private static final long serialVersionUID = 1L;

    // transient: a serialized exception (a log shipper, an RMI hop) must not carry the secret.
    private final transient @Nullable SecretValue secret;
    private final @Nullable String keyId;
    private final String redactedSecret;

    ApiKeyRecordUnreadableException(
            String message, int statusCode, @Nullable String requestId, SecretValue secret, @Nullable String keyId) {
        super(message, statusCode, requestId);
        this.secret = Objects.requireNonNull(secret, "secret == null");
        this.keyId = keyId;
        this.redactedSecret = KeyShapes.redact(secret.reveal());
    }

    /**
     * Returns the new key's secret (never shown by {@code toString}).
     *
     * @throws IllegalStateException after this exception was serialized and read back: the secret
     *     is deliberately not part of the serialized form
     */
    public SecretValue secretValue() {
        if (secret == null) {
            throw new IllegalStateException("the secret is not kept in a serialized exception");
        }
        return secret;
    }

    /** Returns the secret's redacted form ({@code mrp_sk_prod_****abcd}), safe to log. */
    public String redactedSecret() {
        return redactedSecret;
    }

    /** Returns the new key's id, when the unreadable record had one. */
    public Optional<String> keyId() {
        return Optional.ofNullable(keyId);
    }

    /**
     * Writes the secret into {@code store} as its new current version.
     *
     * @param store the store the clients read the key from
     * @param options a request token makes a retried write create one version where supported
     * @return the store's id of the new version (empty string when the store has none)
     * @throws com.augno.sdk.errors.SecretProviderException when the write fails (the message names
     *     the store, never the secret)
     */
    public String storeIn(WritableSecretStore store, PutOptions options) {
        Objects.requireNonNull(store, "store == null");
        Objects.requireNonNull(options, "options == null");
        return store.put(secretValue(), options);
    }
}
