package com.augno.sdk.examples;

import com.augno.sdk.AugnoClient;
import com.augno.sdk.SecretProviders;
import com.augno.sdk.secrets.KeyMode;

/**
 * The key in AWS Secrets Manager, as the {@code api_key} field of a JSON secret. Needs
 * {@code com.augno:augno-sdk-secrets-aws} on the class path; region and credentials come from the
 * reference and the default AWS chains. See {@code docs/aws.md} for the least-privilege policy.
 */
public final class AwsSecretsManagerExample {
    private AwsSecretsManagerExample() {}

    /** Prints the number of sandboxes of the account. */
    public static void main(String[] args) {
        try (AugnoClient client = AugnoClient.builder()
                .secretProvider(SecretProviders.fromUri("aws-sm://prod/augno?region=eu-west-1#api_key"))
                .keyMode(KeyMode.PRODUCTION)
                .build()) {
            System.out.println(client.core().sandboxes().list().data().size() + " sandboxes");
        }
    }
}
