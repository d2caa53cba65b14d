/**
 * A fake Google Cloud Secret Manager for tests: {@link com.augno.sdk.testing.gcp.FakeSecretManager}
 * speaks the real gRPC service, and {@link com.augno.sdk.testing.gcp.SecretManagerServer} serves it
 * in-process (with a real client) or on a loopback port. Needs {@code google-cloud-secretmanager}
 * on the class path, which {@code augno-sdk-secrets-gcp} brings.
 */
@NullMarked
package com.augno.sdk.testing.gcp;

import org.jspecify.annotations.NullMarked;
