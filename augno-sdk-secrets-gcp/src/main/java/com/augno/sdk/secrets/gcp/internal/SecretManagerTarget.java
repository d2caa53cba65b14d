package com.augno.sdk.secrets.gcp.internal;

import org.jspecify.annotations.Nullable;

/**
 * Not API. What a {@code GcpSecretManagerSecretProvider.Builder} names, checked locally: the
 * secret's path, the endpoint, and whether the settings combine. Immutable.
 */
public final class SecretManagerTarget {
    private final SecretPath path;
    private final String label;
    private final @Nullable GcpEndpoint endpoint;
    private final boolean needsLocalCredentials;

    private SecretManagerTarget(
            SecretPath path, String label, @Nullable GcpEndpoint endpoint, boolean needsLocalCredentials) {
        this.path = path;
        this.label = label;
        this.endpoint = endpoint;
        this.needsLocalCredentials = needsLocalCredentials;
    }

    /**
     * Checks the builder's values.
     *
     * @throws IllegalStateException if the secret is not set, or a client is combined with an
     *     endpoint or credentials provider, or a credentials provider with a plaintext endpoint
     * @throws com.augno.sdk.errors.ConfigurationException if a name is malformed or the endpoint
     *     unusable
     */
    public static SecretManagerTarget check(
            @Nullable String project,
            @Nullable String secret,
            String version,
            boolean clientGiven,
            @Nullable String endpoint,
            boolean credentialsGiven) {
        if (secret == null) {
            throw new IllegalStateException("secret == null");
        }
        if (clientGiven && endpoint != null) {
            throw new IllegalStateException("client cannot be combined with endpoint: configure the client's endpoint");
        }
        if (clientGiven && credentialsGiven) {
            throw new IllegalStateException(
                    "client cannot be combined with credentialsProvider: configure the client's credentials");
        }
        SecretPath path = SecretPath.of(project, secret, version);
        String label = "gcp-sm://" + (path.project() == null ? "" : path.project() + "/") + path.secret();
        GcpEndpoint parsedEndpoint = endpoint == null ? null : GcpEndpoint.parse(endpoint, label);
        if (parsedEndpoint != null && parsedEndpoint.plaintext() && credentialsGiven) {
            throw new IllegalStateException("credentialsProvider cannot be combined with the plaintext endpoint "
                    + parsedEndpoint + ", which never sends credentials");
        }
        boolean needsLocalCredentials =
                !clientGiven && !credentialsGiven && (parsedEndpoint == null || !parsedEndpoint.plaintext());
        return new SecretManagerTarget(path, label, parsedEndpoint, needsLocalCredentials);
    }

    /** Returns the secret's path; its project is null when it is to be found in the environment. */
    public SecretPath path() {
        return path;
    }

    /** Returns e.g. {@code gcp-sm://acme/augno-api-key}, naming the secret in build-time messages. */
    public String label() {
        return label;
    }

    /** Returns the endpoint given, or null for Google's. */
    public @Nullable GcpEndpoint endpoint() {
        return endpoint;
    }

    /**
     * True when the provider will create its client with Application Default Credentials, so they
     * must be found locally (no client, no credentials provider, no plaintext endpoint given).
     */
    public boolean needsLocalCredentials() {
        return needsLocalCredentials;
    }
}
