package com.augno.sdk.secrets.azure.internal;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.internal.secrets.StoreEndpoints;
import java.net.URI;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Key Vault's naming rules for vaults, secrets and versions, where an endpoint may point,
 * and the description that names a secret in messages. A name that breaks a rule is never echoed:
 * it may be a pasted secret.
 */
public final class KeyVaultNames {
    /** The scheme of Key Vault references. */
    public static final String SCHEME = "azure-kv";

    /** The DNS suffix of vaults in Azure's public cloud. */
    public static final String PUBLIC_CLOUD_SUFFIX = ".vault.azure.net";

    /**
     * Where an {@code endpoint=} may point: Key Vault's own domains in the public and sovereign
     * clouds (the endpoint receives the workload's Azure token and, during a rotation, the new
     * secret), loopback literals, or a host the operator names in {@code AUGNO_SECRETS_ENDPOINT_HOSTS}.
     */
    private static final StoreEndpoints.Policy KEY_VAULT_ENDPOINTS = StoreEndpoints.Policy.builder(SCHEME)
            .describedAs("<vault>.vault.azure.net (or .vault.azure.cn, .vault.usgovcloudapi.net,"
                    + " .vault.microsoftazure.de) and Managed HSM <name>.managedhsm.azure.net")
            .allowDomain(".vault.azure.net")
            .allowDomain(".vault.azure.cn")
            .allowDomain(".vault.usgovcloudapi.net")
            .allowDomain(".vault.microsoftazure.de")
            .allowDomain(".managedhsm.azure.net")
            .build();

    // Azure's naming rules (not echoed when broken: a name that breaks them may be a pasted secret).
    private static final Pattern VAULT_NAME = Pattern.compile("[a-zA-Z](?!.*--)[a-zA-Z0-9-]{1,22}[a-zA-Z0-9]");
    private static final Pattern SECRET_NAME = Pattern.compile("[a-zA-Z0-9-]{1,127}");
    private static final Pattern VERSION = Pattern.compile("[a-zA-Z0-9]{1,64}");

    private KeyVaultNames() {}

    /**
     * Returns {@code vaultName} when it is a vault name.
     *
     * @throws ConfigurationException unless it is 3-24 letters, digits and single hyphens, starting
     *     with a letter and ending with a letter or digit
     */
    public static String vaultName(String vaultName) {
        if (!VAULT_NAME.matcher(vaultName).matches()) {
            throw new ConfigurationException("The Key Vault name (not shown) is not a vault name: 3-24 letters,"
                    + " digits and single hyphens, starting with a letter and ending with a letter or digit.");
        }
        return vaultName;
    }

    /**
     * Returns {@code secretName} when it is a secret name.
     *
     * @throws ConfigurationException unless it is 1-127 letters, digits and hyphens
     */
    public static String secretName(String secretName) {
        if (!SECRET_NAME.matcher(secretName).matches()) {
            throw new ConfigurationException("The Key Vault secret name (not shown) is not a secret name: 1-127"
                    + " letters, digits and hyphens.");
        }
        return secretName;
    }

    /**
     * Returns {@code version} when it is a version id.
     *
     * @throws ConfigurationException unless it is letters and digits
     */
    public static String version(String version) {
        if (!VERSION.matcher(version).matches()) {
            throw new ConfigurationException(
                    "The Key Vault secret version (not shown) is not a version id: letters and digits only.");
        }
        return version;
    }

    /**
     * Returns the endpoint as a URI when Key Vault's endpoint rule allows it.
     *
     * @throws ConfigurationException unless the URI is {@code https} to a Key Vault domain or a host
     *     named by the operator, or {@code http(s)} to a loopback host, without user info, query or
     *     fragment
     */
    public static URI endpoint(String endpoint, @Nullable String vaultName, @Nullable String secretName) {
        return StoreEndpoints.parse(
                endpoint,
                SCHEME + "://" + (vaultName == null ? "<vault>" : vaultName) + "/"
                        + (secretName == null ? "<secret>" : secretName),
                KEY_VAULT_ENDPOINTS);
    }

    /** Returns e.g. {@code azure-kv://acme-prod/augno-api-key#api_key}. */
    public static String describe(
            String vaultName,
            String secretName,
            @Nullable String version,
            @Nullable URI endpointOverride,
            @Nullable String jsonField) {
        StringBuilder sb = new StringBuilder(SCHEME)
                .append("://")
                .append(vaultName)
                .append('/')
                .append(secretName);
        if (version != null) {
            sb.append('/').append(version);
        }
        if (endpointOverride != null) {
            sb.append(" (endpoint ").append(endpointOverride).append(')');
        }
        if (jsonField != null) {
            sb.append('#').append(jsonField);
        }
        return sb.toString();
    }
}
