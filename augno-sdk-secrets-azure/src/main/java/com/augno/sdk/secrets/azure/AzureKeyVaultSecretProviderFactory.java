package com.augno.sdk.secrets.azure;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.secrets.SecretProviderFactory;
import com.augno.sdk.secrets.SecretReference;
import com.augno.sdk.secrets.azure.internal.KeyVaultNames;
import java.util.Objects;
import java.util.Set;

/**
 * Creates {@link AzureKeyVaultSecretProvider}s from {@code azure-kv} references; registered for
 * {@code ServiceLoader}, so {@code SecretProviders.fromUri} and the {@code augno.secret} setting
 * accept the scheme as soon as this module is on the class path.
 *
 * <p>Grammar: {@code azure-kv://<vault-name>/<secret-name>[/<version>][?endpoint=..][#<json field>]}.
 *
 * <ul>
 *   <li>{@code azure-kv://acme-prod/augno-api-key}: the latest version of secret {@code
 *       augno-api-key} in {@code https://acme-prod.vault.azure.net};
 *   <li>{@code azure-kv://acme-prod/augno/0123456789abcdef0123456789abcdef}: a fixed version (such
 *       references refuse to write);
 *   <li>{@code azure-kv://acme-prod/augno#api_key}: the key is field {@code api_key} of a JSON secret;
 *   <li>{@code endpoint=https://acme-prod.vault.azure.cn}: the vault's URL in a sovereign cloud (https,
 *       or http on loopback for tests).
 * </ul>
 *
 * <p>The credentials come from {@code DefaultAzureCredential}.
 */
public final class AzureKeyVaultSecretProviderFactory implements SecretProviderFactory {
    /** The scheme handled: {@code azure-kv}. */
    public static final String SCHEME = KeyVaultNames.SCHEME;

    /** The accepted form, for messages. */
    public static final String FORM =
            "azure-kv://<vault-name>/<secret-name>[/<version>][?endpoint=https://..][#<json field>]";

    private static final Set<String> PARAMETERS = Set.of("endpoint");

    /** Creates the factory; {@code ServiceLoader} calls this. */
    public AzureKeyVaultSecretProviderFactory() {}

    /** Returns {@code azure-kv}. */
    @Override
    public Set<String> schemes() {
        return Set.of(SCHEME);
    }

    /**
     * Creates a provider without contacting Azure.
     *
     * @throws ConfigurationException if the scheme is not {@code azure-kv}, the target is not {@code
     *     <vault>/<secret>[/<version>]} with valid names, a parameter is unknown or empty, or the
     *     endpoint is neither https nor loopback http
     */
    @Override
    public AzureKeyVaultSecretProvider create(SecretReference reference) {
        Objects.requireNonNull(reference, "reference == null");
        if (!SCHEME.equals(reference.scheme())) {
            throw new ConfigurationException(
                    "The reference " + reference + " is not an " + SCHEME + " reference. Accepted form: " + FORM);
        }
        reference.requireOnlyParameters(PARAMETERS);
        String[] parts = reference.target().split("/", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new ConfigurationException("The secret reference " + SCHEME + "://... does not name a vault and a"
                    + " secret (and at most a version) separated by '/'. Accepted form: " + FORM);
        }
        AzureKeyVaultSecretProvider.Builder b =
                AzureKeyVaultSecretProvider.builder().vaultName(parts[0]).secretName(parts[1]);
        if (parts.length == 3) {
            b.version(parts[2]);
        }
        String endpoint = reference.parameter("endpoint").orElse(null);
        if (endpoint != null) {
            if (endpoint.isBlank()) {
                throw new ConfigurationException(
                        "The reference " + reference + " has an empty parameter 'endpoint'. Accepted form: " + FORM);
            }
            b.endpoint(endpoint);
        }
        reference.jsonField().ifPresent(b::jsonField);
        return b.build();
    }
}
