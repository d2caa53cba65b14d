/**
 * The SDK's exceptions, all unchecked, under {@link com.augno.sdk.errors.AugnoException}.
 *
 * <p>API errors ({@code AugnoApiException} and its subclasses) carry every field of Augno's error
 * envelope. Beside them: {@link com.augno.sdk.errors.SecretProviderException} and its subclasses
 * for secret stores, {@link com.augno.sdk.errors.InvalidApiKeyException} for a secret that is not
 * an Augno key, and {@link com.augno.sdk.errors.ConfigurationException} for bad settings. No
 * message ever contains a secret.
 */
@NullMarked
package com.augno.sdk.errors;

import org.jspecify.annotations.NullMarked;
