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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
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

    static final String VAULT_NAMESPACE = "VAULT_NAMESPACE";
    static final String VAULT_CACERT = "VAULT_CACERT";

    private static final Logger LOG = LoggerFactory.getLogger(VaultSecretProvider.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String mount;
    private final List<String> mountSegments;
    private final List<String> pathSegments;
    private final String path;
    private final @Nullable Long version;
    private final String jsonField;
    private final HttpUrl endpoint;
    private final @Nullable String namespace;
    private final @Nullable Path caCertificate;
    private final VaultAuth auth;
    private final Function<String, @Nullable String> environment;
    private final Path home;
    private final Duration callTimeout;
    private final Clock clock;
    private final String description;
    private final VaultErrors errors;
    private final LazyStoreClient<Connection> connection;

    /** What the first call creates: the HTTP client, the call helper on it, and the token session. */
    private record Connection(OkHttpClient client, VaultHttp http, VaultSession session) {
        void close() {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    private VaultSecretProvider(Builder b) {
        if (b.mount == null || b.path == null) {
            throw new IllegalStateException(
                    "mount and path are required, but " + (b.mount == null ? "mount" : "path") + " was not set");
        }
        this.mountSegments = VaultPaths.segments(b.mount, "mount");
        this.mount = String.join("/", mountSegments);
        this.pathSegments = VaultPaths.segments(b.path, "secret path");
        this.path = String.join("/", pathSegments);
        this.version = b.version;
        this.jsonField = b.jsonField;
        this.auth = b.auth;
        this.environment = b.environment;
        this.home = b.home;
        this.callTimeout = b.callTimeout;
        this.clock = b.clock;
        String reference = "vault://" + mount + "/" + path;
        this.endpoint = VaultEndpoint.resolve(b.endpoint, environment, reference);
        String ns = b.namespace != null ? b.namespace : nonBlank(environment.apply(VAULT_NAMESPACE));
        this.namespace = ns == null ? null : VaultPaths.requireMount(ns, "namespace");
        String ca = nonBlank(environment.apply(VAULT_CACERT));
        this.caCertificate = b.caCertificate != null ? b.caCertificate : (ca == null ? null : Path.of(ca));
        this.description = describe();
        this.errors = new VaultErrors(description);
        this.connection = LazyStoreClient.creating(description, this::connect, Connection::close);
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    private static @Nullable String nonBlank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private String describe() {
        StringBuilder sb =
                new StringBuilder("vault://").append(mount).append('/').append(path);
        sb.append(" (").append(version == null ? "latest version" : "version " + version);
        sb.append(", ").append(endpoint);
        if (namespace != null) {
            sb.append(", namespace ").append(namespace);
        }
        sb.append(", ").append(auth.method().configName).append(" auth)");
        sb.append('#').append(jsonField);
        return sb.toString();
    }

    /** Returns the KV version 2 mount, e.g. {@code secret}. */
    public String mount() {
        return mount;
    }

    /** Returns the secret's path under the mount, e.g. {@code prod/augno}. */
    public String path() {
        return path;
    }

    /** Returns the pinned version, or null when the latest version is read. */
    public @Nullable Long version() {
        return version;
    }

    /** Returns the field that holds the key. */
    public String jsonField() {
        return jsonField;
    }

    /** Returns the namespace sent as {@code X-Vault-Namespace}, or null for none. */
    public @Nullable String namespace() {
        return namespace;
    }

    /** Returns how the provider obtains its token. */
    public VaultAuth auth() {
        return auth;
    }

    /** Returns the deadline of each HTTP call to Vault. */
    public Duration callTimeout() {
        return callTimeout;
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
        Current current = read(version, false);
        ObjectNode data = Objects.requireNonNull(current.data());
        String value = JsonSecrets.extractField(data.toString(), jsonField, description);
        LOG.debug("Fetched {} version {}", description, current.version());
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
        if (version != null) {
            throw new ConfigurationException("Refusing to write " + description + ": the reference is pinned to"
                    + " version " + version + ", and a new version would never reach running clients. Write"
                    + " through a reference without version=.");
        }
        RuntimeGuard.enforce();
        Current current = read(null, true);
        ObjectNode data = current.data();
        if (data != null
                && data.path(jsonField).isTextual()
                && data.path(jsonField).textValue().equals(value.reveal())) {
            LOG.info("{} version {} already holds this value; nothing written", description, current.version());
            return Long.toString(current.version());
        }
        String document =
                JsonSecrets.replaceField(data == null ? null : data.toString(), jsonField, value.reveal(), description);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putObject("options").put("cas", current.version());
        try {
            body.set("data", MAPPER.readTree(document));
        } catch (IOException e) {
            throw new IllegalStateException("could not re-read a JSON document just written"); // cannot happen
        }
        VaultHttp.Reply reply = call("POST", dataPath(), Map.of(), body);
        if (reply.status() == 400 && String.join(" ", reply.errors()).contains("check-and-set")) {
            throw new VaultWriteConflictException(description, current.version());
        }
        if (!reply.ok()) {
            throw errors.map(reply.status(), reply.errors(), "write " + apiPath(), "update");
        }
        JsonNode written =
                reply.body() == null ? null : reply.body().path("data").get("version");
        if (written == null || !written.canConvertToLong()) {
            throw new SecretProviderException(
                    description,
                    "Vault accepted the write but its answer has no"
                            + " data.version; read the secret to check which version is current.");
        }
        LOG.info("Stored a new version {} of {}", written.asLong(), description);
        return Long.toString(written.asLong());
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
        if (version != null) {
            return WriteAccess.NO;
        }
        try {
            RuntimeGuard.enforce();
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.putArray("paths").add(apiPath());
            VaultHttp.Reply reply = call("POST", List.of("sys", "capabilities-self"), Map.of(), body);
            if (!reply.ok() || reply.body() == null) {
                LOG.info("Could not ask Vault about write access to {} (HTTP {})", description, reply.status());
                return WriteAccess.UNKNOWN;
            }
            JsonNode caps = reply.body().path(apiPath());
            if (!caps.isArray()) {
                caps = reply.body().path("data").path(apiPath());
            }
            if (!caps.isArray()) {
                caps = reply.body().path("capabilities");
            }
            Set<String> granted = new HashSet<>();
            caps.forEach(c -> granted.add(c.asText("").toLowerCase(Locale.ROOT)));
            if (granted.contains("root")) {
                return WriteAccess.YES;
            }
            return !granted.contains("deny") && granted.contains("read") && granted.contains("update")
                    ? WriteAccess.YES
                    : WriteAccess.NO;
        } catch (SecretProviderException | ConfigurationException e) {
            LOG.info(
                    "Could not ask Vault about write access to {} ({})",
                    description,
                    e.getClass().getSimpleName());
            return WriteAccess.UNKNOWN;
        }
    }

    /** Returns e.g. {@code vault://secret/prod/augno (latest version, https://vault:8200/, token auth)#api_key}. */
    @Override
    public String description() {
        return description;
    }

    /** Closes the HTTP client this provider created. */
    @Override
    public void close() {
        connection.close();
    }

    @Override
    public String toString() {
        return "VaultSecretProvider(" + description + ")";
    }

    /** How many HTTP clients this provider created (0 or 1); for tests. */
    int clientsCreated() {
        return connection.createdCount();
    }

    /** The data read: the secret's fields (null when absent or deleted) and its current version (0 when absent). */
    private record Current(@Nullable ObjectNode data, long version) {}

    private Current read(@Nullable Long pinned, boolean absentIsEmpty) {
        Map<String, String> query = pinned == null ? Map.of() : Map.of("version", Long.toString(pinned));
        VaultHttp.Reply reply = call("GET", dataPath(), query, null);
        String action = "read " + apiPath() + (pinned == null ? "" : " version " + pinned);
        JsonNode body = reply.body();
        JsonNode metadataVersion =
                body == null ? null : body.path("data").path("metadata").get("version");
        long current = metadataVersion != null && metadataVersion.canConvertToLong() ? metadataVersion.asLong() : 0;
        if (reply.status() == 404 && absentIsEmpty) {
            return new Current(null, current); // absent (0) or its latest version deleted (cas must name it)
        }
        if (!reply.ok()) {
            throw errors.map(reply.status(), reply.errors(), action, "read");
        }
        JsonNode data = body == null ? null : body.path("data").get("data");
        if (metadataVersion == null || !metadataVersion.canConvertToLong()) {
            throw new SecretProviderException(
                    description,
                    "Vault's answer has no data.metadata.version: the mount"
                            + " is probably not a KV version 2 engine (use a KV v2 mount).");
        }
        if (data == null || data.isNull()) {
            if (absentIsEmpty) {
                return new Current(null, current);
            }
            throw new SecretNotFoundException(
                    description,
                    "version " + current + " of the secret is deleted or destroyed; undelete it or"
                            + " store a new version.");
        }
        if (!data.isObject()) {
            throw new SecretProviderException(description, "Vault's data.data is not an object.");
        }
        return new Current((ObjectNode) data, current);
    }

    /** Calls Vault with the session's token; on a 403, once more with a new token when that may help. */
    private VaultHttp.Reply call(
            String method, List<String> segments, Map<String, String> query, @Nullable JsonNode body) {
        Connection c = connection.get();
        String token = c.session().token(c.http());
        VaultHttp.Reply reply = c.http().call(method, segments, query, body, token);
        if (reply.status() == 403 && c.session().refused(token)) {
            LOG.info("Vault refused the token of {}; retrying once with a new one", description);
            reply = c.http().call(method, segments, query, body, c.session().token(c.http()));
        }
        return reply;
    }

    private List<String> dataPath() {
        List<String> s = new ArrayList<>(mountSegments);
        s.add("data");
        s.addAll(pathSegments);
        return s;
    }

    /** The policy path of the secret's data, e.g. {@code secret/data/prod/augno}. */
    private String apiPath() {
        return mount + "/data/" + path;
    }

    private Connection connect() {
        OkHttpClient.Builder b = new OkHttpClient.Builder()
                .callTimeout(callTimeout)
                .connectTimeout(callTimeout.compareTo(Duration.ofSeconds(5)) < 0 ? callTimeout : Duration.ofSeconds(5))
                .readTimeout(callTimeout)
                .writeTimeout(callTimeout)
                .followRedirects(false)
                .followSslRedirects(false);
        if (caCertificate != null) {
            VaultTls.trustOnly(b, caCertificate, description);
        }
        OkHttpClient client = b.build();
        VaultHttp http = new VaultHttp(client, endpoint, namespace, description, callTimeout, MAPPER);
        return new Connection(client, http, new VaultSession(auth, environment, home, clock, description));
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
