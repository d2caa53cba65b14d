package com.augno.sdk.secrets.aws;

import com.augno.sdk.errors.ConfigurationException;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * Turns "no credentials found" into a {@link ConfigurationException} that says where they were
 * looked for.
 *
 * <p>The chain's own exception is neither chained nor logged: AWS SDK messages have echoed malformed
 * credentials before (aws-sdk-java #2702).
 */
final class ReportingCredentialsProvider implements AwsCredentialsProvider {
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
            throw new ConfigurationException("No AWS credentials for " + description + " ("
                    + e.getClass().getSimpleName()
                    + "). Looked in " + searched + ". Give the process an IAM role (ECS task role, EKS IRSA or Pod"
                    + " Identity, Lambda execution role, EC2 instance profile) or set AWS_PROFILE.");
        }
    }

    @Override
    public String toString() {
        return "ReportingCredentialsProvider(" + delegate.getClass().getSimpleName() + ")";
    }
}
