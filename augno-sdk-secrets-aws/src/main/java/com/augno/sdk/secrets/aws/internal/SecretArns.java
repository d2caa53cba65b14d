package com.augno.sdk.secrets.aws.internal;

import com.augno.sdk.errors.ConfigurationException;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.regions.Region;

/** Not API. Reads Secrets Manager ARNs ({@code arn:<partition>:secretsmanager:<region>:<account>:secret:<name>}). */
public final class SecretArns {
    private SecretArns() {}

    /** Returns true when the secret id is an ARN rather than a name. */
    public static boolean isArn(String secretId) {
        return secretId.startsWith("arn:");
    }

    /**
     * Returns the region of an ARN, or null when {@code secretId} is a name.
     *
     * @throws ConfigurationException if it starts with {@code arn:} but is not a Secrets Manager secret ARN
     */
    public static @Nullable Region regionOf(String secretId) {
        if (!isArn(secretId)) {
            return null;
        }
        String[] parts = secretId.split(":", 7);
        if (parts.length < 7
                || parts[1].isEmpty()
                || !"secretsmanager".equals(parts[2])
                || !parts[3].matches("[a-z]{2}(-[a-z]+)+-\\d+")
                || !parts[4].matches("\\d{12}")
                || !"secret".equals(parts[5])
                || parts[6].isEmpty()) {
            throw new ConfigurationException("'" + secretId + "' is not a Secrets Manager secret ARN (expected"
                    + " arn:aws:secretsmanager:<region>:<12-digit account>:secret:<name>).");
        }
        return Region.of(parts[3]);
    }

    /** Returns the ARN, or the ARN pattern of a named secret, for IAM policies in error messages. */
    public static String resourceFor(String secretId, @Nullable Region region) {
        if (isArn(secretId)) {
            return secretId;
        }
        return "arn:aws:secretsmanager:" + (region == null ? "<region>" : region.id()) + ":<account>:secret:" + secretId
                + "-??????";
    }
}
