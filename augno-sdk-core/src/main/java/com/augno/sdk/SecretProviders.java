package com.augno.sdk;

import com.augno.sdk.internal.secrets.EnvironmentVariableSecretProvider;
import com.augno.sdk.internal.secrets.FileSecretProvider;
import com.augno.sdk.internal.secrets.SecretProviderRegistry;
import com.augno.sdk.internal.secrets.SecretSettings;
import com.augno.sdk.runtime.RuntimeGuard;
import com.augno.sdk.secrets.SecretProvider;
import com.augno.sdk.secrets.SecretProviderFactory;
import com.augno.sdk.secrets.SecretReference;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Creates {@link SecretProvider}s: from a secret reference ({@link #fromUri(String)}), from the
 * configuration ops set without code ({@link #fromEnvironment()}), or directly for an environment
 * variable or a mounted file.
 *
 * <p>Reference forms (DESIGN.md section 4; parsed by our own code, since AWS names may contain
 * {@code @ + = /} and ARNs contain {@code :}):
 *
 * <ul>
 *   <li>{@code env://VARIABLE[#field]}
 *   <li>{@code file:///absolute/path[#field]}: owner-only permissions, not inside a git work tree,
 *       at most 16 KiB
 *   <li>{@code aws-sm://<name or ARN>[?region=..&stage=..&versionId=..&endpoint=..][#field]}
 *       (needs {@code com.augno:augno-sdk-secrets-aws})
 *   <li>{@code gcp-sm://projects/<p>/secrets/<s>/versions/<v>[?endpoint=..][#field]},
 *       {@code gcp-sm://<p>/<s>}, {@code gcp-sm://<s>} (needs
 *       {@code com.augno:augno-sdk-secrets-gcp})
 *   <li>{@code azure-kv://<vault-name>/<secret-name>[/<version>][?endpoint=..][#field]} (needs
 *       {@code com.augno:augno-sdk-secrets-azure})
 *   <li>{@code vault://<mount>/<path>[?version=..&namespace=..&endpoint=..&auth=..][#field]}
 *       (needs {@code com.augno:augno-sdk-secrets-vault})
 * </ul>
 *
 * <p>{@code #field} reads one string field of a JSON secret. Creating a provider never contacts the
 * store; the first fetch does.
 */
public final class SecretProviders {
    // In the root package, beside AugnoClient, rather than in secrets: it creates the built-in
    // providers of internal.secrets, which implement the secrets SPI, so from secrets it would
    // close a package cycle.
    private SecretProviders() {}

    /**
     * Returns the provider for a secret reference, found through the {@link SecretProviderFactory}
     * registered for its scheme.
     *
     * @param reference e.g. {@code aws-sm://prod/augno?region=eu-west-1#api_key}
     * @throws com.augno.sdk.errors.ConfigurationException if the reference is malformed or of an
     *     unknown scheme (the message lists the accepted forms), if its scheme's module is missing
     *     (the message names the artifact to add), or if it holds an API key itself (refused
     *     without repeating it)
     * @throws com.augno.sdk.runtime.UnsupportedRuntimeException on Android, iOS and browser-like
     *     runtimes
     */
    public static SecretProvider fromUri(String reference) {
        Objects.requireNonNull(reference, "reference == null");
        return SecretProviderRegistry.fromUri(reference);
    }

    /**
     * Returns the provider that configuration names: the reference in system property
     * {@code augno.secret} or, if unset, environment variable {@code AUGNO_SECRET}; if neither is
     * set, {@code env://AUGNO_API_KEY}. System properties win over environment variables.
     *
     * @throws com.augno.sdk.errors.ConfigurationException if nothing is configured and
     *     {@code AUGNO_API_KEY} is unset (the message lists every place looked), or the configured
     *     reference is unusable
     * @throws com.augno.sdk.runtime.UnsupportedRuntimeException on Android, iOS and browser-like
     *     runtimes
     */
    public static SecretProvider fromEnvironment() {
        return SecretSettings.provider();
    }

    /**
     * Returns a provider reading the environment variable {@code name} at every fetch.
     *
     * @throws com.augno.sdk.errors.ConfigurationException if {@code name} is not a variable name
     * @throws com.augno.sdk.runtime.UnsupportedRuntimeException on runtimes that must not hold keys
     */
    public static SecretProvider environmentVariable(String name) {
        Objects.requireNonNull(name, "name == null");
        RuntimeGuard.enforce();
        return EnvironmentVariableSecretProvider.create(
                SecretReference.parse("env://" + EnvironmentVariableSecretProvider.checkName(name)));
    }

    /**
     * Returns a provider reading the file at {@code path} at every fetch (a mounted Kubernetes or
     * Docker secret). Each fetch checks that it is a regular file of at most 16 KiB, readable and
     * writable by its owner only (on POSIX), and not inside a git work tree.
     *
     * @throws com.augno.sdk.errors.ConfigurationException if the path contains {@code ..}
     * @throws com.augno.sdk.runtime.UnsupportedRuntimeException on runtimes that must not hold keys
     */
    public static SecretProvider file(Path path) {
        Objects.requireNonNull(path, "path == null");
        RuntimeGuard.enforce();
        return FileSecretProvider.create(path, null);
    }
}
