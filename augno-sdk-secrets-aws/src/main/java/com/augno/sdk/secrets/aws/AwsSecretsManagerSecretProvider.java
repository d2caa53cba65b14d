package com.augno.sdk.secrets.aws;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.internal.secrets.JsonSecrets;
import com.augno.sdk.internal.secrets.LazyStoreClient;
import com.augno.sdk.internal.secrets.StoreEndpoints;
import com.augno.sdk.runtime.RuntimeGuard;
import com.augno.sdk.secrets.PutOptions;
import com.augno.sdk.secrets.SecretValue;
import com.augno.sdk.secrets.WritableSecretStore;
import com.augno.sdk.secrets.WriteAccess;
import com.augno.sdk.secrets.aws.internal.SecretsManagerCalls;
import com.augno.sdk.secrets.aws.internal.SecretsManagerSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;

/**
 * A secret in AWS Secrets Manager as the source of the Augno API key, and the store that key
 * rotation writes new keys to.
 *
 * <p>Built in code or, with no code, from a reference (see {@link
 * AwsSecretsManagerSecretProviderFactory}):
 *
 * <pre>{@code
 * AwsSecretsManagerSecretProvider provider = AwsSecretsManagerSecretProvider.builder()
 *     .secretId("prod/augno")           // a name or a full ARN (an ARN implies its region)
 *     .region("eu-west-1")              // optional: else the ARN's region, else AWS's default chain
 *     .jsonField("api_key")             // optional: the secret is a JSON object holding the key
 *     .build();
 * }</pre>
 *
 * <p>{@link #fetch()} calls {@code GetSecretValue} for the stage {@code AWSCURRENT} (or the stage
 * or version id given) and returns the secret string, or a binary secret decoded as UTF-8, with
 * the store's version id. {@link #put(SecretValue, PutOptions)} calls {@code PutSecretValue}, which
 * moves {@code AWSCURRENT} to the new version; the request token of {@link PutOptions} becomes
 * the {@code ClientRequestToken}, so a retried put creates one version.
 *
 * <p>Client: unless a {@link SecretsManagerClient} is given, one is created at the first call (not
 * at build time), once, on the url-connection HTTP client (the fastest cold start), with region and
 * credentials from AWS's default chains unless given, and closed by {@link #close()}. A given
 * client is used as it is and never closed. Every call carries its own deadline ({@link
 * Builder#callTimeout(Duration)}) that bounds the SDK's retries too.
 *
 * <p>Errors: a missing secret, version or stage throws {@link
 * com.augno.sdk.errors.SecretNotFoundException}; an IAM or KMS refusal throws {@link
 * com.augno.sdk.errors.SecretAccessDeniedException} naming the action and resource to grant;
 * throttling, 5xx, I/O failures and the deadline throw {@link
 * com.augno.sdk.errors.SecretUnavailableException} (transient); a secret scheduled for deletion, or
 * a put refused for the secret's quota of versions, throws a non-transient {@link
 * SecretProviderException} saying what to do; a region or credentials that AWS's chains
 * cannot find throw {@link ConfigurationException} listing where they were looked for. No text of an
 * AWS exception that could hold the secret is copied into these messages.
 *
 * <p>Thread-safe.
 */
public final class AwsSecretsManagerSecretProvider implements WritableSecretStore {
    /** The stage that names a secret's current version, and the default stage read. */
    public static final String AWSCURRENT = SecretsManagerSettings.AWSCURRENT;

    /** The deadline of each call unless set: {@value #DEFAULT_CALL_TIMEOUT_SECONDS} seconds. */
    public static final long DEFAULT_CALL_TIMEOUT_SECONDS = 10;

    private static final Logger LOG = LoggerFactory.getLogger(AwsSecretsManagerSecretProvider.class);

    private final SecretsManagerSettings settings;
    private final Clock clock;
    private final LazyStoreClient<SecretsManagerClients> clients;
    private final SecretsManagerCalls calls;

    private AwsSecretsManagerSecretProvider(Builder b) {
        this.settings = new SecretsManagerSettings(
                b.secretId,
                b.region,
                b.versionStage,
                b.versionId,
                b.jsonField,
                b.client != null,
                b.endpointOverride,
                b.credentialsProvider,
                b.callTimeout);
        this.clock = b.clock;
        String description = settings.description();
        this.clients = b.client != null
                ? LazyStoreClient.supplied(description, new SecretsManagerClients(b.client, null))
                : LazyStoreClient.creating(
                        description, () -> SecretsManagerClients.create(settings), SecretsManagerClients::close);
        this.calls = new SecretsManagerCalls(settings, () -> clients.get().client());
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the secret's name or ARN. */
    public String secretId() {
        return settings.secretId();
    }

    /** Returns the stage read, or null when a version id is pinned. */
    public @Nullable String versionStage() {
        return settings.versionStage();
    }

    /** Returns the pinned version id, or null when a stage is read. */
    public @Nullable String versionId() {
        return settings.versionId();
    }

    /** Returns the JSON field holding the key, or null when the whole secret is the key. */
    public @Nullable String jsonField() {
        return settings.jsonField();
    }

    /** Returns the deadline of each call to Secrets Manager. */
    public Duration callTimeout() {
        return settings.callTimeout();
    }

    /**
     * Fetches the secret with {@code GetSecretValue}.
     *
     * @return the secret string (or binary secret as UTF-8, or the JSON field) with its version id
     * @throws com.augno.sdk.errors.SecretNotFoundException if the secret, stage or version does not exist
     *     (also a secret created without a value, which has no {@code AWSCURRENT} version)
     * @throws com.augno.sdk.errors.SecretAccessDeniedException if IAM or KMS refuse; the message names
     *     the action and resource to grant
     * @throws com.augno.sdk.errors.SecretUnavailableException on throttling, 5xx, I/O failure or when
     *     the call's deadline passes
     * @throws SecretProviderException (not transient) if the secret is scheduled for deletion; the
     *     message says how to restore it
     * @throws ConfigurationException if no region or no credentials can be found
     * @throws com.augno.sdk.errors.InvalidApiKeyException if a JSON field was asked for and the
     *     secret is not a JSON object holding it as a string
     * @throws com.augno.sdk.runtime.UnsupportedRuntimeException on runtimes that must not hold a key
     * @throws IllegalStateException after {@link #close()}
     */
    @Override
    public SecretValue fetch() {
        RuntimeGuard.enforce();
        GetSecretValueResponse response = calls.get(settings.versionStage(), settings.versionId());
        String text = calls.textOf(response);
        String jsonField = settings.jsonField();
        String value = jsonField == null ? text : JsonSecrets.extractField(text, jsonField, settings.description());
        LOG.debug("Fetched {} version {}", settings.description(), response.versionId());
        return SecretValue.of(value, response.versionId(), clock.instant());
    }

    /**
     * Stores a new version with {@code PutSecretValue}, which moves {@code AWSCURRENT} to it.
     *
     * <p>With a JSON field, the current secret is read first and only that field is replaced; the
     * other fields are kept. The request token of {@code options}, when present, is sent as the
     * {@code ClientRequestToken}: repeating a put with the same token and value creates no second
     * version. Without one, the SDK generates a token.
     *
     * @return the new version's id
     * @throws ConfigurationException if this provider is pinned to a version id or to a stage other
     *     than {@code AWSCURRENT} (running clients would never see the new version)
     * @throws com.augno.sdk.errors.SecretAccessDeniedException if IAM or KMS refuse; the message names
     *     the action to grant ({@code secretsmanager:PutSecretValue})
     * @throws com.augno.sdk.errors.SecretUnavailableException when retrying may succeed (throttling, 5xx,
     *     I/O failure, the deadline)
     * @throws SecretProviderException (not transient) for other failures: the secret has reached its
     *     quota of versions ({@code LimitExceededException}, about 100 versions; retrying does not
     *     help), it is scheduled for deletion, or the same token was used with other content
     */
    @Override
    public String put(SecretValue value, PutOptions options) {
        Objects.requireNonNull(value, "value == null");
        Objects.requireNonNull(options, "options == null");
        if (settings.pinned()) {
            throw settings.pinnedWriteRefused();
        }
        RuntimeGuard.enforce();
        String body = JsonSecrets.documentToWrite(
                value, settings.jsonField(), () -> calls.textOf(calls.get(AWSCURRENT, null)), settings.description());
        String version = calls.put(body, options.requestToken());
        LOG.info("Stored a new version {} of {}", version, settings.description());
        return version;
    }

    /**
     * Tells whether these credentials may write the secret, without changing it: reads the
     * {@code AWSCURRENT} version, then sends {@code PutSecretValue} with that very value and that
     * version's id as {@code ClientRequestToken}. Secrets Manager ignores a put whose token names an
     * existing version with the same content (no new version, no stage moves), but IAM authorizes it
     * first, so {@code AccessDenied} means the rotation's write would be refused too. (IAM policy
     * simulation would need another permission and misses resource policies and SCPs; reading the
     * resource policy misses identity policies.) KMS is not exercised: no data is encrypted.
     *
     * @return {@link WriteAccess#NO} when pinned to a version or stage, or when AWS refuses the put;
     *     {@link WriteAccess#YES} when it is accepted; {@link WriteAccess#UNKNOWN} for a binary
     *     secret, which is not sent back
     * @throws SecretProviderException (or a subclass) when the secret cannot be read, or the put
     *     fails for another reason
     */
    @Override
    public WriteAccess canWrite() {
        if (settings.pinned()) {
            return WriteAccess.NO;
        }
        RuntimeGuard.enforce();
        WriteAccess access = calls.probeWrite();
        if (access == WriteAccess.YES) {
            LOG.debug("{} may be written (a no-op PutSecretValue was accepted)", settings.description());
        }
        return access;
    }

    /** Returns e.g. {@code aws-sm://prod/augno (stage AWSCURRENT, region eu-west-1)#api_key}. */
    @Override
    public String description() {
        return settings.description();
    }

    /** Closes the client and credentials provider this provider created; a given client stays open. */
    @Override
    public void close() {
        clients.close();
    }

    /** How many clients this provider created (0 or 1); for tests. */
    int clientsCreated() {
        return clients.createdCount();
    }

    @Override
    public String toString() {
        return "AwsSecretsManagerSecretProvider(" + settings.description() + ")";
    }

    /** A builder of {@link AwsSecretsManagerSecretProvider}. */
    public static final class Builder {
        private @Nullable String secretId;
        private @Nullable Region region;
        private @Nullable String versionStage;
        private @Nullable String versionId;
        private @Nullable String jsonField;
        private @Nullable SecretsManagerClient client;
        private @Nullable URI endpointOverride;
        private @Nullable AwsCredentialsProvider credentialsProvider;
        private Duration callTimeout = Duration.ofSeconds(DEFAULT_CALL_TIMEOUT_SECONDS);
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /**
         * Sets the secret: its name (e.g. {@code prod/augno}) or full ARN. An ARN implies its region.
         * Required.
         */
        public Builder secretId(String secretId) {
            this.secretId = Objects.requireNonNull(secretId, "secretId == null");
            return this;
        }

        /**
         * Sets the region, e.g. {@code eu-west-1}. If not specified, this is the ARN's region, else
         * the region of AWS's default chain (resolved at the first call).
         *
         * @throws ConfigurationException if the text is not a region id
         */
        public Builder region(String region) {
            this.region = SecretsManagerSettings.parseRegion(Objects.requireNonNull(region, "region == null"));
            return this;
        }

        /** Sets the region. If not specified, see {@link #region(String)}. */
        public Builder region(Region region) {
            this.region = Objects.requireNonNull(region, "region == null");
            return this;
        }

        /**
         * Sets the stage to read, e.g. {@code AWSPENDING}. If not specified (and no version id is
         * given), this is {@code AWSCURRENT}. A stage other than {@code AWSCURRENT} makes the
         * provider refuse {@code put}.
         */
        public Builder versionStage(String versionStage) {
            Objects.requireNonNull(versionStage, "versionStage == null");
            if (versionStage.isBlank()) {
                throw new ConfigurationException("The AWS version stage is empty.");
            }
            this.versionStage = versionStage;
            return this;
        }

        /**
         * Pins one version id. If not specified, the stage is read. A pinned version makes the
         * provider refuse {@code put}; it cannot be combined with {@link #versionStage(String)}.
         */
        public Builder versionId(String versionId) {
            Objects.requireNonNull(versionId, "versionId == null");
            if (versionId.isBlank()) {
                throw new ConfigurationException("The AWS version id is empty.");
            }
            this.versionId = versionId;
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
         * Uses this client instead of creating one. The provider never closes it, and the client's own
         * region, endpoint and credentials apply (so none of those may be set here). If not
         * specified, a url-connection client is created at the first call.
         */
        public Builder client(SecretsManagerClient client) {
            this.client = Objects.requireNonNull(client, "client == null");
            return this;
        }

        /**
         * Sends requests to this endpoint instead of AWS's, e.g. a VPC endpoint or a local emulator.
         * If not specified, AWS's regional endpoint is used.
         *
         * @throws ConfigurationException unless the URI is {@code https} to a Secrets Manager host
         *     ({@code secretsmanager[-fips].<region>.amazonaws.com[.cn]}, {@code .api.aws}, a VPC
         *     endpoint {@code vpce-...secretsmanager.<region>.vpce.amazonaws.com}) or to a host named
         *     in {@code AUGNO_SECRETS_ENDPOINT_HOSTS} / {@code -Daugno.secrets.endpointHosts}, or
         *     {@code http(s)} to a loopback host ({@code localhost}, {@code 127.x.x.x}, {@code [::1]});
         *     and without user info, query or fragment
         */
        public Builder endpointOverride(URI endpoint) {
            Objects.requireNonNull(endpoint, "endpoint == null");
            this.endpointOverride = StoreEndpoints.parse(
                    endpoint.toString(),
                    "aws-sm://" + (secretId == null ? "<secret id not set yet>" : secretId),
                    StoreEndpoints.AWS_SECRETS_MANAGER);
            return this;
        }

        /**
         * Sets the credentials. If not specified, AWS's default credentials chain is used (created at the
         * first call and closed with the provider).
         */
        public Builder credentialsProvider(AwsCredentialsProvider credentialsProvider) {
            this.credentialsProvider = Objects.requireNonNull(credentialsProvider, "credentialsProvider == null");
            return this;
        }

        /**
         * Sets the deadline of each call, the SDK's retries included. If not specified, this is 10
         * seconds.
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

        /** Sets the clock that stamps fetched values. If not specified, this is the system UTC clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock == null");
            return this;
        }

        /**
         * Builds the provider without contacting AWS.
         *
         * @throws IllegalStateException if no secret id was set
         * @throws ConfigurationException if settings conflict: an ARN and another region, a client and a
         *     region/endpoint/credentials, a version id and a stage
         */
        public AwsSecretsManagerSecretProvider build() {
            return new AwsSecretsManagerSecretProvider(this);
        }

        @Override
        public String toString() {
            return "AwsSecretsManagerSecretProvider.Builder(secretId=" + secretId
                    + (region == null ? "" : ", region=" + region)
                    + (versionStage == null ? "" : ", versionStage=" + versionStage)
                    + (versionId == null ? "" : ", versionId=" + versionId)
                    + (jsonField == null ? "" : ", jsonField=" + jsonField) + ")";
        }
    }
}
