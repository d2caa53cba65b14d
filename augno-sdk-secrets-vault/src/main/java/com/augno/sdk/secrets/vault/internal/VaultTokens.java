package com.augno.sdk.secrets.vault.internal;

/** Not API. Where a {@link VaultConnection} gets the token of each call: the provider's session. */
public interface VaultTokens {
    /**
     * Returns a token to use now, logging in or renewing first through {@code http} when needed.
     *
     * @throws com.augno.sdk.errors.ConfigurationException if no token can be found
     * @throws com.augno.sdk.errors.SecretProviderException (or a subclass) if a login fails
     */
    String token(VaultHttp http);

    /** Tells that Vault refused {@code token}; true when a new token may help (a login-based session). */
    boolean refused(String token);
}
