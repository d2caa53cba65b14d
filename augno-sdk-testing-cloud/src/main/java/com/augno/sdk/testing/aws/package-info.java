/**
 * A fake AWS Secrets Manager for tests: {@link com.augno.sdk.testing.aws.FakeSecretsManager}, a
 * stateful WireMock server speaking the service's JSON 1.1 protocol to the real AWS SDK client
 * (versions, stages, rotation, fault injection). Needs only WireMock and Jackson.
 */
@NullMarked
package com.augno.sdk.testing.aws;

import org.jspecify.annotations.NullMarked;
