/**
 * A Google Cloud Secret Manager rotation function for Augno API keys:
 * {@link com.augno.keys.rotation.gcp.SecretRotateFunction} receives the Pub/Sub message Secret
 * Manager publishes on the secret's rotation schedule and rotates the key with
 * {@link com.augno.sdk.keys.KeyRotator}. See {@code docs/rotation-gcp.md}.
 */
@NullMarked
package com.augno.keys.rotation.gcp;

import org.jspecify.annotations.NullMarked;
