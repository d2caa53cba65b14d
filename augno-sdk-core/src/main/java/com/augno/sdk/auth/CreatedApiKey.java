package com.augno.sdk.auth;

import com.augno.sdk.errors.InvalidApiKeyException;
import com.augno.sdk.secrets.ApiKey;
import com.augno.sdk.secrets.PutOptions;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.secrets.WritableSecretStore;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A key that was just created or rotated: its record and its secret.
 *
 * <p>The secret is an {@link ApiKey}: its {@code toString} is redacted and it is revealed only by
 * an explicit {@link ApiKey#reveal()}. The API returns the secret only once, so write it into a
 * secret store straight away with {@link #storeIn(WritableSecretStore, PutOptions)}. This object's
 * own {@code toString} never shows the secret.
 */
public final class CreatedApiKey {
    private final ApiKeyInfo info;
    private final ApiKey secret;

    CreatedApiKey(ApiKeyInfo info, ApiKey secret) {
        this.info = Objects.requireNonNull(info, "info == null");
        this.secret = Objects.requireNonNull(secret, "secret == null");
    }

    @JsonCreator
    static CreatedApiKey fromJson(
            @JsonProperty("api_key_info") @Nullable ApiKeyInfo info,
            @JsonProperty("api_key_secret") @Nullable String secret) {
        String source = "the Augno API's response creating key " + (info == null ? "(no api_key_info)" : info.id());
        if (info == null) {
            throw new IllegalArgumentException("The created key response has no api_key_info");
        }
        if (secret == null) {
            throw new InvalidApiKeyException(source, "the response has no api_key_secret");
        }
        return new CreatedApiKey(info, ApiKey.parse(SecretValue.of(secret), source));
    }

    /** Returns the new key's record (for a rotation: the replacement's, with its own new id). */
    public ApiKeyInfo info() {
        return info;
    }

    /** Returns the new secret, redacted in {@code toString}; {@link ApiKey#reveal()} gives the value. */
    public ApiKey secret() {
        return secret;
    }

    /**
     * Writes the new secret into {@code store} as its new current version.
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
        return store.put(secret.toSecretValue(), options);
    }

    /** Shows the record and the redacted secret, never the secret. */
    @Override
    public String toString() {
        return "CreatedApiKey{id=" + info.id() + ", name=" + info.name() + ", secret=" + secret.redacted() + "}";
    }
}
