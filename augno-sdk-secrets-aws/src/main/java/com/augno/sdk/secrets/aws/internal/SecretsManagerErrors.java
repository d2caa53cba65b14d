package com.augno.sdk.secrets.aws.internal;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.errors.SecretAccessDeniedException;
import com.augno.sdk.errors.SecretNotFoundException;
import com.augno.sdk.errors.SecretProviderException;
import com.augno.sdk.errors.SecretUnavailableException;
import com.augno.sdk.internal.secrets.Causes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;

/**
 * Not API. Maps AWS SDK exceptions to the SDK's secret-provider exceptions.
 *
 * <p>Our messages carry the AWS error code, HTTP status and request id, never the AWS message: only
 * an AWS service exception or a plain {@link IOException} is kept as the cause, and only when no
 * message in its chain looks like it quotes a key; client-side exceptions, whose text may quote a
 * response body, are dropped.
 */
public final class SecretsManagerErrors {
    /** The IAM action of a read; also names the call in messages. */
    public static final String GET = "secretsmanager:GetSecretValue";

    /** The IAM action of a write; also names the call in messages. */
    public static final String PUT = "secretsmanager:PutSecretValue";

    private static final Set<String> THROTTLING =
            Set.of("ThrottlingException", "Throttling", "TooManyRequestsException", "RequestLimitExceeded");
    private static final Set<String> CREDENTIALS_REJECTED = Set.of(
            "UnrecognizedClientException",
            "InvalidSignatureException",
            "IncompleteSignature",
            "InvalidClientTokenId",
            "ExpiredTokenException",
            "SignatureDoesNotMatch");

    private final String source;
    private final String secretId;
    private final String resource;
    private final Duration callTimeout;

    public SecretsManagerErrors(String source, String secretId, @Nullable Region region, Duration callTimeout) {
        this.source = source;
        this.secretId = secretId;
        this.resource = SecretArns.resourceFor(secretId, region);
        this.callTimeout = callTimeout;
    }

    /** Returns the exception to throw for {@code e}, raised by the call that needs IAM {@code action}. */
    public RuntimeException map(RuntimeException e, String action) {
        return map(e, action, null);
    }

    /**
     * Returns the exception to throw for {@code e}, raised by the call that needs IAM {@code action}
     * and read {@code asked} ({@code "stage AWSCURRENT"} or {@code "version <id>"}; null for writes).
     */
    public RuntimeException map(RuntimeException e, String action, @Nullable String asked) {
        ConfigurationException configuration = Causes.find(e, ConfigurationException.class);
        if (configuration != null) {
            return configuration;
        }
        // Ours, raised inside the AWS SDK's pipeline (the credentials provider): already classified.
        SecretProviderException ours = Causes.find(e, SecretProviderException.class);
        if (ours != null) {
            return ours;
        }
        if (e instanceof AwsServiceException) {
            return mapService((AwsServiceException) e, action, asked);
        }
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
            return new SecretUnavailableException(
                    source,
                    "AWS Secrets Manager did not answer within the deadline of " + callTimeout.toMillis()
                            + " ms (SDK retries included); the key cache serves its last good key meanwhile.");
        }
        if (e instanceof AbortedException) {
            return new SecretUnavailableException(source, "the call to AWS Secrets Manager was aborted (interrupted)");
        }
        IOException io = Causes.find(e, IOException.class);
        if (io != null) {
            return new SecretUnavailableException(
                    source,
                    "could not reach AWS Secrets Manager (" + io.getClass().getSimpleName() + ")",
                    Causes.safeCause(io));
        }
        if (e instanceof UncheckedIOException) {
            return new SecretUnavailableException(source, "could not reach AWS Secrets Manager (I/O failure)");
        }
        if (e instanceof SdkClientException) {
            return new SecretUnavailableException(
                    source,
                    "the AWS SDK failed the call to Secrets Manager ("
                            + e.getClass().getSimpleName() + "); its text is not shown as it may quote the response");
        }
        return new SecretProviderException(
                source,
                "unexpected failure calling AWS Secrets Manager ("
                        + e.getClass().getName() + ")");
    }

    private RuntimeException mapService(AwsServiceException e, String action, @Nullable String asked) {
        String code = e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
                ? ""
                : e.awsErrorDetails().errorCode();
        // Read to choose the advice, never copied: our messages carry the code and request id only.
        String awsMessage = e.awsErrorDetails() == null || e.awsErrorDetails().errorMessage() == null
                ? ""
                : e.awsErrorDetails().errorMessage().toLowerCase(Locale.ROOT);
        int status = e.statusCode();
        // The AWS exception's text is the service's: kept for debugging unless it quotes a key.
        Throwable cause = Causes.safeCause(e);
        String detail = " [" + (code.isEmpty() ? "no error code" : code) + ", HTTP " + status
                + (e.requestId() == null ? "" : ", request id " + e.requestId()) + "]";
        switch (code) {
            case "ResourceNotFoundException":
                if (asked != null && asked.startsWith("stage ") && awsMessage.contains("staging label")) {
                    return new SecretNotFoundException(
                            source,
                            "the secret exists but no version of it carries the " + asked
                                    + (asked.equals("stage AWSCURRENT")
                                            ? " (it was created without a value, or the stage was moved off every"
                                                    + " version). Store a value (aws secretsmanager put-secret-value)"
                                                    + " or move the stage back"
                                            : ". Check the stage name, or move the stage to a version")
                                    + " (aws secretsmanager update-secret-version-stage)." + detail);
                }
                if (asked != null && asked.startsWith("version ") && awsMessage.contains("versionid")) {
                    return new SecretNotFoundException(
                            source,
                            "the secret has no " + asked + " (AWS deletes versions without a staging label over"
                                    + " time). Reference a stage instead of a fixed version id." + detail);
                }
                return new SecretNotFoundException(
                        source,
                        "AWS Secrets Manager has no such secret, or no version with"
                                + " that stage or id. Check the name or ARN, the region and the stage." + detail);
            case "DecryptionFailure":
            case "DecryptionFailureException":
                return new SecretAccessDeniedException(
                        source,
                        "AWS KMS could not decrypt the secret " + resource
                                + ": grant kms:Decrypt on the secret's KMS key"
                                + " (a customer managed key must allow this role in its key policy) and check"
                                + " that the key is enabled." + detail,
                        cause);
            case "EncryptionFailure":
            case "EncryptionFailureException":
                return new SecretAccessDeniedException(
                        source,
                        "AWS KMS could not encrypt the new version of " + resource + ": grant kms:GenerateDataKey and"
                                + " kms:Decrypt on the secret's KMS key and check that the key is enabled." + detail,
                        cause);
            case "AccessDeniedException":
            case "AccessDenied":
                return new SecretAccessDeniedException(
                        source,
                        "AWS refused " + action + " on " + resource + ": grant " + action
                                + " on that ARN (and kms:Decrypt"
                                + " on the secret's key if it is a customer managed key)." + detail,
                        cause);
            case "ResourceExistsException":
                return new SecretProviderException(
                        source,
                        "a version with this request token already exists with different content; use a new token"
                                + " for a new value." + detail,
                        cause);
            case "InvalidRequestException":
                if (awsMessage.contains("marked for deletion") || awsMessage.contains("scheduled for deletion")) {
                    return new SecretProviderException(
                            source,
                            "the secret is scheduled for deletion, so AWS refuses " + action + " on it. If it is"
                                    + " still needed, cancel the deletion during its recovery window (aws"
                                    + " secretsmanager restore-secret --secret-id " + secretId + ", which needs"
                                    + " secretsmanager:RestoreSecret); otherwise point the reference at the secret"
                                    + " that replaces it. Retrying will not help." + detail,
                            cause);
                }
                return new SecretProviderException(
                        source,
                        "AWS Secrets Manager refused the request, e.g. the secret is scheduled for deletion." + detail,
                        cause);
            case "LimitExceededException":
                if (PUT.equals(action)) {
                    // On PutSecretValue this is the quota of versions per secret: retrying cannot succeed.
                    return new SecretProviderException(
                            source,
                            "AWS Secrets Manager refused to store a new version: the secret has reached its quota"
                                    + " of versions (about 100). Retrying will not help. AWS deletes versions"
                                    + " without a staging label once a secret has more than 100, but none less than"
                                    + " 24 hours old, so writing more often than about once every 10 minutes fills"
                                    + " the quota. Find and stop what writes this secret so often, remove custom"
                                    + " staging labels you no longer need (aws secretsmanager"
                                    + " update-secret-version-stage), and write again once AWS has removed old"
                                    + " versions (within 24 hours)." + detail,
                            cause);
                }
                return new SecretUnavailableException(
                        source, "AWS Secrets Manager refused the request: a limit was exceeded." + detail, cause);
            default:
                break;
        }
        if (CREDENTIALS_REJECTED.contains(code)) {
            return new SecretAccessDeniedException(
                    source,
                    "AWS rejected the credentials (invalid, expired or of another partition); check the"
                            + " credential source of this process." + detail,
                    cause);
        }
        if (e.isThrottlingException() || THROTTLING.contains(code)) {
            return new SecretUnavailableException(
                    source, "AWS Secrets Manager is throttling requests (rate exceeded)." + detail, cause);
        }
        if (status >= 500 || "InternalServiceError".equals(code) || "InternalServiceErrorException".equals(code)) {
            return new SecretUnavailableException(source, "AWS Secrets Manager failed on its side." + detail, cause);
        }
        if (status == 403) {
            return new SecretAccessDeniedException(
                    source, "AWS refused " + action + " on " + resource + ": grant " + action + "." + detail, cause);
        }
        return new SecretProviderException(source, "AWS Secrets Manager refused the call." + detail, cause);
    }
}
