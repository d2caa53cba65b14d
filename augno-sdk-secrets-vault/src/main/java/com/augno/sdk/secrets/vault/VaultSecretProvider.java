package com.augno.sdk.secrets.vault;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.errors.SecretNotFoundException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.internal.secrets.JsonSecrets;
import com.augno.sdk.internal.secrets.LazyStoreClient;
import com.augno.sdk.runtime.RuntimeGuard;
import com.augno.sdk.secrets.PutOptions;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.secrets.WritableSecretStore;
import com.augno.sdk.secrets.WriteAccess;
import com.augno.sdk.secrets.vault.internal.KvSecret;
import com.augno.sdk.secrets.vault.internal.VaultConnection;
import com.augno.sdk.secrets.vault.internal.VaultEndpoint;
import com.augno.sdk.secrets.vault.internal.VaultPaths;
import com.augno.sdk.secrets.vault.internal.VaultSettings;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A field of a secret in HashiCorp Vault's (or OpenBao's) KV version 2 engine as the source of the
 * Augno API key, and the store that key rotation writes new keys to. Speaks Vault's HTTP API over
 * the SDK's own OkHttp; no Vault driver.
 *
 * <p>Built in code or, with no code, from a reference (see {@link VaultSecretProviderFactory}):
 *
 * <pre>{@code
 * VaultSecretProvider provider = VaultSecretProvider.builder()
 *     .mount("secret")                                // the KV v2 mount
 *     .path("prod/augno")                             // the secret under it
 *     .jsonField("api_key")                           // optional: the field holding the key (default api_key)
 *     .endpoint(URI.create("https://vault.example.com:8200")) // optional: else VAULT_ADDR
 *     .auth(VaultAuth.kubernetes("augno"))            // optional: else VAULT_TOKEN or ~/.vault-token
 *     .build();
 * }</pre>
 *
 * <p>{@link #fetch()} reads {@code GET /v1/<mount>/data/<path>} (the latest version, or the pinned
 * {@code version}) and returns the field's value with {@code metadata.version} as its version id:
 * the key cache's change detector. {@link #put(SecretValue, PutOptions)} reads the current version,
 * replaces the field keeping the others, and writes with check-and-set ({@code cas} = the version
 * read), so two rotations cannot overwrite each other: the loser gets {@link
 * VaultWriteConflictException}. {@link #canWrite()} asks {@code sys/capabilities-self}.
 *
 * <p>Connection: the Vault address is named by the operator ({@link Builder#endpoint(URI)}, else
 * {@code VAULT_ADDR}; there is no default), {@code https}, or {@code http} on loopback only.
 * {@link Builder#caCertificate(Path)} (else {@code VAULT_CACERT}) makes the PEM bundle the only
 * trusted certificate authorities. {@link Builder#namespace(String)} (else {@code VAULT_NAMESPACE})
 * sends {@code X-Vault-Namespace} (Vault Enterprise, HCP Vault). Redirects are not followed (the
 * token must not travel to another host). The HTTP client is created at the first call (building
 * contacts nothing) and closed by {@link #close()}; each HTTP call carries its own deadline ({@link
 * Builder#callTimeout(Duration)}).
 *
 * <p>Errors: HTTP 404 (no secret, a deleted or destroyed version, a mount that is not KV v2) throws
 * {@link SecretNotFoundException}; 401/403 throws {@link
 * com.augno.sdk.errors.SecretAccessDeniedException} naming the capability to grant (after one new
 * login, for login-based auth); 429, 412, 5xx, a sealed Vault (503), a standby's redirect, I/O
 * failures and the deadline throw {@link com.augno.sdk.errors.SecretUnavailableException}
 * (transient: the key cache serves its last good key); a missing token, token file or address
 * throws {@link ConfigurationException}. No response body is ever copied into a message.
 *
 * <p>Thread-safe.
 */
public final class VaultSecretProvider implements WritableSecretStore {
    /** The field read and written when none is named: {@value}. */
    public static final String DEFAULT_FIELD = "api_key";

    /** The deadline of each call unless set: {@value #DEFAULT_CALL_TIMEOUT_SECONDS} seconds. */
    public static final long DEFAULT_CALL_TIMEOUT_SECONDS = 10;

    static final String VAULT_CACERT = VaultSettings.VAULT_CACERT;

    private static final Logger LOG = LoggerFactory.getLogger(VaultSecretProvider.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final VaultSettings settings;
    private final VaultAuth auth;
    private final Clock clock;
    private final LazyStoreClient<VaultConnection> connection;
    private final KvSecret secret;

    private VaultSecretProvider(Builder b) {
        this.settings = new VaultSettings(
                b.mount,
                b.path,
                b.version,
                b.jsonField,
                b.endpoint,
                b.namespace,
                b.caCertificate,
                b.auth.method().configName,
                b.environment,
                b.callTimeout);
        this.auth = b.auth;
        this.clock = b.clock;
        String description = settings.description();
        Function<String, @Nullable String> environment = b.environment;
        Path home = b.home;
        this.connection = LazyStoreClient.creating(
                description,
                () -> VaultConnection.open(
                        settings, MAPPER, () -> new VaultSession(auth, environment, home, clock, description)),
                VaultConnection::close);
        this.secret = new KvSecret(settings, MAPPER, connection::get);
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the KV version 2 mount, e.g. {@code secret}. */
    public String mount() {
        return settings.mount();
    }

    /** Returns the secret's path under the mount, e.g. {@code prod/augno}. */
    public String path() {
        return settings.path();
    }

    /** Returns the pinned version, or null when the latest version is read. */
    public @Nullable Long version() {
        return settings.version();
    }

    /** Returns the field that holds the key. */
    public String jsonField() {
        return settings.jsonField();
    }

    /** Returns the namespace sent as {@code X-Vault-Namespace}, or null for none. */
    public @Nullable String namespace() {
        return settings.namespace();
    }

    /** Returns how the provider obtains its token. */
    public VaultAuth auth() {
        return auth;
    }

    /** Returns the deadline of each HTTP call to Vault. */
    public Duration callTimeout() {
        return settings.callTimeout();
    }

    /**
     * Reads the secret and returns its field.
     *
     * @return the field's value, with the KV {@code metadata.version} as version id
     * @throws SecretNotFoundException if there is no such secret or version (or it is deleted)
     * @throws com.augno.sdk.errors.SecretAccessDeniedException if Vault refuses the token or the path
     * @throws com.augno.sdk.errors.SecretUnavailableException if Vault is sealed, on standby, rate
     *     limiting, failing, unreachable, or slower than the deadline
     * @throws ConfigurationException if no token can be found, or a CA or login file is missing
     * @throws com.augno.sdk.errors.InvalidApiKeyException if the secret has no such string field
     * @throws com.augno.sdk.runtime.UnsupportedRuntimeException on runtimes that must not hold a key
     * @throws IllegalStateException after {@link #close()}
     */
    @Override
    public SecretValue fetch() {
        RuntimeGuard.enforce();
        KvSecret.Current current = secret.read(settings.version(), false);
        ObjectNode data = Objects.requireNonNull(current.data());
        String value = JsonSecrets.extractField(data.toString(), settings.jsonField(), settings.description());
        LOG.debug("Fetched {} version {}", settings.description(), current.version());
        return SecretValue.of(value, Long.toString(current.version()), clock.instant());
    }

    /**
     * Stores a new version whose field holds {@code value}, keeping the other fields, with
     * check-and-set on the version just read. When the field already holds {@code value} (a retried
     * put), nothing is written and the current version is returned. The request token of {@code
     * options} is not used: check-and-set gives the same protection.
     *
     * @return the new version, e.g. {@code "4"}
     * @throws ConfigurationException if this provider is pinned to a version
     * @throws VaultWriteConflictException if another writer stored a version after the read
     * @throws com.augno.sdk.errors.SecretAccessDeniedException if the token may not read or update the path
     * @throws com.augno.sdk.errors.SecretUnavailableException when retrying may succeed
     * @throws SecretProviderException if the current secret's data cannot hold the field
     */
    @Override
    public String put(SecretValue value, PutOptions options) {
        Objects.requireNonNull(value, "value == null");
        Objects.requireNonNull(options, "options == null");
        if (settings.version() != null) {
            throw new ConfigurationException("Refusing to write " + settings.description() + ": the reference is"
                    + " pinned to version " + settings.version() + ", and a new version would never reach running"
                    + " clients. Write through a reference without version=.");
        }
        RuntimeGuard.enforce();
        return secret.write(value.reveal());
    }

    /**
     * Asks Vault ({@code sys/capabilities-self}) whether this token may read and update the secret.
     *
     * @return {@link WriteAccess#YES} when the token's policies grant {@code read} and {@code update}
     *     (or {@code root}) on the secret's data path, {@link WriteAccess#NO} when they do not or the
     *     reference is pinned to a version, {@link WriteAccess#UNKNOWN} when Vault cannot be asked
     *     (unreachable, sealed, or the call itself is refused)
     */
    @Override
    public WriteAccess canWrite() {
        if (settings.version() != null) {
            return WriteAccess.NO;
        }
        try {
            RuntimeGuard.enforce();
            return secret.capabilities();
        } catch (SecretProviderException | ConfigurationException e) {
            LOG.info(
                    "Could not ask Vault about write access to {} ({})",
                    settings.description(),
                    e.getClass().getSimpleName());
            return WriteAccess.UNKNOWN;
        }
    }

    /** Returns e.g. {@code vault://secret/prod/augno (latest version, https://vault:8200/, token auth)#api_key}. */
    @Override
    public String description() {
        return settings.description();
    }

    /** Closes the HTTP client this provider created. */
    @Override
    public void close() {
        connection.close();
    }

    @Override
    public String toString() {
        return "VaultSecretProvider(" + settings.description() + ")";
    }

    /** How many HTTP clients this provider created (0 or 1); for tests. */
    int clientsCreated() {
        return connection.createdCount();
    }

    /** A builder of {@link VaultSecretProvider}. */
    public static final class Builder {
        private @Nullable String mount;
        private @Nullable String path;
        private @Nullable Long version;
        private String jsonField = DEFAULT_FIELD;
        private @Nullable URI endpoint;
        private @Nullable String namespace;
        private @Nullable Path caCertificate;
        private VaultAuth auth = VaultAuth.token();
        private Function<String, @Nullable String> environment = System::getenv;
        private Path home = Path.of(System.getProperty("user.home", "."));
        private Duration callTimeout = Duration.ofSeconds(DEFAULT_CALL_TIMEOUT_SECONDS);
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /** Sets the KV version 2 mount, e.g. {@code secret}. Required. */
        public Builder mount(String mount) {
            this.mount = Objects.requireNonNull(mount, "mount == null");
            return this;
        }

        /** Sets the secret's path under the mount, e.g. {@code prod/augno}. Required. */
        public Builder path(String path) {
            this.path = Objects.requireNonNull(path, "path == null");
            return this;
        }

        /**
         * Pins one version. If not specified, the latest version is read. A pinned version makes the
         * provider refuse {@code put}.
         *
         * @throws ConfigurationException if not positive
         */
        public Builder version(long version) {
            if (version <= 0) {
                throw new ConfigurationException("The Vault secret version must be a positive number: " + version);
            }
            this.version = version;
            return this;
        }

        /** Sets the field that holds the key. If not specified, this is {@value #DEFAULT_FIELD}. */
        public Builder jsonField(String jsonField) {
            Objects.requireNonNull(jsonField, "jsonField == null");
            if (jsonField.isEmpty()) {
                throw new ConfigurationException("The Vault field name is empty.");
            }
            VaultPaths.refuseKeyShaped(jsonField, "field name");
            this.jsonField = jsonField;
            return this;
        }

        /**
         * Sets the Vault address, e.g. {@code https://vault.example.com:8200}. If not specified, this is
         * {@code VAULT_ADDR}; with neither, {@link #build()} fails.
         *
         * @throws ConfigurationException unless {@code https}, or {@code http} to a loopback host,
         *     without user info, query or fragment
         */
        public Builder endpoint(URI endpoint) {
            Objects.requireNonNull(endpoint, "endpoint == null");
            VaultEndpoint.check(endpoint.toString(), "vault://" + (mount == null ? "<mount>" : mount) + "/...");
            this.endpoint = endpoint;
            return this;
        }

        /**
         * Sets the namespace (Vault Enterprise, HCP Vault), sent as {@code X-Vault-Namespace}. If not
         * specified, this is {@code VAULT_NAMESPACE}, else none.
         */
        public Builder namespace(String namespace) {
            this.namespace =
                    VaultPaths.requireMount(Objects.requireNonNull(namespace, "namespace == null"), "namespace");
            return this;
        }

        /**
         * Trusts only the certificate authorities in this PEM file (read at the first call). If not
         * specified, this is {@code VAULT_CACERT}, else the JVM's trust store.
         */
        public Builder caCertificate(Path caCertificate) {
            this.caCertificate = Objects.requireNonNull(caCertificate, "caCertificate == null");
            return this;
        }

        /** Sets how the provider obtains its token. If not specified, {@link VaultAuth#token()}. */
        public Builder auth(VaultAuth auth) {
            this.auth = Objects.requireNonNull(auth, "auth == null");
            return this;
        }

        /**
         * Sets the deadline of each HTTP call. If not specified, this is 10 seconds.
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
         * Sets the clock that stamps fetched values and times token leases. If not specified, this is
         * the system UTC clock.
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /** Reads {@code VAULT_*} variables through this function instead of the process environment. */
        Builder environment(Function<String, @Nullable String> environment) {
            this.environment = Objects.requireNonNull(environment, "environment == null");
            return this;
        }

        /** Looks for {@code .vault-token} in this directory instead of the user's home. */
        Builder home(Path home) {
            this.home = Objects.requireNonNull(home, "home == null");
            return this;
        }

        /**
         * Builds the provider without contacting Vault.
         *
         * @throws IllegalStateException if no mount or path was set
         * @throws ConfigurationException if there is no Vault address (neither set nor {@code
         *     VAULT_ADDR}), or it breaks the endpoint rule, or a name is malformed
         */
        public VaultSecretProvider build() {
            return new VaultSecretProvider(this);
        }

        @Override
        public String toString() {
            return "VaultSecretProvider.Builder(mount=" + mount + ", path=" + path
                    + (version == null ? "" : ", version=" + version) + ", field=" + jsonField + ", " + auth + ")";
        }
    }
}
