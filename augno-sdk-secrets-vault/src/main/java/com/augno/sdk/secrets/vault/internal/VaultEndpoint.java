package com.augno.sdk.secrets.vault.internal;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.internal.secrets.StoreEndpoints;
import com.augno.sdk.secrets.vault.VaultSecretProviderFactory;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.function.Function;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The one place that decides which Vault host the provider may talk to: the operator names it
 * explicitly ({@code endpoint=} or {@code VAULT_ADDR}; there is no default host), and it must pass
 * the SDK's store-endpoint rule ({@code https}, or {@code http} on loopback only).
 */
public final class VaultEndpoint {
    /** The environment variable Vault's own CLI reads the address from. */
    public static final String VAULT_ADDR = "VAULT_ADDR";

    private VaultEndpoint() {}

    /**
     * Returns the endpoint: {@code given} if set, else {@code VAULT_ADDR}.
     *
     * @param reference the log-safe reference, for messages
     * @throws ConfigurationException if neither is set, or the address breaks the endpoint rule
     */
    public static HttpUrl resolve(
            @Nullable URI given, Function<String, @Nullable String> environment, String reference) {
        String text;
        if (given != null) {
            text = given.toString();
        } else {
            String env = environment.apply(VAULT_ADDR);
            if (env == null || env.isBlank()) {
                throw new ConfigurationException("No Vault address for " + reference + ": set ?endpoint=https://vault"
                        + ".example:8200 in the reference, or the VAULT_ADDR environment variable.");
            }
            text = env;
        }
        return check(text, reference);
    }

    /**
     * Checks one address against the endpoint rule.
     *
     * @throws ConfigurationException if it is not an absolute {@code https} (or loopback {@code http}) URL
     */
    public static HttpUrl check(String endpoint, String reference) {
        VaultPaths.refuseKeyShaped(endpoint, "address");
        // Vault runs wherever the operator runs it: the host named explicitly (endpoint= or
        // VAULT_ADDR) is the one the policy allows; the rule still requires https off loopback.
        StoreEndpoints.Policy.Builder policy = StoreEndpoints.Policy.builder(VaultSecretProviderFactory.SCHEME)
                .describedAs("the Vault host named in endpoint= or VAULT_ADDR");
        String host = hostOf(endpoint);
        if (host != null) {
            policy.allowHosts(host);
        }
        URI uri = StoreEndpoints.parse(endpoint, reference, policy.build());
        HttpUrl url = HttpUrl.parse(uri.toString());
        if (url == null) {
            throw new ConfigurationException("The Vault address of " + reference + " is not a URL.");
        }
        return url;
    }

    private static @Nullable String hostOf(String endpoint) {
        try {
            return new URI(endpoint.trim()).getHost();
        } catch (URISyntaxException e) {
            return null; // StoreEndpoints reports it
        }
    }
}
