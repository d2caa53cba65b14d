package com.augno.sdk.secrets;

/**
 * A source of the Augno API key: a secret store, an environment variable, a mounted file.
 *
 * <p>Implementations must be safe for concurrent use. The client calls {@link #fetch()} through its
 * key cache (first use, then a background refresh every few minutes, and after a 401 key error),
 * never on every request, so a fetch may do network I/O. A provider should bound the time of each
 * fetch itself.
 *
 * <p>Ownership: a client built with a provider closes it when the client is closed.
 */
public interface SecretProvider extends AutoCloseable {

    /**
     * Fetches the current secret.
     *
     * @return the secret, with its version id where the store has one; never null
     * @throws com.augno.sdk.errors.SecretNotFoundException if the secret or version does not exist
     * @throws com.augno.sdk.errors.SecretAccessDeniedException if the store refuses these credentials
     * @throws com.augno.sdk.errors.SecretUnavailableException if the store is unreachable, slow or
     *     throttling (transient: the key cache serves its last good key for a while)
     * @throws com.augno.sdk.errors.SecretProviderException for any other store failure
     * @throws com.augno.sdk.errors.InvalidApiKeyException if a JSON field was asked for and the
     *     secret is not JSON or lacks it
     */
    SecretValue fetch();

    /**
     * Returns a description of this source that is safe to log and to put in exception messages,
     * e.g. {@code aws-sm://prod/augno (region eu-west-1)#api_key}. Never contains the secret.
     */
    String description();

    /** Releases what this provider created (clients, threads). Does nothing by default. */
    @Override
    default void close() {}
}
