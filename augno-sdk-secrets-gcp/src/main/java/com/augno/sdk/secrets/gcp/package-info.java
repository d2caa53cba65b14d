/**
 * Google Cloud Secret Manager as a source and writable store of the Augno API key (scheme
 * {@code gcp-sm}): {@link com.augno.sdk.secrets.gcp.GcpSecretManagerSecretProvider} and its
 * {@code ServiceLoader} factory {@link com.augno.sdk.secrets.gcp.GcpSecretManagerSecretProviderFactory}.
 * Adding this module's jar to the class path makes {@code gcp-sm://} references work.
 */
@NullMarked
package com.augno.sdk.secrets.gcp;

import org.jspecify.annotations.NullMarked;
