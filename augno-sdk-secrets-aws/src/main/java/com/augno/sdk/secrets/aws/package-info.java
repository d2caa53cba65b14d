/**
 * AWS Secrets Manager as a source of the Augno API key (URI scheme {@code aws-sm}).
 *
 * <p>Contents:
 *
 * <ul>
 *   <li>{@link com.augno.sdk.secrets.aws.AwsSecretsManagerSecretProvider}: a
 *       {@link com.augno.sdk.secrets.WritableSecretStore} on the AWS SDK for Java v2, built in code
 *       or from a reference such as {@code aws-sm://prod/augno?region=eu-west-1#api_key}.
 *   <li>{@link com.augno.sdk.secrets.aws.AwsSecretsManagerSecretProviderFactory}: the
 *       {@code ServiceLoader} factory behind {@code SecretProviders.fromUri("aws-sm://...")}; putting
 *       this module on the class path is all it takes.
 * </ul>
 */
@NullMarked
package com.augno.sdk.secrets.aws;

import org.jspecify.annotations.NullMarked;
