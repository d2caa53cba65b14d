package com.augno.sdk.secrets.vault.internal;

import com.augno.sdk.errors.SecretAccessDeniedException;
import com.augno.sdk.errors.SecretNotFoundException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.errors.SecretUnavailableException;
import java.util.List;
import java.util.Locale;

/**
 * Not API. Maps Vault's HTTP answers to the SDK's secret-provider exceptions (DESIGN section 6): 403 access
 * denied, 404 not found, 429, 5xx, a sealed Vault and a standby's redirect transient (so the key
 * cache keeps serving its last good key).
 *
 * <p>Vault's {@code errors} texts are read to choose the advice, never copied into a message: a
 * response body is never shown, as a misbehaving proxy or a secret-bearing reply could hold the key.
 */
public final class VaultErrors {
    private final String source;

    public VaultErrors(String source) {
        this.source = source;
    }

    /**
     * Returns the exception for a failed call.
     *
     * @param status the HTTP status
     * @param errors Vault's {@code errors} texts, for classification only
     * @param action what was attempted, e.g. {@code "read secret/data/prod/augno"}
     * @param grant the policy capability that allows it, e.g. {@code "read"}, or null when no policy applies
     *     (a login)
     */
    public RuntimeException map(
            int status, List<String> errors, String action, @org.jspecify.annotations.Nullable String grant) {
        String lower = String.join("\n", errors).toLowerCase(Locale.ROOT);
        String detail = " [HTTP " + status + "]";
        if (status == 503 && lower.contains("sealed")) {
            return new SecretUnavailableException(
                    source,
                    "Vault is sealed, so it cannot " + action + "; unseal it. The key cache serves its last"
                            + " good key meanwhile." + detail);
        }
        if (status == 429 || status == 412 || status >= 500) {
            return new SecretUnavailableException(
                    source,
                    "Vault could not " + action + " for now (rate limit, standby, or a failure on its"
                            + " side); retrying later may succeed." + detail);
        }
        if (status >= 300 && status < 400) {
            return new SecretUnavailableException(
                    source,
                    "Vault answered " + action + " with a redirect (a standby node pointing at the active"
                            + " one). Redirects are not followed, so the token never goes to another host: point"
                            + " the endpoint at the active node or the cluster's load balancer." + detail);
        }
        if (status == 401 || status == 403) {
            return new SecretAccessDeniedException(
                    source,
                    "Vault refused to " + action
                            + (grant == null
                                    ? ": check the role and its binding to this identity."
                                    : ": the token's policies must grant \"" + grant + "\" on that path (see"
                                            + " docs/vault.md), and the token must be valid (not expired or"
                                            + " revoked).")
                            + detail);
        }
        if (status == 404) {
            return new SecretNotFoundException(
                    source,
                    "Vault has nothing to " + action + ": no such secret, the version was deleted or destroyed,"
                            + " or the mount is not a KV version 2 engine (or not in this namespace). Check the"
                            + " mount, path, version and namespace." + detail);
        }
        if (status == 400) {
            return new SecretProviderException(
                    source,
                    "Vault refused the request to " + action + " as invalid"
                            + (grant == null ? " (for a login: an unknown role, or a rejected JWT or secret id)" : "")
                            + "." + detail);
        }
        return new SecretProviderException(source, "Vault failed to " + action + "." + detail);
    }
}
