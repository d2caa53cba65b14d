/**
 * The entry points of the Augno Java SDK: {@code AugnoClient}, and {@code SecretProviders} for where
 * its key comes from. The top of the package layers: nothing else in the SDK depends on it.
 *
 * <p>The client's secret API key comes only from a {@link com.augno.sdk.secrets.SecretProvider};
 * no builder method takes a key string.
 */
@NullMarked
package com.augno.sdk;

import org.jspecify.annotations.NullMarked;
