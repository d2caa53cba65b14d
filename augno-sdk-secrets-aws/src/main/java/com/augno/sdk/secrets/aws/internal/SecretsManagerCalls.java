package com.augno.sdk.secrets.aws.internal;

import com.augno.sdk.errors.SecretAccessDeniedException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.internal.secrets.SecretText;
import com.augno.sdk.secrets.WriteAccess;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.PutSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.PutSecretValueResponse;

/**
 * Not API. The Secrets Manager calls of one {@code AwsSecretsManagerSecretProvider}: each request
 * with the call deadline, each failure mapped by {@link SecretsManagerErrors}, and the secret's text
 * read from an answer. Thread-safe.
 */
public final class SecretsManagerCalls {
    private final String secretId;
    private final Duration callTimeout;
    private final String description;
    private final SecretsManagerErrors errors;
    private final Supplier<SecretsManagerClient> client;

    /**
     * Creates the calls on the client that {@code client} supplies (created at the first call; it
     * throws {@link IllegalStateException} once the provider is closed, which is passed on as it is).
     */
    public SecretsManagerCalls(SecretsManagerSettings settings, Supplier<SecretsManagerClient> client) {
        this.secretId = settings.secretId();
        this.callTimeout = settings.callTimeout();
        this.description = settings.description();
        this.errors = new SecretsManagerErrors(description, secretId, settings.region(), callTimeout);
        this.client = client;
    }

    /**
     * Calls {@code GetSecretValue} for {@code version}, else for {@code stage}.
     *
     * @throws SecretProviderException (or a subclass) as {@link SecretsManagerErrors} maps the failure
     */
    public GetSecretValueResponse get(@Nullable String stage, @Nullable String version) {
        GetSecretValueRequest.Builder request = GetSecretValueRequest.builder()
                .secretId(secretId)
                .overrideConfiguration(o -> o.apiCallTimeout(callTimeout));
        if (version != null) {
            request.versionId(version);
        } else {
            request.versionStage(stage);
        }
        SecretsManagerClient c = client.get();
        try {
            return c.getSecretValue(request.build());
        } catch (RuntimeException e) {
            throw errors.map(e, SecretsManagerErrors.GET, version != null ? "version " + version : "stage " + stage);
        }
    }

    /**
     * Calls {@code PutSecretValue} with {@code body} and, when present, the request token as {@code
     * ClientRequestToken}.
     *
     * @return the new version's id, or empty text when AWS names none
     * @throws SecretProviderException (or a subclass) as {@link SecretsManagerErrors} maps the failure
     */
    public String put(String body, Optional<String> requestToken) {
        PutSecretValueRequest.Builder request = PutSecretValueRequest.builder()
                .secretId(secretId)
                .secretString(body)
                .overrideConfiguration(o -> o.apiCallTimeout(callTimeout));
        requestToken.ifPresent(request::clientRequestToken);
        SecretsManagerClient c = client.get();
        PutSecretValueResponse response;
        try {
            response = c.putSecretValue(request.build());
        } catch (RuntimeException e) {
            throw errors.map(e, SecretsManagerErrors.PUT);
        }
        return response.versionId() == null ? "" : response.versionId();
    }

    /**
     * Asks whether a put would be authorized, without changing the secret: reads the {@code
     * AWSCURRENT} version and puts that very value back with that version's id as token (a put AWS
     * ignores, after IAM authorized it).
     *
     * @return {@link WriteAccess#NO} when the read or the put is refused, {@link WriteAccess#YES} when
     *     the put is accepted, {@link WriteAccess#UNKNOWN} for a binary secret (not sent back)
     * @throws SecretProviderException (or a subclass) when the secret cannot be read, or the put fails
     *     for another reason
     */
    public WriteAccess probeWrite() {
        GetSecretValueResponse current;
        try {
            current = get(SecretsManagerSettings.AWSCURRENT, null);
        } catch (SecretAccessDeniedException e) {
            // A rotation reads the secret first (pre-check, JSON field, read-back): no read, no write.
            return WriteAccess.NO;
        }
        if (current.secretString() == null || current.versionId() == null) {
            return WriteAccess.UNKNOWN;
        }
        PutSecretValueRequest request = PutSecretValueRequest.builder()
                .secretId(secretId)
                .secretString(current.secretString())
                .clientRequestToken(current.versionId())
                .overrideConfiguration(o -> o.apiCallTimeout(callTimeout))
                .build();
        try {
            client.get().putSecretValue(request);
            return WriteAccess.YES;
        } catch (RuntimeException e) {
            RuntimeException mapped = errors.map(e, SecretsManagerErrors.PUT);
            if (mapped instanceof SecretAccessDeniedException) {
                return WriteAccess.NO;
            }
            throw mapped;
        }
    }

    /**
     * Returns the secret string of an answer, or its binary secret decoded as UTF-8.
     *
     * @throws SecretProviderException if the version has neither, or the binary is not UTF-8 text
     */
    public String textOf(GetSecretValueResponse response) {
        if (response.secretString() != null) {
            return response.secretString();
        }
        SdkBytes binary = response.secretBinary();
        if (binary == null) {
            throw new SecretProviderException(
                    description, "the secret version has neither SecretString nor SecretBinary");
        }
        String text = SecretText.utf8(binary.asByteBuffer());
        if (text == null) {
            throw new SecretProviderException(description, "the binary secret is not UTF-8 text");
        }
        return text;
    }
}
