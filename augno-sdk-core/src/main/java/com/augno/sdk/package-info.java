/**
 * The entry point of the Augno Java SDK: {@code AugnoClient} and {@link com.augno.sdk.KeyMode}.
 *
 * <p>The client's secret API key comes only from a {@link com.augno.sdk.secrets.SecretProvider};
 * no builder method takes a key string.
 */
@NullMarked
package com.augno.sdk;

import org.jspecify.annotations.NullMarked;
