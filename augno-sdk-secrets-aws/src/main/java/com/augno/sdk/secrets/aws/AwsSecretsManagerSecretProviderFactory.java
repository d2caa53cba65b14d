package com.augno.sdk.secrets.aws;

import com.augno.sdk.errors.ConfigurationException;
import com.augno.sdk.internal.secrets.StoreEndpoints;
import com.augno.sdk.secrets.SecretProviderFactory;
import com.augno.sdk.secrets.SecretReference;
import java.util.Objects;
import java.util.Set;

/**
 * Creates {@link AwsSecretsManagerSecretProvider}s from {@code aws-sm} references; registered for
 * {@code ServiceLoader}, so {@code SecretProviders.fromUri} and the {@code augno.secret} setting
 * accept the scheme as soon as this module is on the class path.
 *
 * <p>Grammar: {@code aws-sm://<name or ARN>[?region=..&stage=..&versionId=..&endpoint=..][#<json field>]}.
 *
 * <ul>
 *   <li>{@code aws-sm://prod/augno?region=eu-west-1}: a secret name in a region;
 *   <li>{@code aws-sm://arn:aws:secretsmanager:eu-west-1:111122223333:secret:prod/augno-AbCdEf}: an
 *       ARN (it implies its region);
 *   <li>{@code aws-sm://prod/augno#api_key}: the key is field {@code api_key} of a JSON secret;
 *   <li>{@code stage=AWSPENDING} or {@code versionId=...}: read another stage or a fixed version
 *       (such references refuse to write);
 *   <li>{@code endpoint=https://vpce-...}: another endpoint: https to a Secrets Manager host (FIPS,
 *       VPC endpoint) or to a host opted in through {@code AUGNO_SECRETS_ENDPOINT_HOSTS}, or http(s)
 *       on loopback for local emulators.
 * </ul>
 *
 * <p>Without {@code region} and without an ARN, the region comes from AWS's default chain; the
 * credentials always come from AWS's default chain.
 */
public final class AwsSecretsManagerSecretProviderFactory implements SecretProviderFactory {
    /** The scheme handled: {@code aws-sm}. */
    public static final String SCHEME = "aws-sm";

    /** The accepted form, for messages. */
    public static final String FORM =
            "aws-sm://<name or ARN>[?region=..&stage=..&versionId=..&endpoint=..][#<json field>]";

    private static final Set<String> PARAMETERS = Set.of("region", "stage", "versionId", "endpoint");

    /** Creates the factory; {@code ServiceLoader} calls this. */
    public AwsSecretsManagerSecretProviderFactory() {}

    /** Returns {@code aws-sm}. */
    @Override
    public Set<String> schemes() {
        return Set.of(SCHEME);
    }

    /**
     * Creates a provider without contacting AWS.
     *
     * @throws ConfigurationException if the scheme is not {@code aws-sm}, a parameter is unknown or
     *     empty, the region is malformed or contradicts an ARN, both stage and versionId are given,
     *     or the endpoint is neither https nor loopback http
     */
    @Override
    public AwsSecretsManagerSecretProvider create(SecretReference reference) {
        Objects.requireNonNull(reference, "reference == null");
        if (!SCHEME.equals(reference.scheme())) {
            throw new ConfigurationException(
                    "The reference " + reference + " is not an " + SCHEME + " reference. Accepted form: " + FORM);
        }
        reference.requireOnlyParameters(PARAMETERS);
        for (var e : reference.parameters().entrySet()) {
            if (e.getValue().isBlank()) {
                throw new ConfigurationException("The reference " + reference + " has an empty parameter '" + e.getKey()
                        + "'. Accepted form: " + FORM);
            }
        }
        AwsSecretsManagerSecretProvider.Builder b =
                AwsSecretsManagerSecretProvider.builder().secretId(reference.target());
        reference.parameter("region").ifPresent(b::region);
        reference.parameter("stage").ifPresent(b::versionStage);
        reference.parameter("versionId").ifPresent(b::versionId);
        reference
                .parameter("endpoint")
                .ifPresent(e -> b.endpointOverride(StoreEndpoints.parse(
                        e, SCHEME + "://" + reference.target(), StoreEndpoints.AWS_SECRETS_MANAGER)));
        reference.jsonField().ifPresent(b::jsonField);
        return b.build();
    }
}
