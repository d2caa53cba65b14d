package com.augno.sdk.secrets;

/**
 * A {@link SecretProvider} that can also store a new version of its secret, which key rotation
 * needs ({@code KeyRotator} writes the new key here before the old one dies).
 *
 * <p>A reference that extracts a JSON field ({@code #api_key}) writes that field and keeps the rest
 * of the JSON document. A reference pinned to a fixed version refuses to write, because running
 * clients would never see the new version.
 */
public interface WritableSecretStore extends SecretProvider {

    /**
     * Stores {@code value} as the new current version of the secret.
     *
     * @param value the new secret (for a JSON-field reference: the new value of that field)
     * @param options the request token that makes a retried put create one version where the store
     *     supports it
     * @return the new version's id, or the empty string when the store has no version ids
     * @throws com.augno.sdk.errors.SecretProviderException (or a subclass) when the write fails;
     *     {@link com.augno.sdk.errors.SecretUnavailableException} when retrying may succeed
     * @throws com.augno.sdk.errors.ConfigurationException when this reference cannot be written
     *     (pinned to a version or stage)
     */
    String put(SecretValue value, PutOptions options);

    /**
     * Tells whether these credentials may write the secret, without writing.
     *
     * @return {@link WriteAccess#YES} or {@link WriteAccess#NO} when the store can check,
     *     {@link WriteAccess#UNKNOWN} when it cannot tell without writing
     */
    WriteAccess canWrite();
}
