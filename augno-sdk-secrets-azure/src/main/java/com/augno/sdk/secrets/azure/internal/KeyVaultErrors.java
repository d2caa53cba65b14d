package com.augno.sdk.secrets.azure.internal;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.errors.SecretAccessDeniedException;
import com.augno.sdk.errors.SecretNotFoundException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.errors.SecretUnavailableException;
import com.augno.sdk.http.ResponseHeaders;
import com.augno.sdk.internal.http.RetryPolicy;
import com.augno.sdk.internal.secrets.Causes;
import com.azure.core.exception.HttpResponseException;
import com.azure.core.http.HttpHeader;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.BinaryData;
import com.azure.identity.CredentialUnavailableException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Maps Azure SDK exceptions to the SDK's secret-provider exceptions (DESIGN section 6: 401/403
 * access denied, 404 not found, 429/5xx and I/O transient).
 *
 * <p>Our messages carry the HTTP status, Key Vault's error codes and the request id, never Azure's
 * message text, and never an Azure exception as the cause (its text may quote a response body).
 * Only a plain {@link IOException} is kept as the cause.
 */
public final class KeyVaultErrors {
    /** A read: the data action of the role "Key Vault Secrets User". */
    public static final String GET = "get";

    /** A write: the data action of the role "Key Vault Secrets Officer". */
    public static final String SET = "set";

    /** What {@link #map} decided, and the wait Key Vault asked for on a 429. */
    public record Mapped(
            RuntimeException exception, @Nullable Duration retryAfter) {}

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String source;
    private final String vaultName;
    private final String secretName;
    private final Duration callTimeout;
    private final Clock clock;

    public KeyVaultErrors(String source, String vaultName, String secretName, Duration callTimeout, Clock clock) {
        this.source = source;
        this.vaultName = vaultName;
        this.secretName = secretName;
        this.callTimeout = callTimeout;
        this.clock = clock;
    }

    /** Returns the exception to throw for {@code e}, raised by a {@code get} or {@code set} call. */
    public Mapped map(RuntimeException e, String action) {
        ConfigurationException configuration = Causes.find(e, ConfigurationException.class);
        if (configuration != null) {
            return plain(configuration);
        }
        if (e instanceof HttpResponseException http && http.getResponse() != null) {
            return mapResponse(http.getResponse(), action);
        }
        if (Causes.find(e, CredentialUnavailableException.class) != null) {
            return plain(new ConfigurationException("No Azure credentials for " + source + ". DefaultAzureCredential"
                    + " looked in: the AZURE_TENANT_ID/AZURE_CLIENT_ID/AZURE_CLIENT_SECRET (or"
                    + " AZURE_CLIENT_CERTIFICATE_PATH) environment variables, workload identity (AZURE_FEDERATED_TOKEN_FILE"
                    + " on AKS), managed identity (on Azure hosts), and the Azure CLI, PowerShell and developer CLI"
                    + " logins. Give this process one of them, or pass a TokenCredential to the builder."));
        }
        if (Causes.find(e, OkHttpAzureHttpClient.DeadlineExceededException.class) != null) {
            return plain(new SecretUnavailableException(
                    source,
                    "Azure Key Vault did not answer within the deadline of " + callTimeout.toMillis()
                            + " ms (authentication challenge included); the key cache serves its last good key"
                            + " meanwhile."));
        }
        IOException io = Causes.find(e, IOException.class);
        if (io != null) {
            return plain(new SecretUnavailableException(
                    source,
                    "could not reach Azure Key Vault (" + io.getClass().getSimpleName() + ")",
                    io.getClass() == IOException.class ? io : null));
        }
        if (e instanceof UncheckedIOException) {
            return plain(new SecretUnavailableException(source, "could not reach Azure Key Vault (I/O failure)"));
        }
        if (e instanceof com.azure.core.exception.ClientAuthenticationException) {
            // Without a response: Microsoft Entra ID refused or failed the token request.
            return plain(new SecretAccessDeniedException(
                    source,
                    "Azure could not issue a token for Key Vault ("
                            + e.getClass().getSimpleName() + "); check the"
                            + " identity this process runs as (tenant, client id, secret or federated credential)."));
        }
        String text = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof IllegalStateException && text.contains("challenge resource")) {
            // Read to choose the advice, never copied.
            return plain(new ConfigurationException("The endpoint of " + source + " answered with an authentication"
                    + " challenge for another domain than its own: it is not a Key Vault of the cloud it claims."
                    + " Check endpoint= (or drop it to use https://" + vaultName + ".vault.azure.net)."));
        }
        return plain(new SecretProviderException(
                source,
                "unexpected failure calling Azure Key Vault (" + e.getClass().getName() + ")"));
    }

    private static Mapped plain(RuntimeException e) {
        return new Mapped(e, null);
    }

    private Mapped mapResponse(HttpResponse response, String action) {
        int status = response.getStatusCode();
        String code = "";
        String inner = "";
        try {
            BinaryData body = response.getBodyAsBinaryData();
            JsonNode error =
                    body == null ? null : MAPPER.readTree(body.toBytes()).path("error");
            if (error != null) {
                code = error.path("code").asText("");
                inner = error.path("innererror").path("code").asText("");
            }
        } catch (IOException | RuntimeException ignored) {
            // Not JSON: classify by status alone. The body is never quoted.
        }
        String requestId = response.getHeaderValue(com.azure.core.http.HttpHeaderName.fromString("x-ms-request-id"));
        String detail = " [HTTP " + status + (code.isEmpty() ? "" : ", " + code) + (inner.isEmpty() ? "" : "/" + inner)
                + (requestId == null ? "" : ", request id " + requestId) + "]";
        String role = GET.equals(action) ? "Key Vault Secrets User" : "Key Vault Secrets Officer";
        if (status == 401) {
            return plain(new SecretAccessDeniedException(
                    source,
                    "Azure Key Vault rejected the token (expired, of another tenant, or not for Key Vault); check the"
                            + " identity this process runs as and that the vault belongs to its tenant." + detail));
        }
        if (status == 403) {
            if ("SecretDisabled".equals(inner) || "SecretDisabled".equals(code)) {
                return plain(KeyVaultAttributes.disabled(source, vaultName, secretName, detail));
            }
            if (inner.startsWith("ForbiddenByFirewall") || "ForbiddenByConnection".equals(inner)) {
                return plain(new SecretAccessDeniedException(
                        source,
                        "the Key Vault firewall refused this client's network: allow its address or virtual network"
                                + " in the vault's Networking settings, or use a private endpoint." + detail));
            }
            if (inner.startsWith("ForbiddenByPolicy")) {
                return plain(new SecretAccessDeniedException(
                        source,
                        "the vault's access policies do not grant secret " + action + " to this identity: add a policy"
                                + " with the secret permission '" + action + "', or move the vault to Azure RBAC and"
                                + " assign \"" + role + "\" on the secret." + detail));
            }
            return plain(new SecretAccessDeniedException(
                    source,
                    "Azure refused secret " + action + " on " + secretName + " in vault " + vaultName + ": assign the"
                            + " role \"" + role + "\" to this identity, scoped to the secret (or, on a vault with"
                            + " access policies, grant the secret permission '" + action + "')." + detail));
        }
        if (status == 404) {
            return plain(new SecretNotFoundException(
                    source,
                    "Azure Key Vault " + vaultName + " has no secret " + secretName + " (or not the version asked"
                            + " for). Check the vault and secret names; a deleted secret can be recovered during its"
                            + " retention period (az keyvault secret recover)." + detail));
        }
        if (status == 409 && "Conflict".equals(code)) {
            return plain(new SecretProviderException(
                    source,
                    "the secret " + secretName + " is deleted but recoverable, so Key Vault refuses a new one of that"
                            + " name. Recover it (az keyvault secret recover --vault-name " + vaultName + " --name "
                            + secretName + ") or purge it, then write again. Retrying will not help." + detail));
        }
        if (status == 429) {
            Duration wait = RetryPolicy.retryAfter(ResponseHeaders.of(headersOf(response)), clock);
            return new Mapped(
                    new SecretUnavailableException(
                            source,
                            "Azure Key Vault is throttling requests"
                                    + (wait == null ? "" : " and asks to wait " + wait.toSeconds() + " s") + "."
                                    + detail),
                    wait);
        }
        if (status >= 500 || status == 408) {
            return plain(new SecretUnavailableException(source, "Azure Key Vault failed on its side." + detail));
        }
        return plain(new SecretProviderException(source, "Azure Key Vault refused the call." + detail));
    }

    private static Map<String, List<String>> headersOf(HttpResponse response) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (HttpHeader h : response.getHeaders()) {
            map.put(h.getName(), new ArrayList<>(h.getValuesList()));
        }
        return map;
    }
}
