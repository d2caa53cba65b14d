/**
 * Where the API key comes from: the {@link com.augno.sdk.secrets.SecretProvider} SPI, writable
 * stores for rotation ({@link com.augno.sdk.secrets.WritableSecretStore}), the
 * {@link com.augno.sdk.secrets.SecretProviderFactory} {@code ServiceLoader} SPI that maps reference
 * schemes ({@code env}, {@code file}, {@code aws-sm}, {@code gcp-sm}, {@code vault}) to providers, and the
 * redacting values {@link com.augno.sdk.secrets.SecretValue} and {@link com.augno.sdk.secrets.ApiKey},
 * with {@link com.augno.sdk.secrets.KeyMode} and {@link com.augno.sdk.secrets.KeyShapes}, what a key
 * looks like. Providers are created by {@code com.augno.sdk.SecretProviders}.
 */
@NullMarked
package com.augno.sdk.secrets;

import org.jspecify.annotations.NullMarked;
