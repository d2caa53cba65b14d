package com.augno.sdk.secrets.azure.internal;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.errors.SecretNotFoundException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.errors.SecretUnavailableException;
import com.augno.sdk.internal.secrets.LazyStoreClient;
import com.azure.core.credential.TokenCredential;
import com.azure.core.http.policy.FixedDelayOptions;
import com.azure.core.http.policy.RetryOptions;
import com.azure.core.util.Context;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.security.keyvault.secrets.SecretClient;
import com.azure.security.keyvault.secrets.SecretClientBuilder;
import com.azure.security.keyvault.secrets.models.KeyVaultSecret;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The calls of one {@code AzureKeyVaultSecretProvider} to Key Vault: the client, created at
 * the first call on the SDK's OkHttp with Azure's retries off; one deadline per call; each failure
 * mapped by {@link KeyVaultErrors}; and no call before a 429's {@code Retry-After} has passed.
 * Thread-safe.
 */
public final class KeyVaultCalls {
    private final String secretName;
    private final URI vaultUrl;
    private final @Nullable TokenCredential credential;
    private final @Nullable OkHttpClient okHttpClient;
    private final boolean verifyChallengeResource;
    private final Duration callTimeout;
    private final Clock clock;
    private final String description;
    private final KeyVaultErrors errors;
    private final LazyStoreClient<Clients> clients;
    private volatile @Nullable Instant throttledUntil;

    /** The Key Vault client and the HTTP adapter it runs on. */
    private record Clients(SecretClient client, OkHttpAzureHttpClient http) {
        void close() {
            http.close();
        }
    }

    /**
     * Creates the calls; nothing is contacted before the first.
     *
     * @param credential the credential, or null for {@code DefaultAzureCredential}
     * @param okHttpClient the client to copy, or null for a default one
     * @param verifyChallengeResource false only against a local fake of Key Vault
     */
    public KeyVaultCalls(
            String description,
            String vaultName,
            String secretName,
            URI vaultUrl,
            @Nullable TokenCredential credential,
            @Nullable OkHttpClient okHttpClient,
            boolean verifyChallengeResource,
            Duration callTimeout,
            Clock clock) {
        this.secretName = secretName;
        this.vaultUrl = vaultUrl;
        this.credential = credential;
        this.okHttpClient = okHttpClient;
        this.verifyChallengeResource = verifyChallengeResource;
        this.callTimeout = callTimeout;
        this.clock = clock;
        this.description = description;
        this.errors = new KeyVaultErrors(description, vaultName, secretName, callTimeout, clock);
        this.clients = LazyStoreClient.creating(description, this::createClient, Clients::close);
    }

    /**
     * Reads version {@code v} of the secret, or the latest version for {@code ""}.
     *
     * @throws SecretProviderException (or a subclass) as {@link KeyVaultErrors} maps the failure
     * @throws IllegalStateException after {@link #close()}
     */
    public KeyVaultSecret read(String v) {
        return call(
                KeyVaultErrors.GET,
                () -> client().getSecretWithResponse(secretName, v, Context.NONE)
                        .getValue());
    }

    /**
     * Stores {@code body} as a new version of the secret.
     *
     * @throws SecretProviderException (or a subclass) as {@link KeyVaultErrors} maps the failure
     * @throws IllegalStateException after {@link #close()}
     */
    public KeyVaultSecret set(String body) {
        return call(
                KeyVaultErrors.SET,
                () -> client().setSecretWithResponse(new KeyVaultSecret(secretName, body), Context.NONE)
                        .getValue());
    }

    /** The latest version's value, or null when the secret does not exist yet (its first version). */
    public @Nullable String currentTextOrNull() {
        try {
            return valueOf(read(""));
        } catch (SecretNotFoundException e) {
            return null; // the first version of a new secret
        }
    }

    /**
     * Returns the value of a version.
     *
     * @throws SecretProviderException if it has none
     */
    public String valueOf(KeyVaultSecret secret) {
        String text = secret.getValue();
        if (text == null) {
            throw new SecretProviderException(description, "the secret version has no value");
        }
        return text;
    }

    /** Closes the Key Vault client and HTTP resources created here. */
    public void close() {
        clients.close();
    }

    /** How many clients were created (0 or 1); for tests. */
    public int createdCount() {
        return clients.createdCount();
    }

    private <T> T call(String action, Supplier<T> call) {
        Instant until = throttledUntil;
        if (until != null && clock.instant().isBefore(until)) {
            throw new SecretUnavailableException(
                    description,
                    "Azure Key Vault asked to wait until " + until + " (429 Retry-After); not calling it before"
                            + " then. The key cache serves its last good key meanwhile.");
        }
        client(); // outside the mapping: a closed provider throws IllegalStateException as it is
        try {
            return OkHttpAzureHttpClient.withDeadline(callTimeout, call);
        } catch (RuntimeException e) {
            KeyVaultErrors.Mapped mapped = errors.map(e, action);
            Duration wait = mapped.retryAfter();
            if (wait != null) {
                throttledUntil = clock.instant().plus(wait);
            }
            throw mapped.exception();
        }
    }

    private SecretClient client() {
        return clients.get().client();
    }

    private Clients createClient() {
        OkHttpAzureHttpClient http = new OkHttpAzureHttpClient(okHttpClient, callTimeout);
        TokenCredential tokens;
        try {
            tokens = credential != null
                    ? credential
                    : new DefaultAzureCredentialBuilder().httpClient(http).build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            http.close();
            // Azure's text here is about its settings (e.g. AZURE_TOKEN_CREDENTIALS), never a secret.
            throw new ConfigurationException(
                    "Azure's DefaultAzureCredential could not be set up for " + description + ": " + e.getMessage());
        }
        SecretClientBuilder b = new SecretClientBuilder()
                .vaultUrl(vaultUrl.toString())
                .credential(tokens)
                .httpClient(http)
                // No retries inside: the key cache retries with backoff and keeps the last good key.
                .retryOptions(new RetryOptions(new FixedDelayOptions(0, Duration.ofMillis(1))));
        if (!verifyChallengeResource) {
            b.disableChallengeResourceVerification();
        }
        return new Clients(b.buildClient(), http);
    }
}
