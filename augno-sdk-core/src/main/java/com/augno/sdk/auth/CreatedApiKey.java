package com.augno.sdk.auth;

import com.augno.sdk.errors.InvalidApiKeyException;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.KeyShapes;
import com.augno.sdk.secrets.PutOptions;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.secrets.WritableSecretStore;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A key that was just created or rotated: its record and its one-time secret.
 *
 * <p>The API returns the secret only once, so write it into a secret store straight away with
 * {@link #storeIn(WritableSecretStore, PutOptions)}. Usually the secret has a known prefix and
 * {@link #secret()} gives it as an {@link ApiKey}. When the API answers with a secret of a shape
 * this SDK version does not know (a key brand introduced after it was released), the secret is
 * <b>still kept</b>: {@link #recognized()} is false, {@link #secretValue()} and
 * {@link #storeIn(WritableSecretStore, PutOptions)} work as usual, and only {@link #secret()}
 * refuses (an {@code ApiKey} is always a key this version can classify). This object's
 * {@code toString} never shows the secret.
 */
public final class CreatedApiKey {
    private static final Logger LOG = LoggerFactory.getLogger(CreatedApiKey.class);

    private final ApiKeyInfo info;
    private final SecretValue secretValue;
    private final @Nullable ApiKey key;

    /** A secret with a known prefix. */
    CreatedApiKey(ApiKeyInfo info, ApiKey key) {
        this.info = Objects.requireNonNull(info, "info == null");
        this.key = Objects.requireNonNull(key, "key == null");
        this.secretValue = key.toSecretValue();
    }

    /** A secret this SDK version cannot classify, kept as it came. */
    CreatedApiKey(ApiKeyInfo info, SecretValue unrecognized) {
        this.info = Objects.requireNonNull(info, "info == null");
        this.secretValue = Objects.requireNonNull(unrecognized, "unrecognized == null");
        this.key = null;
    }

    /**
     * Reads a create or rotate answer's record and secret. Returns null when the answer holds no
     * usable secret (absent, empty, or the redacted stand-in an idempotent replay carries). A secret
     * of a shape this SDK version does not know is kept, with a redacted WARN: it is the only copy
     * there will ever be.
     */
    static @Nullable CreatedApiKey fromAnswer(ApiKeyInfo info, @Nullable String secret, String what) {
        if (secret == null) {
            return null;
        }
        String source = what + " key " + info.id();
        try {
            return new CreatedApiKey(info, ApiKey.parse(SecretValue.of(secret), source));
        } catch (InvalidApiKeyException e) {
            if (!isUnrecognizedSecret(secret, info)) {
                LOG.debug("The api_key_secret of {} is not a usable key: {}", info.id(), e.getMessage());
                return null;
            }
            LOG.warn(
                    "The new secret of API key {} ({}) has a prefix this SDK version does not know; it is kept"
                            + " (CreatedApiKey.secretValue(), storeIn). Upgrade the SDK: clients of this version"
                            + " refuse keys of this shape.",
                    info.id(),
                    KeyShapes.redact(secret));
            return new CreatedApiKey(info, SecretValue.of(secret));
        }
    }

    @JsonCreator
    static CreatedApiKey fromJson(
            @JsonProperty("api_key_info") @Nullable ApiKeyInfo info,
            @JsonProperty("api_key_secret") @Nullable String secret) {
        if (info == null) {
            throw new IllegalArgumentException("The created key response has no api_key_info");
        }
        CreatedApiKey created = fromAnswer(info, secret, "the Augno API's response creating");
        if (created == null) {
            throw new IllegalArgumentException(
                    "The created key response for " + info.id() + " has no usable" + " api_key_secret (not shown)");
        }
        return created;
    }

    /**
     * Returns true for a returned secret that is not a known key shape yet is no replay's stand-in:
     * long enough, one token without blanks or control characters, not redacted ({@code *}), not
     * the record's redacted value.
     */
    private static boolean isUnrecognizedSecret(String secret, ApiKeyInfo info) {
        if (secret.length() < 16 || secret.length() > 512 || secret.indexOf('*') >= 0) {
            return false;
        }
        if (secret.equals(info.redactedValue())) {
            return false;
        }
        for (int i = 0; i < secret.length(); i++) {
            char c = secret.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }

    /** Returns the new key's record (for a rotation: the replacement's, with its own new id). */
    public ApiKeyInfo info() {
        return info;
    }

    /**
     * Returns the new secret as an {@link ApiKey} (redacted in {@code toString}; {@link
     * ApiKey#reveal()} gives the value).
     *
     * @throws InvalidApiKeyException when the secret's prefix is not one this SDK version knows
     *     ({@link #recognized()} is false); the secret is not lost: use {@link #secretValue()} or
     *     {@link #storeIn(WritableSecretStore, PutOptions)}, and upgrade the SDK
     */
    public ApiKey secret() {
        if (key == null) {
            throw new InvalidApiKeyException(
                    "the Augno API's answer for key " + info.id(),
                    "its prefix is not one this SDK version knows (" + String.join(", ", KeyShapes.prefixes())
                            + "). The secret is kept: secretValue() returns it and storeIn(store, options) writes"
                            + " it. Upgrade the SDK so that clients accept keys of this shape.");
        }
        return key;
    }

    /**
     * Returns the new secret as a {@link SecretValue} (never shown by {@code toString}), whatever
     * its shape. Never throws.
     */
    public SecretValue secretValue() {
        return secretValue;
    }

    /**
     * Returns true when the secret has a key prefix this SDK version knows, so that {@link
     * #secret()} returns it as an {@link ApiKey}; false for a secret of a newer shape.
     */
    public boolean recognized() {
        return key != null;
    }

    /** Returns the secret's redacted form ({@code mrp_sk_prod_****abcd}), also for an unrecognised shape. */
    public String redactedSecret() {
        return key != null ? key.redacted() : KeyShapes.redact(secretValue.reveal());
    }

    /**
     * Writes the new secret into {@code store} as its new current version. Works for a secret of
     * an unrecognised shape too.
     *
     * @param store the store the clients read the key from
     * @param options a request token makes a retried write create one version where the store
     *     supports it; {@link PutOptions#none()} for none
     * @return the store's id of the new version (empty string when the store has none)
     * @throws com.augno.sdk.errors.SecretProviderException when the write fails (the message names
     *     the store, never the secret)
     */
    public String storeIn(WritableSecretStore store, PutOptions options) {
        Objects.requireNonNull(store, "store == null");
        Objects.requireNonNull(options, "options == null");
        return store.put(secretValue, options);
    }

    /** Shows the record and the redacted secret, never the secret. */
    @Override
    public String toString() {
        return "CreatedApiKey{id=" + info.id() + ", name=" + info.name() + ", secret=" + redactedSecret()
                + (key == null ? " (unrecognised shape)" : "") + "}";
    }
}
