package com.augno.sdk.secrets;

import java.util.Set;

/**
 * Turns a {@link SecretReference} of one or more URI schemes into a {@link SecretProvider}; the
 * {@code ServiceLoader} SPI behind {@code SecretProviders.fromUri(String)}.
 *
 * <p>Core registers {@code env} and {@code file}; {@code augno-sdk-secrets-aws} registers
 * {@code aws-sm}, {@code augno-sdk-secrets-gcp} registers {@code gcp-sm} and {@code
 * augno-sdk-secrets-azure} registers {@code azure-kv}, so adding the jar adds the scheme. Register an implementation in
 * {@code META-INF/services/com.augno.sdk.secrets.SecretProviderFactory}. Implementations need a
 * public no-argument constructor and must be thread-safe.
 */
public interface SecretProviderFactory {

    /** Returns the schemes this factory handles, lower case, e.g. {@code aws-sm}. */
    Set<String> schemes();

    /**
     * Creates a provider for a parsed reference of one of {@link #schemes()}. Creating it must not
     * contact the store (clients are created lazily, at the first fetch).
     *
     * @throws com.augno.sdk.errors.ConfigurationException if the reference is malformed for this
     *     scheme (unknown parameter, bad target, unsafe endpoint); the message lists the accepted
     *     forms
     */
    SecretProvider create(SecretReference reference);
}
