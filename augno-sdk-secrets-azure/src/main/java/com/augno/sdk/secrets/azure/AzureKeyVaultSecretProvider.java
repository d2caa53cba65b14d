package com.augno.sdk.secrets.azure;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.errors.SecretNotFoundException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.errors.SecretUnavailableException;
import com.augno.sdk.internal.secrets.JsonSecrets;
import com.augno.sdk.runtime.RuntimeGuard;
import com.augno.sdk.secrets.PutOptions;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.secrets.WritableSecretStore;
import com.augno.sdk.secrets.WriteAccess;
import com.augno.sdk.secrets.azure.internal.KeyVaultAttributes;
import com.augno.sdk.secrets.azure.internal.KeyVaultCalls;
import com.augno.sdk.secrets.azure.internal.KeyVaultNames;
import com.azure.core.credential.TokenCredential;
import com.azure.security.keyvault.secrets.SecretClient;
import com.azure.security.keyvault.secrets.models.KeyVaultSecret;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A secret in Azure Key Vault as the source of the Augno API key, and the store that key rotation
 * writes new keys to.
 *
 * <p>Built in code or, with no code, from a reference (see {@link
 * AzureKeyVaultSecretProviderFactory}):
 *
 * <pre>{@code
 * AzureKeyVaultSecretProvider provider = AzureKeyVaultSecretProvider.builder()
 *     .vaultName("acme-prod")          // https://acme-prod.vault.azure.net
 *     .secretName("augno-api-key")
 *     .jsonField("api_key")            // optional: the secret is a JSON object holding the key
 *     .build();
 * }</pre>
 *
 * <p>{@link #fetch()} reads the latest version (or the version given) and returns its value with
 * its version id. It honours the version's attributes: a disabled or expired version throws a
 * non-transient {@link SecretProviderException} saying what to do, a version whose "not before" is
 * still ahead throws {@link SecretUnavailableException} (the key cache keeps its last good key).
 * {@link #put(SecretValue, PutOptions)} stores a new version ({@code setSecret}), which becomes the
 * latest one that clients read.
 *
 * <p>Client: a Key Vault {@link SecretClient} is created at the first call (not at build time),
 * once, on the SDK's own OkHttp (no Netty), with {@code DefaultAzureCredential} unless a {@link
 * TokenCredential} is given, and closed by {@link #close()}. Azure's own retries are off: a
 * throttled or failing call throws {@link SecretUnavailableException} at once and the key cache
 * retries with backoff. After a 429 with {@code Retry-After}, this provider does not call Key Vault
 * again before that time (it throws {@link SecretUnavailableException} instead). Every call carries
 * one deadline ({@link Builder#callTimeout(Duration)}) covering Key Vault's authentication challenge
 * and the request.
 *
 * <p>Errors: 404 throws {@link SecretNotFoundException}; 401 and 403 throw {@link
 * com.augno.sdk.errors.SecretAccessDeniedException} naming the role to assign; 429, 5xx, I/O
 * failures and the deadline throw {@link SecretUnavailableException}; no credentials found throws
 * {@link ConfigurationException} listing where they were looked for. No Azure message text is
 * copied into these messages.
 *
 * <p>Thread-safe.
 */
public final class AzureKeyVaultSecretProvider implements WritableSecretStore {
    /** The deadline of each call unless set: {@value #DEFAULT_CALL_TIMEOUT_SECONDS} seconds. */
    public static final long DEFAULT_CALL_TIMEOUT_SECONDS = 10;

    /** The DNS suffix of vaults in Azure's public cloud. */
    public static final String PUBLIC_CLOUD_SUFFIX = KeyVaultNames.PUBLIC_CLOUD_SUFFIX;

    private static final Logger LOG = LoggerFactory.getLogger(AzureKeyVaultSecretProvider.class);

    private final String vaultName;
    private final String secretName;
    private final @Nullable String version;
    private final @Nullable String jsonField;
    private final URI vaultUrl;
    private final @Nullable URI endpointOverride;
    private final Duration callTimeout;
    private final Clock clock;
    private final String description;
    private final KeyVaultCalls calls;

    private AzureKeyVaultSecretProvider(Builder b) {
        this.vaultName = requireSet(b.vaultName, "vaultName");
        this.secretName = requireSet(b.secretName, "secretName");
        this.version = b.version;
        this.jsonField = b.jsonField;
        this.endpointOverride = b.endpointOverride;
        this.vaultUrl = b.endpointOverride != null
                ? b.endpointOverride
                : URI.create("https://" + vaultName + PUBLIC_CLOUD_SUFFIX);
        this.callTimeout = b.callTimeout;
        this.clock = b.clock;
        this.description = KeyVaultNames.describe(vaultName, secretName, version, endpointOverride, jsonField);
        this.calls = new KeyVaultCalls(
                description,
                vaultName,
                secretName,
                vaultUrl,
                b.credential,
                b.okHttpClient,
                b.verifyChallengeResource,
                callTimeout,
                clock);
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    private static <T> T requireSet(@Nullable T value, String name) {
        if (value == null) {
            throw new IllegalStateException(name + " is required, but was not set");
        }
        return value;
    }

    /** Returns the vault's name. */
    public String vaultName() {
        return vaultName;
    }

    /** Returns the secret's name. */
    public String secretName() {
        return secretName;
    }

    /** Returns the pinned version, or null when the latest version is read. */
    public @Nullable String version() {
        return version;
    }

    /** Returns the JSON field holding the key, or null when the whole secret is the key. */
    public @Nullable String jsonField() {
        return jsonField;
    }

    /** Returns the vault's URL: {@code https://<vault>.vault.azure.net} unless an endpoint was given. */
    public URI vaultUrl() {
        return vaultUrl;
    }

    /** Returns the deadline of each call to Key Vault. */
    public Duration callTimeout() {
        return callTimeout;
    }

    /**
     * Fetches the latest version of the secret (or the pinned version).
     *
     * @return the secret's value (or its JSON field) with its version id
     * @throws SecretNotFoundException if the vault has no such secret or version
     * @throws com.augno.sdk.errors.SecretAccessDeniedException on 401 or 403 (the message names the
     *     role to assign), or when Microsoft Entra ID refuses to issue a token
     * @throws SecretUnavailableException on 429, 5xx, I/O failure, when the deadline passes, while
     *     Key Vault's {@code Retry-After} runs, or when the version is not valid yet ("not before")
     * @throws SecretProviderException (not transient) if the version is disabled or expired
     * @throws ConfigurationException if no Azure credentials can be found
     * @throws com.augno.sdk.errors.InvalidApiKeyException if a JSON field was asked for and the
     *     secret is not a JSON object holding it as a string
     * @throws com.augno.sdk.runtime.UnsupportedRuntimeException on runtimes that must not hold a key
     * @throws IllegalStateException after {@link #close()}
     */
    @Override
    public SecretValue fetch() {
        RuntimeGuard.enforce();
        KeyVaultSecret secret = calls.read(version == null ? "" : version);
        KeyVaultAttributes.requireUsable(secret.getProperties(), clock.instant(), description, vaultName, secretName);
        String text = calls.valueOf(secret);
        String value = jsonField == null ? text : JsonSecrets.extractField(text, jsonField, description);
        LOG.debug("Fetched {} version {}", description, secret.getProperties().getVersion());
        return SecretValue.of(value, secret.getProperties().getVersion(), clock.instant());
    }

    /**
     * Stores a new version with {@code setSecret}; it becomes the latest version, which clients read.
     *
     * <p>With a JSON field, the latest version is read first and only that field is replaced; the
     * other fields are kept. Key Vault has no request tokens: the token of {@code options} is not
     * sent, and a repeated put stores another version with the same value (harmless: clients read the
     * same key). The new version has no expiry or "not before" attribute.
     *
     * @return the new version's id
     * @throws ConfigurationException if this provider is pinned to a version (running clients would
     *     never see the new version)
     * @throws com.augno.sdk.errors.SecretAccessDeniedException on 401 or 403 (the message names the
     *     role "Key Vault Secrets Officer")
     * @throws SecretUnavailableException when retrying may succeed (429, 5xx, I/O failure, the deadline)
     * @throws SecretProviderException (not transient) for other failures, e.g. a deleted but
     *     recoverable secret of that name
     */
    @Override
    public String put(SecretValue value, PutOptions options) {
        Objects.requireNonNull(value, "value == null");
        Objects.requireNonNull(options, "options == null");
        if (version != null) {
            throw new ConfigurationException("Refusing to write " + description + ": the reference is pinned to"
                    + " version " + version + ", and a new version would never reach running clients. Write"
                    + " through a reference without a version.");
        }
        RuntimeGuard.enforce();
        String body = JsonSecrets.documentToWrite(value, jsonField, calls::currentTextOrNull, description);
        KeyVaultSecret stored = calls.set(body);
        String newVersion = stored.getProperties().getVersion();
        LOG.info("Stored a new version {} of {}", newVersion, description);
        return newVersion == null ? "" : newVersion;
    }

    /**
     * Tells whether these credentials may write the secret. Key Vault cannot check a permission
     * without writing, so this answers {@link WriteAccess#UNKNOWN}, or {@link WriteAccess#NO} when the
     * reference is pinned to a version.
     */
    @Override
    public WriteAccess canWrite() {
        return version != null ? WriteAccess.NO : WriteAccess.UNKNOWN;
    }

    /** Returns e.g. {@code azure-kv://acme-prod/augno-api-key#api_key}. */
    @Override
    public String description() {
        return description;
    }

    /** Closes the Key Vault client and HTTP resources this provider created. */
    @Override
    public void close() {
        calls.close();
    }

    /** How many clients this provider created (0 or 1); for tests. */
    int clientsCreated() {
        return calls.createdCount();
    }

    @Override
    public String toString() {
        return "AzureKeyVaultSecretProvider(" + description + ")";
    }

    /** A builder of {@link AzureKeyVaultSecretProvider}. */
    public static final class Builder {
        private @Nullable String vaultName;
        private @Nullable String secretName;
        private @Nullable String version;
        private @Nullable String jsonField;
        private @Nullable URI endpointOverride;
        private @Nullable TokenCredential credential;
        private @Nullable OkHttpClient okHttpClient;
        private boolean verifyChallengeResource = true;
        private Duration callTimeout = Duration.ofSeconds(DEFAULT_CALL_TIMEOUT_SECONDS);
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /**
         * Sets the vault's name, e.g. {@code acme-prod} for {@code https://acme-prod.vault.azure.net}.
         * Required.
         *
         * @throws ConfigurationException unless it is 3-24 letters, digits and single hyphens, starting
         *     with a letter (Azure's rule; the text is not echoed)
         */
        public Builder vaultName(String vaultName) {
            this.vaultName = KeyVaultNames.vaultName(Objects.requireNonNull(vaultName, "vaultName == null"));
            return this;
        }

        /**
         * Sets the secret's name, e.g. {@code augno-api-key}. Required.
         *
         * @throws ConfigurationException unless it is 1-127 letters, digits and hyphens (Azure's rule;
         *     the text is not echoed)
         */
        public Builder secretName(String secretName) {
            this.secretName = KeyVaultNames.secretName(Objects.requireNonNull(secretName, "secretName == null"));
            return this;
        }

        /**
         * Pins one version (its 32-character id). If not specified, the latest version is read. A
         * pinned version makes the provider refuse {@code put}.
         *
         * @throws ConfigurationException unless it is letters and digits (the text is not echoed)
         */
        public Builder version(String version) {
            this.version = KeyVaultNames.version(Objects.requireNonNull(version, "version == null"));
            return this;
        }

        /**
         * Sets the top-level JSON field that holds the key, e.g. {@code api_key}. If not specified,
         * the whole secret is the key.
         */
        public Builder jsonField(String jsonField) {
            Objects.requireNonNull(jsonField, "jsonField == null");
            if (jsonField.isEmpty()) {
                throw new ConfigurationException("The JSON field name is empty.");
            }
            this.jsonField = jsonField;
            return this;
        }

        /**
         * Sends requests to this vault URL instead of {@code https://<vault>.vault.azure.net}, e.g.
         * {@code https://acme-prod.vault.azure.cn} in a sovereign cloud, or a local test server.
         *
         * @throws ConfigurationException unless the URI is {@code https}, or {@code http} to a loopback
         *     host, without user info, query or fragment
         */
        public Builder endpoint(URI endpoint) {
            Objects.requireNonNull(endpoint, "endpoint == null");
            return endpoint(endpoint.toString());
        }

        /** Like {@link #endpoint(URI)}, from text (the reference's {@code endpoint=} parameter). */
        Builder endpoint(String endpoint) {
            this.endpointOverride = KeyVaultNames.endpoint(endpoint, vaultName, secretName);
            return this;
        }

        /**
         * Sets the credential. If not specified, {@code DefaultAzureCredential} is used (environment,
         * workload identity, managed identity, Azure CLI and developer tools, in that order), created at
         * the first call.
         */
        public Builder credential(TokenCredential credential) {
            this.credential = Objects.requireNonNull(credential, "credential == null");
            return this;
        }

        /**
         * Runs Key Vault's and the credential's HTTP calls on a copy of this OkHttp client (e.g. with a
         * proxy or a private CA); redirects are never followed and the call timeout applies. If not
         * specified, a default OkHttp client is used.
         */
        public Builder okHttpClient(OkHttpClient okHttpClient) {
            this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient == null");
            return this;
        }

        /**
         * For tests against a local Key Vault fake only: accepts an authentication challenge whose
         * resource is not the vault's domain.
         */
        Builder disableChallengeResourceVerification() {
            this.verifyChallengeResource = false;
            return this;
        }

        /**
         * Sets the deadline of each call, Key Vault's authentication challenge included. If not
         * specified, this is 10 seconds.
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder callTimeout(Duration callTimeout) {
            Objects.requireNonNull(callTimeout, "callTimeout == null");
            if (callTimeout.isNegative() || callTimeout.isZero()) {
                throw new IllegalArgumentException("callTimeout must be positive: " + callTimeout);
            }
            this.callTimeout = callTimeout;
            return this;
        }

        /**
         * Sets the clock that stamps fetched values and judges the expiry, "not before" and Retry-After.
         * If not specified, this is the system UTC clock.
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /**
         * Builds the provider without contacting Azure.
         *
         * @throws IllegalStateException if the vault or secret name was not set
         */
        public AzureKeyVaultSecretProvider build() {
            return new AzureKeyVaultSecretProvider(this);
        }

        @Override
        public String toString() {
            return "AzureKeyVaultSecretProvider.Builder(vaultName=" + vaultName + ", secretName=" + secretName
                    + (version == null ? "" : ", version=" + version)
                    + (jsonField == null ? "" : ", jsonField=" + jsonField) + ")";
        }
    }
}
