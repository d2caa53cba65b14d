package com.augno.sdk.secrets.aws.internal;

import com.augno.sdk.errors.ConfigurationException;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Not API. The settings of one {@code AwsSecretsManagerSecretProvider}, checked and resolved once at
 * build time: the region (given, else the ARN's), the stage or version read, and the description
 * that names the secret in every message. Immutable.
 */
public final class SecretsManagerSettings {
    /** The stage that names a secret's current version, and the default stage read. */
    public static final String AWSCURRENT = "AWSCURRENT";

    private final String secretId;
    private final @Nullable Region region;
    private final @Nullable String versionStage;
    private final @Nullable String versionId;
    private final @Nullable String jsonField;
    private final @Nullable URI endpointOverride;
    private final @Nullable AwsCredentialsProvider credentialsProvider;
    private final Duration callTimeout;
    private final String description;

    /**
     * Checks and resolves the builder's values.
     *
     * @param clientGiven whether a client was given (it excludes region, endpoint and credentials)
     * @throws IllegalStateException if no secret id was set
     * @throws ConfigurationException if the secret id is blank or a malformed ARN, or settings
     *     conflict: an ARN and another region, a client and a region/endpoint/credentials, a version
     *     id and a stage
     */
    public SecretsManagerSettings(
            @Nullable String secretId,
            @Nullable Region region,
            @Nullable String versionStage,
            @Nullable String versionId,
            @Nullable String jsonField,
            boolean clientGiven,
            @Nullable URI endpointOverride,
            @Nullable AwsCredentialsProvider credentialsProvider,
            Duration callTimeout) {
        if (secretId == null) {
            throw new IllegalStateException("secretId is required, but was not set");
        }
        if (secretId.isBlank()) {
            throw new ConfigurationException("The AWS secret id is empty: give a secret name or ARN.");
        }
        Region arnRegion = SecretArns.regionOf(secretId);
        if (region != null && arnRegion != null && !region.equals(arnRegion)) {
            throw new ConfigurationException("The AWS secret " + secretId + " is an ARN in region " + arnRegion
                    + " but region " + region + " was also given; drop the region (an ARN implies it).");
        }
        if (clientGiven && (region != null || endpointOverride != null || credentialsProvider != null)) {
            throw new ConfigurationException("A SecretsManagerClient was given together with a region, endpoint"
                    + " override or credentials provider; configure those on the client instead.");
        }
        if (versionId != null && versionStage != null) {
            throw new ConfigurationException("The AWS secret " + secretId + " names both a version id and a stage ("
                    + versionStage + "); give one of them.");
        }
        this.secretId = secretId;
        this.region = region != null ? region : arnRegion;
        this.versionStage = versionId == null ? (versionStage == null ? AWSCURRENT : versionStage) : null;
        this.versionId = versionId;
        this.jsonField = jsonField;
        this.endpointOverride = endpointOverride;
        this.credentialsProvider = credentialsProvider;
        this.callTimeout = callTimeout;
        this.description = describe();
    }

    /**
     * Returns the region of a region id such as {@code eu-west-1}.
     *
     * @throws ConfigurationException if the text is not a region id
     */
    public static Region parseRegion(String region) {
        if (!region.matches("[a-z]{2}(-[a-z]+)+-\\d+")) {
            throw new ConfigurationException(
                    "'" + region + "' is not an AWS region id (expected e.g. eu-west-1 or us-gov-west-1).");
        }
        return Region.of(region);
    }

    private String describe() {
        StringBuilder sb = new StringBuilder("aws-sm://").append(secretId);
        if (versionId != null) {
            sb.append(" (version ").append(versionId);
        } else {
            sb.append(" (stage ").append(versionStage);
        }
        sb.append(", region ").append(region == null ? "from the default chain" : region.id());
        if (endpointOverride != null) {
            sb.append(", endpoint ").append(endpointOverride);
        }
        sb.append(')');
        if (jsonField != null) {
            sb.append('#').append(jsonField);
        }
        return sb.toString();
    }

    /** Returns the secret's name or ARN. */
    public String secretId() {
        return secretId;
    }

    /** Returns the region given or implied by the ARN, or null for the default chain's. */
    public @Nullable Region region() {
        return region;
    }

    /** Returns the stage read, or null when a version id is pinned. */
    public @Nullable String versionStage() {
        return versionStage;
    }

    /** Returns the pinned version id, or null when a stage is read. */
    public @Nullable String versionId() {
        return versionId;
    }

    /** Returns the JSON field holding the key, or null when the whole secret is the key. */
    public @Nullable String jsonField() {
        return jsonField;
    }

    /** Returns the endpoint requests go to instead of AWS's, or null. */
    public @Nullable URI endpointOverride() {
        return endpointOverride;
    }

    /** Returns the credentials given, or null for AWS's default chain. */
    public @Nullable AwsCredentialsProvider credentialsProvider() {
        return credentialsProvider;
    }

    /** Returns the deadline of each call. */
    public Duration callTimeout() {
        return callTimeout;
    }

    /** Returns e.g. {@code aws-sm://prod/augno (stage AWSCURRENT, region eu-west-1)#api_key}. */
    public String description() {
        return description;
    }

    /** True when a version id or a stage other than {@code AWSCURRENT} is read: a put would go unseen. */
    public boolean pinned() {
        return versionId != null || !AWSCURRENT.equals(versionStage);
    }

    /** The refusal of a put through a pinned reference. */
    public ConfigurationException pinnedWriteRefused() {
        return new ConfigurationException("Refusing to write " + description + ": the reference is pinned to "
                + (versionId != null ? "version " + versionId : "stage " + versionStage)
                + ", and a new version would never reach running clients (they read " + AWSCURRENT
                + "). Write through a reference without versionId or stage.");
    }
}
