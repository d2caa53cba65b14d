package com.augno.sdk.secrets.aws;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.secrets.aws.internal.SecretsManagerSettings;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Not API. The Secrets Manager client of one {@link AwsSecretsManagerSecretProvider} and, when the
 * provider created it, the credentials chain it owns: how it is built (region, credentials,
 * timeouts) and closed.
 */
final class SecretsManagerClients {
    // The provider's logger name, kept: users' logging configurations name it.
    private static final Logger LOG = LoggerFactory.getLogger(AwsSecretsManagerSecretProvider.class);

    private static final String REGION_CHAIN =
            "the aws.region system property, the AWS_REGION environment variable, the"
                    + " region of the AWS profile (AWS_PROFILE or 'default') in the AWS config file (AWS_CONFIG_FILE or"
                    + " ~/.aws/config), and EC2 instance metadata (skipped when AWS_EC2_METADATA_DISABLED is true)";

    private static final String CREDENTIALS_CHAIN = "the aws.accessKeyId/aws.secretAccessKey system properties, the"
            + " AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY environment variables, a web identity token"
            + " (AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN, as on EKS with IRSA), the AWS profile"
            + " (AWS_PROFILE or 'default') in the shared credentials and config files, the container"
            + " credentials endpoint (ECS task role, EKS Pod Identity), and EC2 instance metadata (skipped"
            + " when AWS_EC2_METADATA_DISABLED is true)";

    private final SecretsManagerClient client;
    private final @Nullable SdkAutoCloseable credentials;

    SecretsManagerClients(SecretsManagerClient client, @Nullable SdkAutoCloseable credentials) {
        this.client = client;
        this.credentials = credentials;
    }

    SecretsManagerClient client() {
        return client;
    }

    void close() {
        client.close();
        if (credentials != null) {
            credentials.close();
        }
    }

    /**
     * Creates the client: on url-connection-client with the call deadline, in the given region or
     * else the default region chain's, with the given credentials or else AWS's default chain (which
     * this object then owns and closes), each credential failure classified by {@link
     * ReportingCredentialsProvider}.
     */
    static SecretsManagerClients create(SecretsManagerSettings settings) {
        Region region = settings.region();
        AwsCredentialsProvider credentialsProvider = settings.credentialsProvider();
        URI endpointOverride = settings.endpointOverride();
        Duration callTimeout = settings.callTimeout();
        String description = settings.description();
        long start = System.nanoTime();
        Region r = region != null ? region : defaultRegion(description);
        AwsCredentialsProvider credentials = credentialsProvider;
        String credentialsSource = "the credentials provider given to the builder";
        DefaultCredentialsProvider chain = null;
        if (credentials == null) {
            chain = DefaultCredentialsProvider.builder().build();
            credentials = chain;
            credentialsSource = "AWS's default credentials chain (" + CREDENTIALS_CHAIN + ")";
        }
        SecretsManagerClientBuilder b = SecretsManagerClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(min(callTimeout, Duration.ofSeconds(5)))
                        .socketTimeout(callTimeout))
                .region(r)
                .credentialsProvider(new ReportingCredentialsProvider(credentials, description, credentialsSource))
                .overrideConfiguration(o -> o.apiCallTimeout(callTimeout));
        if (endpointOverride != null) {
            b.endpointOverride(endpointOverride);
        }
        SecretsManagerClient created;
        try {
            created = b.build();
        } catch (RuntimeException e) {
            if (chain != null) {
                chain.close(); // nothing else would close it: the next call creates another
            }
            throw e;
        }
        LOG.debug(
                "Created a Secrets Manager client for {} in {} ms",
                description,
                Duration.ofNanos(System.nanoTime() - start).toMillis());
        return new SecretsManagerClients(created, chain);
    }

    private static Region defaultRegion(String description) {
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (SdkClientException e) {
            throw new ConfigurationException("No AWS region for " + description + ". Looked in AWS's default region"
                    + " chain: " + REGION_CHAIN
                    + ". Set ?region=... in the reference (or use the secret's ARN),"
                    + " or set AWS_REGION.");
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
