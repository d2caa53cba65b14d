/**
 * Not API: the secret-provider machinery shared by core and the cloud modules: the one JSON-field
 * helper ({@link com.augno.sdk.internal.secrets.JsonSecrets}), the store-endpoint rule
 * ({@link com.augno.sdk.internal.secrets.StoreEndpoints}), the cloud stores' lazily created client
 * ({@link com.augno.sdk.internal.secrets.LazyStoreClient}), strict UTF-8 decoding
 * ({@link com.augno.sdk.internal.secrets.SecretText}), factory discovery and the {@code env} and
 * {@code file} providers. May change in any release without notice.
 */
@NullMarked
package com.augno.sdk.internal.secrets;

import org.jspecify.annotations.NullMarked;
