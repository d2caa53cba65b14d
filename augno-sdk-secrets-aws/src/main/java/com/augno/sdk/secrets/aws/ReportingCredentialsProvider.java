package com.augno.sdk.secrets.aws;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.errors.SecretUnavailableException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * Reports a credentials failure as what it is (DESIGN section 6): a blip of the credential source
 * (STS, the ECS/EKS container endpoint or EC2's instance metadata did not answer, answered 5xx or
 * throttled) is a transient {@link SecretUnavailableException}, so a key cache keeps serving its
 * last good key for its stale window; anything else ("no credentials found", a malformed profile)
 * is a {@link ConfigurationException} that says where they were looked for.
 *
 * <p>The chain's own exception is neither chained nor logged: AWS SDK messages have echoed malformed
 * credentials before (aws-sdk-java #2702). Its text is read only to recognise a blip.
 */
final class ReportingCredentialsProvider implements AwsCredentialsProvider {
    // How the default chain words a source that did not answer, when it keeps only the messages.
    private static final List<String> BLIP_MARKERS = List.of(
            "unable to execute http request",
            "unable to contact ec2 metadata service",
            "failed to load credentials from imds",
            "failed to load credentials from metadata service",
            "timed out",
            "connection refused",
            "connection reset",
            "service unavailable",
            "throttl",
            "rate exceeded",
            "internalfailure",
            "internal failure");

    private final AwsCredentialsProvider delegate;
    private final String description;
    private final String searched;

    ReportingCredentialsProvider(AwsCredentialsProvider delegate, String description, String searched) {
        this.delegate = delegate;
        this.description = description;
        this.searched = searched;
    }

    @Override
    public AwsCredentials resolveCredentials() {
        try {
            return delegate.resolveCredentials();
        } catch (RuntimeException e) {
            if (isBlip(e)) {
                throw new SecretUnavailableException(
                        description,
                        "the AWS credential source did not answer just now ("
                                + e.getClass().getSimpleName()
                                + "; looked in " + searched + "); retrying later may succeed, and a key cache"
                                + " serves its last good key meanwhile.");
            }
            throw new ConfigurationException("No AWS credentials for " + description + " ("
                    + e.getClass().getSimpleName()
                    + "). Looked in " + searched + ". Give the process an IAM role (ECS task role, EKS IRSA or Pod"
                    + " Identity, Lambda execution role, EC2 instance profile) or set AWS_PROFILE.");
        }
    }

    /** True when the failure is the credential source not answering, not a missing configuration. */
    static boolean isBlip(Throwable e) {
        Throwable cur = e;
        for (int depth = 0; cur != null && depth < 16; depth++, cur = cur.getCause()) {
            if (cur instanceof IOException) {
                return true;
            }
            if (cur instanceof SdkServiceException) {
                SdkServiceException s = (SdkServiceException) cur;
                if (s.statusCode() >= 500 || s.isThrottlingException()) {
                    return true;
                }
            } else if (cur instanceof SdkException && ((SdkException) cur).retryable()) {
                return true;
            }
            String m = cur.getMessage();
            if (m != null) {
                String lower = m.toLowerCase(Locale.ROOT);
                for (String marker : BLIP_MARKERS) {
                    if (lower.contains(marker)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "ReportingCredentialsProvider(" + delegate.getClass().getSimpleName() + ")";
    }
}
