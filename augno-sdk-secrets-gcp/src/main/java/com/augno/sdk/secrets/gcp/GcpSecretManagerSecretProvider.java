package com.augno.sdk.secrets.gcp;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.errors.InvalidApiKeyException;
import com.augno.sdk.errors.SecretAccessDeniedException;
import com.augno.sdk.errors.SecretNotFoundException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.errors.SecretUnavailableException;
import com.augno.sdk.internal.secrets.JsonSecrets;
import com.augno.sdk.internal.secrets.LazyStoreClient;
import com.augno.sdk.runtime.RuntimeGuard;
import com.augno.sdk.secrets.PutOptions;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.secrets.WritableSecretStore;
import com.augno.sdk.secrets.WriteAccess;
import com.augno.sdk.secrets.gcp.internal.GcpEndpoint;
import com.augno.sdk.secrets.gcp.internal.SecretManagerClients;
import com.augno.sdk.secrets.gcp.internal.SecretManagerTarget;
import com.augno.sdk.secrets.gcp.internal.SecretVersions;
import com.google.api.gax.core.CredentialsProvider;
import com.google.cloud.secretmanager.v1.AccessSecretVersionResponse;
import com.google.cloud.secretmanager.v1.SecretManagerServiceClient;
import com.google.cloud.secretmanager.v1.SecretManagerServiceSettings;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A secret in Google Cloud Secret Manager as the source, and rotation target, of the Augno API
 * key.
 *
 * <p>{@link #fetch()} calls {@code AccessSecretVersion} on {@code projects/<project>/secrets/<secret>/versions/<version>}
 * (version {@code latest} by default), checks the payload's CRC32C when the server sends one (a
 * mismatch is an error, never a silently wrong key), and returns the resolved version number as
 * the version id. With a {@linkplain Builder#jsonField JSON field} the secret is a JSON object and
 * that field holds the key. {@link #put} adds a new version (for a JSON field: the current
 * document with that field replaced, all other fields kept); {@link #canWrite()} asks
 * {@code testIamPermissions}.
 *
 * <pre>{@code
 * SecretProvider provider = GcpSecretManagerSecretProvider.builder()
 *         .project("acme-prod")
 *         .secret("augno-api-key")
 *         .build();
 * }</pre>
 *
 * <p>Each call has its own deadline ({@link Builder#callTimeout}) and is not retried by the Google
 * client (its default retries can block for 60 seconds); the SDK's key cache retries with backoff
 * and serves its last good key meanwhile. The Google client is created lazily, once, at the first
 * call; building the provider contacts nothing. The project is never discovered through the
 * metadata server.
 *
 * <p>Thread-safe. Closing closes the Google client if this provider created it; a
 * {@linkplain Builder#client caller-supplied client} stays open.
 */
public final class GcpSecretManagerSecretProvider implements WritableSecretStore {
    /** The version read when none is named: the most recently created one. */
    public static final String LATEST = SecretVersions.LATEST;

    /** The default deadline of each call to Secret Manager. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(10);

    static final String ACCESS_PERMISSION = SecretVersions.ACCESS_PERMISSION;
    static final String ADD_PERMISSION = SecretVersions.ADD_PERMISSION;

    private static final Logger LOG = LoggerFactory.getLogger(GcpSecretManagerSecretProvider.class);

    private final String project;
    private final String secret;
    private final String version;
    private final @Nullable String jsonField;
    private final @Nullable GcpEndpoint endpoint;
    private final @Nullable CredentialsProvider credentialsProvider;
    private final Duration callTimeout;
    private final Clock clock;
    private final String description;
    private final LazyStoreClient<SecretManagerServiceClient> client;
    private final SecretVersions versions;

    private GcpSecretManagerSecretProvider(Builder b, String project, @Nullable GcpEndpoint endpoint) {
        this.project = project;
        this.secret = Objects.requireNonNull(b.secret);
        this.version = b.version;
        this.jsonField = b.jsonField;
        this.endpoint = endpoint;
        this.credentialsProvider = b.credentialsProvider;
        this.callTimeout = b.callTimeout;
        this.clock = b.clock;
        this.description = "gcp-sm://projects/" + project + "/secrets/" + secret + "/versions/" + version
                + (jsonField == null ? "" : "#" + jsonField) + (endpoint == null ? "" : " (endpoint " + endpoint + ")");
        this.client = b.client != null
                ? LazyStoreClient.supplied(description, b.client)
                : LazyStoreClient.creating(description, this::createClient, SecretManagerClients::shutdown);
        this.versions = new SecretVersions(description, project, secret, version, jsonField, callTimeout, client);
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the project. */
    public String project() {
        return project;
    }

    /** Returns the secret id. */
    public String secret() {
        return secret;
    }

    /** Returns the version read: {@code latest} or a version number. */
    public String version() {
        return version;
    }

    /** Returns the JSON field holding the key, when the secret is a JSON object. */
    public java.util.Optional<String> jsonField() {
        return java.util.Optional.ofNullable(jsonField);
    }

    /** Returns the deadline of each call. */
    public Duration callTimeout() {
        return callTimeout;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Calls {@code AccessSecretVersion}. Needs {@code secretmanager.versions.access} on the
     * secret ({@code roles/secretmanager.secretAccessor}).
     *
     * @throws SecretNotFoundException if the secret or version does not exist (or has no versions)
     * @throws SecretAccessDeniedException if the credentials lack the accessor role or are rejected
     * @throws SecretProviderException if the version is disabled or destroyed (not transient), or
     *     the payload fails its CRC32C check
     * @throws SecretUnavailableException if Secret Manager is unreachable, throttling, or does not
     *     answer within the call deadline
     * @throws InvalidApiKeyException if a JSON field was asked for and the secret is not a JSON
     *     object holding it as a string, or the payload is not UTF-8 text
     * @throws ConfigurationException if the Google client cannot be created (credentials)
     */
    @Override
    public SecretValue fetch() {
        RuntimeGuard.enforce();
        AccessSecretVersionResponse response = versions.access(version);
        String text = versions.decode(response);
        String versionId = SecretVersions.versionNumber(response.getName(), version);
        if (jsonField != null) {
            text = JsonSecrets.extractField(text, jsonField, description);
        }
        LOG.debug("Fetched version {} of {}", versionId, description);
        return SecretValue.of(text, versionId, clock.instant());
    }

    /**
     * {@inheritDoc}
     *
     * <p>Calls {@code AddSecretVersion} with the payload's CRC32C; needs
     * {@code secretmanager.versions.add} ({@code roles/secretmanager.secretVersionAdder}). With a
     * JSON field it first reads the latest version (also needing the accessor role), replaces that
     * field and keeps every other field; two concurrent writers of different fields can lose one
     * update, since Secret Manager has no compare-and-set on versions. Secret Manager has no
     * request token, so a retried put may add two versions holding the same value; that is
     * harmless for rotation.
     *
     * @return the new version number
     * @throws ConfigurationException if this provider is pinned to a version number
     * @throws SecretNotFoundException if the secret does not exist (create it first)
     * @throws SecretAccessDeniedException if the credentials lack the version-adder role
     * @throws SecretUnavailableException if Secret Manager is unreachable, throttling or slow
     * @throws SecretProviderException if the current secret is not a JSON object (JSON field
     *     references), the payload exceeds 64 KiB, or another failure
     */
    @Override
    public String put(SecretValue value, PutOptions options) {
        Objects.requireNonNull(value, "value == null");
        Objects.requireNonNull(options, "options == null");
        RuntimeGuard.enforce();
        if (!version.equals(LATEST)) {
            throw new ConfigurationException(description + ": this reference is pinned to version " + version
                    + ", so a new version written now would never be read through it. Reference versions/latest"
                    + " to rotate the key in place.");
        }
        String payload = JsonSecrets.documentToWrite(value, jsonField, versions::currentDocument, description);
        byte[] bytes = versions.payloadBytes(payload);
        options.requestToken()
                .ifPresent(
                        t -> LOG.debug("Secret Manager has no request tokens; {} adds a plain version", description));
        String newVersion = versions.add(bytes);
        LOG.info("Added version {} to {}", newVersion, description);
        return newVersion;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Asks {@code testIamPermissions} on the secret for {@code secretmanager.versions.add} (and
     * {@code secretmanager.versions.access} for a JSON field, which {@code put} reads first). A
     * provider pinned to a version number answers {@link WriteAccess#NO}; a server without IAM
     * (some emulators) {@link WriteAccess#UNKNOWN}.
     *
     * @throws SecretNotFoundException if the secret does not exist
     * @throws SecretUnavailableException if Secret Manager is unreachable, throttling or slow
     */
    @Override
    public WriteAccess canWrite() {
        RuntimeGuard.enforce();
        if (!version.equals(LATEST)) {
            return WriteAccess.NO;
        }
        return versions.testWritePermissions();
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * Closes the Google client if this provider created it (waiting up to 5 seconds for its
     * channels); a caller-supplied client is left open. Later calls fail with
     * {@link IllegalStateException}.
     */
    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "GcpSecretManagerSecretProvider(" + description + ")";
    }

    /** How many clients this provider created (0 or 1); for tests. */
    int clientsCreated() {
        return client.createdCount();
    }

    /** Settings of the client this provider creates; package-private for tests. */
    SecretManagerServiceSettings settings() throws IOException {
        return SecretManagerClients.settings(endpoint, credentialsProvider, callTimeout);
    }

    private SecretManagerServiceClient createClient() {
        return SecretManagerClients.create(endpoint, credentialsProvider, callTimeout, description);
    }

    /**
     * A builder of {@link GcpSecretManagerSecretProvider}. Building checks the names, finds the
     * project and checks that credentials exist, all locally; it contacts nothing.
     */
    public static final class Builder {
        private @Nullable String project;
        private @Nullable String secret;
        private String version = LATEST;
        private @Nullable String jsonField;
        private @Nullable SecretManagerServiceClient client;
        private @Nullable String endpoint;
        private @Nullable CredentialsProvider credentialsProvider;
        private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
        private Clock clock = Clock.systemUTC();
        private GcpEnvironment environment = GcpEnvironment.system();

        private Builder() {}

        /**
         * Sets the project id or number. If not specified, it comes from the environment variable
         * {@code GOOGLE_CLOUD_PROJECT}, else from the credentials file
         * ({@code GOOGLE_APPLICATION_CREDENTIALS} or gcloud's); never from the metadata server.
         */
        public Builder project(String project) {
            this.project = Objects.requireNonNull(project, "project == null");
            return this;
        }

        /** Sets the secret id (required). */
        public Builder secret(String secret) {
            this.secret = Objects.requireNonNull(secret, "secret == null");
            return this;
        }

        /**
         * Sets the version: {@code latest} or a version number. A provider pinned to a number
         * refuses {@code put}. If not specified, this is {@code latest}.
         */
        public Builder version(String version) {
            this.version = Objects.requireNonNull(version, "version == null");
            return this;
        }

        /**
         * Sets the top-level JSON field that holds the key, when the secret is a JSON object. If
         * not specified, the whole secret is the key.
         */
        public Builder jsonField(String jsonField) {
            Objects.requireNonNull(jsonField, "jsonField == null");
            if (jsonField.isEmpty()) {
                throw new IllegalArgumentException("jsonField is empty");
            }
            this.jsonField = jsonField;
            return this;
        }

        /**
         * Sets the Google client to use. The provider does not close it. Cannot be combined with
         * {@link #endpoint} or {@link #credentialsProvider}. If not specified, the provider
         * creates one at the first call and closes it when closed.
         */
        public Builder client(SecretManagerServiceClient client) {
            this.client = Objects.requireNonNull(client, "client == null");
            return this;
        }

        /**
         * Sets the endpoint: {@code https://host[:port]} (TLS) to one of Secret Manager's own hosts
         * ({@code secretmanager.googleapis.com}, {@code secretmanager.<location>.rep.googleapis.com},
         * {@code private.googleapis.com}, {@code restricted.googleapis.com}, {@code
         * <name>.p.googleapis.com}) or to a host named in {@code AUGNO_SECRETS_ENDPOINT_HOSTS} /
         * {@code -Daugno.secrets.endpointHosts}; or {@code http://127.0.0.1:<port>} (loopback only)
         * for plaintext gRPC without credentials, as local emulators speak. If not specified, this is
         * Google's {@code secretmanager.googleapis.com:443}.
         *
         * @throws ConfigurationException at {@link #build()} for plain http off loopback, a host
         *     outside those, or a malformed URL
         */
        public Builder endpoint(String endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
            return this;
        }

        /**
         * Sets the credentials. If not specified, Application Default Credentials are used
         * ({@code GOOGLE_APPLICATION_CREDENTIALS}, gcloud's file, or the runtime's service
         * account); building fails if none of them is present.
         */
        public Builder credentialsProvider(CredentialsProvider credentialsProvider) {
            this.credentialsProvider = Objects.requireNonNull(credentialsProvider, "credentialsProvider == null");
            return this;
        }

        /**
         * Sets the deadline of each call to Secret Manager; the Google client does not retry
         * within it. If not specified, this is 10 seconds.
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
         * Sets the clock that stamps fetched values; for tests. If not specified, this is the
         * system UTC clock.
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /** Sets where the project and credentials are looked for; for tests. */
        Builder environment(GcpEnvironment environment) {
            this.environment = Objects.requireNonNull(environment, "environment == null");
            return this;
        }

        /**
         * Builds the provider, without contacting Secret Manager.
         *
         * @throws IllegalStateException if the secret is not set, or a client is combined with an
         *     endpoint or credentials provider, or a credentials provider with a plaintext endpoint
         * @throws ConfigurationException if a name is malformed, the endpoint unusable, or no
         *     project or credentials can be found locally (the message lists where it looked)
         */
        public GcpSecretManagerSecretProvider build() {
            SecretManagerTarget target = SecretManagerTarget.check(
                    project, secret, version, client != null, endpoint, credentialsProvider != null);
            String resolvedProject = environment.resolveProject(target.path().project(), target.label());
            if (target.needsLocalCredentials()) {
                environment.requireCredentials(target.label());
            }
            return new GcpSecretManagerSecretProvider(this, resolvedProject, target.endpoint());
        }
    }
}
