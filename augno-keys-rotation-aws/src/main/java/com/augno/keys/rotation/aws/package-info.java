/**
 * An AWS Secrets Manager rotation function for Augno API keys:
 * {@link com.augno.keys.rotation.aws.SecretsManagerRotationHandler} runs the four steps
 * ({@code createSecret}, {@code setSecret}, {@code testSecret}, {@code finishSecret}) that Secrets
 * Manager invokes on its rotation schedule. See {@code docs/rotation-aws.md}.
 */
@NullMarked
package com.augno.keys.rotation.aws;

import org.jspecify.annotations.NullMarked;
