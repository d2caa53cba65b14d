package com.augno.sdk.secrets.gcp.internal;

import com.augno.sdk.errors.ConfigurationException;
import com.google.api.gax.core.CredentialsProvider;
import com.google.api.gax.core.NoCredentialsProvider;
import com.google.api.gax.grpc.InstantiatingGrpcChannelProvider;
import com.google.api.gax.retrying.RetrySettings;
import com.google.cloud.secretmanager.v1.SecretManagerServiceClient;
import com.google.cloud.secretmanager.v1.SecretManagerServiceSettings;
import io.grpc.ManagedChannelBuilder;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Not API. How {@code GcpSecretManagerSecretProvider} creates and configures its Google client (the
 * endpoint, plaintext for a loopback emulator, the credentials, no retries within the call
 * deadline) and shuts it down.
 */
public final class SecretManagerClients {
    // The provider's logger name, kept: users' logging configurations name it.
    private static final Logger LOG =
            LoggerFactory.getLogger("com.augno.sdk.secrets.gcp.GcpSecretManagerSecretProvider");

    private SecretManagerClients() {}

    /**
     * Creates the client, with the {@linkplain #settings settings} of these values.
     *
     * @throws ConfigurationException if the Google client cannot be created (e.g. no credentials)
     */
    public static SecretManagerServiceClient create(
            @Nullable GcpEndpoint endpoint,
            @Nullable CredentialsProvider credentialsProvider,
            Duration callTimeout,
            String description) {
        try {
            SecretManagerServiceClient c =
                    SecretManagerServiceClient.create(settings(endpoint, credentialsProvider, callTimeout));
            LOG.debug("Created a Secret Manager client for {}", description);
            return c;
        } catch (IOException e) {
            throw new ConfigurationException(
                    description + ": could not create the Secret Manager client: " + e.getMessage()
                            + ". Check GOOGLE_APPLICATION_CREDENTIALS, `gcloud auth application-default login`,"
                            + " or the workload's service account.",
                    e);
        }
    }

    /**
     * Returns the settings of the client to create.
     *
     * @throws IOException if the Google client library cannot build them
     */
    public static SecretManagerServiceSettings settings(
            @Nullable GcpEndpoint endpoint, @Nullable CredentialsProvider credentialsProvider, Duration callTimeout)
            throws IOException {
        SecretManagerServiceSettings.Builder b = SecretManagerServiceSettings.newBuilder();
        if (endpoint != null) {
            b.setEndpoint(endpoint.target());
            if (endpoint.plaintext()) {
                b.setTransportChannelProvider(InstantiatingGrpcChannelProvider.newBuilder()
                        .setEndpoint(endpoint.target())
                        .setChannelConfigurator(ManagedChannelBuilder::usePlaintext)
                        .build());
                b.setCredentialsProvider(NoCredentialsProvider.create());
            }
        }
        if (credentialsProvider != null) {
            b.setCredentialsProvider(credentialsProvider);
        }
        RetrySettings retry = SecretManagerCalls.noRetries(callTimeout);
        b.accessSecretVersionSettings().setRetrySettings(retry).setRetryableCodes(Set.of());
        b.addSecretVersionSettings().setRetrySettings(retry).setRetryableCodes(Set.of());
        b.testIamPermissionsSettings().setRetrySettings(retry).setRetryableCodes(Set.of());
        return b.build();
    }

    /** Closes a client this provider created, waiting up to 5 seconds for its channels. */
    public static void shutdown(SecretManagerServiceClient c) {
        c.close();
        try {
            if (!c.awaitTermination(5, TimeUnit.SECONDS)) {
                c.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            c.shutdownNow();
        }
    }
}
